// Whether the product may be published on the cross-border channel, and every reason: errors block
// publishing, warnings and notes do not. Each reason links to the field it is about.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import type { EligibilityReason, Severity } from './product-types';

type Props = { reasons: EligibilityReason[] | null; eligible: boolean | null; checking: boolean; error: unknown; refused: boolean };
const ORDER: Severity[] = ['error', 'warning', 'info'];

function focusField(field: string) {
  const target = document.getElementById(`pf-${field}`) ?? document.getElementById(`pf-${field.split('.')[0]}`);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const focusable = target.matches('input, select, textarea') ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
  focusable?.focus({ preventScroll: true });
}

export function EligibilityPanel({ reasons, eligible, checking, error, refused }: Props) {
  const { t } = useT();
  const sorted = [...(reasons ?? [])].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const errors = sorted.filter((r) => r.severity === 'error').length;
  const state = eligible === null ? 'unknown' : eligible ? 'eligible' : 'blocked';
  return (
    <section className={`card eligibility-panel eligibility-${state}`} aria-labelledby="eligibility-title" data-state={state} aria-busy={checking}>
      <div className="eligibility-head">
        <h2 id="eligibility-title" className="section-title">
          {t('products.eligibility.title')}
        </h2>
        {checking ? <span className="spinner small-spinner" aria-label={t('products.eligibility.checking')} /> : null}
      </div>
      <p className="eligibility-verdict" aria-live="polite">
        {state === 'unknown' ? t('products.eligibility.unknown') : state === 'eligible' ? t('products.eligibility.eligible') : t(refused ? 'products.eligibility.refused' : 'products.eligibility.blocked', { count: errors })}
      </p>
      <ErrorNotice error={error} />
      {sorted.length ? (
        <ul className="reason-list">
          {sorted.map((r, i) => (
            <li key={`${r.code}-${r.field}-${i}`} className={`reason reason-${r.severity}`} data-code={r.code}>
              <span className="reason-severity">{t(`products.severity.${r.severity}`)}</span>
              <span className="reason-message">{r.message}</span>
              {r.field.startsWith('store') || r.code === 'shipping_mode_not_offered' ? (
                <Link to="/seller/store" className="reason-link">
                  {t('products.eligibility.openStore')}
                </Link>
              ) : r.field ? (
                <button type="button" className="link-button reason-link" onClick={() => focusField(r.field)}>
                  {t('products.eligibility.goToField')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
