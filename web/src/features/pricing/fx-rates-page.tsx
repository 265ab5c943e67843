// Ops › FX rates: the rates in force now, the history (newest entered first, by pair, "Load more"),
// adding one rate and importing many from CSV.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useApiQuery, isForbidden } from '../../app/use-api';
import { useCursorList } from '../../app/use-cursor-list';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { NoAccess } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { FxImportForm } from './fx-import-form';
import { FxRateForm } from './fx-rate-form';
import type { CurrentRates, FxRate } from './fx-types';
import './fx-rates.css';

function CurrentRate({ pair, rate }: { pair: 'USD-CNY' | 'CNY-USD'; rate: FxRate | null }) {
  const { t } = useT();
  return (
    <div className="card fx-current" data-testid={`current-${pair}`}>
      <div className="muted small">{t(`fx.pair.${pair}`)}</div>
      {rate ? (
        <>
          <div className="fx-current-rate mono">{rate.rate}</div>
          <div className="muted small">
            {rate.source} · {t('fx.since', { date: new Date(rate.effectiveFrom) })}
          </div>
        </>
      ) : (
        <div className="fx-current-rate muted">{t('fx.none')}</div>
      )}
    </div>
  );
}

export function FxRatesPage() {
  const { t } = useT();
  useDocumentTitle(t('fx.title'));
  const [pair, setPair] = useState('');
  const current = useApiQuery<CurrentRates>('/fx-rates/current');
  const list = useCursorList<FxRate>('/ops/fx-rates', { pair: pair || undefined });
  const refresh = () => {
    current.reload();
    list.reload();
  };

  if (isForbidden(list.error)) return <NoAccess />;
  return (
    <div className="ops-page fx-rates-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('fx.title')}</h1>
          <p className="muted">{t('fx.lead')}</p>
        </div>
      </div>
      <section aria-label={t('fx.current')} className="fx-current-row">
        <CurrentRate pair="USD-CNY" rate={current.data?.usdCny ?? null} />
        <CurrentRate pair="CNY-USD" rate={current.data?.cnyUsd ?? null} />
      </section>
      {current.error ? <ErrorNotice error={current.error} onRetry={current.reload} /> : null}

      <section aria-labelledby="fx-history-title">
        <div className="fx-history-head">
          <h2 id="fx-history-title" className="section-title">
            {t('fx.history')}
          </h2>
          <label className="fx-pair-filter">
            <span className="visually-hidden">{t('fx.pair')}</span>
            <select value={pair} onChange={(e) => setPair(e.target.value)} aria-label={t('fx.pair')}>
              <option value="">{t('fx.allPairs')}</option>
              <option value="USD-CNY">{t('fx.pair.USD-CNY')}</option>
              <option value="CNY-USD">{t('fx.pair.CNY-USD')}</option>
            </select>
          </label>
        </div>
        <ListTableCard
          label={t('fx.history')}
          list={list}
          empty={t('fx.empty')}
          head={
            <>
              <th scope="col">{t('fx.pair')}</th>
              <th scope="col" className="num">
                {t('fx.rate')}
              </th>
              <th scope="col">{t('fx.source')}</th>
              <th scope="col">{t('fx.effectiveFrom')}</th>
              <th scope="col">{t('fx.createdBy')}</th>
              <th scope="col">{t('fx.createdAt')}</th>
            </>
          }
        >
          {list.items.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">
                {r.base} → {r.quote}
              </td>
              <td className="num mono">{r.rate}</td>
              <td>{r.source}</td>
              <td className="nowrap">{t('common.dateTime', { date: new Date(r.effectiveFrom) })}</td>
              <td className="mono small">{r.createdBy ?? '—'}</td>
              <td className="nowrap">{t('common.dateTime', { date: new Date(r.createdAt) })}</td>
            </tr>
          ))}
        </ListTableCard>
      </section>

      <div className="fx-forms">
        <FxRateForm onAdded={refresh} />
        <FxImportForm onImported={refresh} />
      </div>
    </div>
  );
}
