// The landed-cost calculator: what a shopper in China pays for a product and what the seller receives,
// for both shipping modes side by side, recalculated as the inputs change. In seller center at
// /seller/calculator and public at /calculator (no sign-in needed).
import { useState } from 'react';
import { Link } from 'react-router';
import { AREAS } from '../../app/areas';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { LanguageSwitch } from '../../app/ui/language-switch';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { CalculatorForm } from './calculator-form';
import { DEFAULT_INPUTS, MODES, type CalculatorInputs } from './calculator-types';
import { ModeResultCard } from './mode-result';
import { PriceChart } from './price-chart';
import { useLandedCost } from './use-landed-cost';
import '../../app/styles/console.css';
import '../accounts/accounts.css';
import './calculator.css';

function Calculator() {
  const { t } = useT();
  const [inputs, setInputs] = useState<CalculatorInputs>(DEFAULT_INPUTS);
  const { answer, error, pending, invalid, priceUsdCents } = useLandedCost(inputs);
  const results = (answer?.results ?? []).slice().sort((a, b) => MODES.indexOf(a.mode) - MODES.indexOf(b.mode));
  const stale = pending || invalid !== null;

  return (
    <div className="calc-layout">
      <CalculatorForm inputs={inputs} onChange={setInputs} invalid={invalid} error={error} />
      <div className="calc-status" aria-live="polite">
        {pending && answer ? <span className="muted small">{t('calc.updating')}</span> : null}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {!answer && pending && !error ? <Loading label={t('calc.calculating')} /> : null}
      {results.length ? (
        <div className="calc-results">
          {results.map((r) => (
            <ModeResultCard key={r.mode} result={r} stale={stale || Boolean(error)} />
          ))}
        </div>
      ) : null}
      {answer?.series?.length ? <PriceChart series={answer.series} currentUsdCents={priceUsdCents} /> : null}
      {results[0] ? <p className="muted small calc-rounding">{results[0].rounding}</p> : null}
    </div>
  );
}

export function CalculatorPage() {
  const { t } = useT();
  useDocumentTitle(t('calc.title'));
  return (
    <div className="calc-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('calc.title')}</h1>
          <p className="muted">{t('calc.lead')}</p>
        </div>
      </div>
      <Calculator />
    </div>
  );
}

/** The public page: the seller center's brand bar and language switch (the sign-in pages' frame, accounts.css), no sign-in. */
export function PublicCalculatorPage() {
  const { t } = useT();
  useDocumentTitle(t('calc.publicTitle'));
  return (
    <div className="auth-shell calc-public">
      <header className="auth-shell-bar">
        <Link to={AREAS.seller.home} className="auth-shell-brand">
          <span className="brand-mark" aria-hidden="true">
            G
          </span>
          <span>
            Gateway <strong>{t('seller.brand')}</strong>
          </span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="calc-public-main calc-page">
        <div className="page-head">
          <div>
            <h1 className="page-title">{t('calc.publicTitle')}</h1>
            <p className="muted">{t('calc.publicLead')}</p>
          </div>
          <div className="button-row">
            <Link className="btn btn-secondary" to={AREAS.seller.signIn}>
              {t('common.signIn')}
            </Link>
            <Link className="btn btn-primary" to={AREAS.seller.signUp ?? '/seller/sign-up'}>
              {t('calc.startSelling')}
            </Link>
          </div>
        </div>
        <Calculator />
      </main>
    </div>
  );
}
