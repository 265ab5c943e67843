// Tax tables › Tariffs: the MFN and additional rates (in force, or all), and ending one from a date.
// Rates are never deleted: a quote from last month must still be explainable by the row it used.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { ErrorNotice } from '../../app/ui/notice';
import { ListTableCard } from '../../app/ui/table-card';
import { useCursorList } from '../../app/use-cursor-list';
import { formatBp } from './money';
import type { TariffRate } from './pricing-types';

export function TariffsSection({ version }: { version: number }) {
  const { t, locale } = useT();
  const [prefix, setPrefix] = useState('');
  const [includeEnded, setIncludeEnded] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const list = useCursorList<TariffRate>('/ops/pricing/tariffs', { hsPrefix: /^\d{1,10}$/.test(prefix) ? prefix : undefined, includeEnded: includeEnded ? 'true' : undefined, v: String(version) });
  return (
    <section aria-labelledby="tariffs-title" className="pricing-tariffs">
      <div className="pricing-section-head">
        <h2 id="tariffs-title" className="section-title">
          {t('tariffs.title')}
        </h2>
        <label className="pricing-filter">
          <input type="search" inputMode="numeric" maxLength={10} value={prefix} onChange={(e) => setPrefix(e.target.value.trim())} placeholder={t('tariffs.filter')} aria-label={t('tariffs.filter')} />
        </label>
        <label className="pricing-check">
          <input type="checkbox" checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)} /> {t('tariffs.includeEnded')}
        </label>
      </div>
      <p className="muted small">{t('tariffs.lead')}</p>
      <ListTableCard
        list={list}
        label={t('tariffs.title')}
        empty={t('tariffs.empty')}
        head={
          <>
            <th scope="col">{t('ctax.hsPrefix')}</th>
            <th scope="col">{t('tariff.kind')}</th>
            <th scope="col" className="num">{t('tariff.rate')}</th>
            <th scope="col">{t('tariffs.period')}</th>
            <th scope="col">{t('vat.note')}</th>
            <th scope="col" aria-label={t('tariffs.actions')} />
          </>
        }
      >
        {list.items.map((r) => (
          <tr key={r.id} data-state={r.inForce ? 'in-force' : 'not-in-force'}>
            <td className="mono">{r.hsPrefix}</td>
            <td>{r.kind === 'mfn' ? t('tariff.kind.mfn') : `${t('tariff.kind.additional')} · ${r.origin ?? ''}`}</td>
            <td className="num">{formatBp(r.rateBp, locale)}</td>
            <td>
              {r.effectiveFrom} → {r.effectiveTo ?? t('tariffs.openEnded')}
              {r.inForce ? null : <span className="muted small"> · {t('tariffs.notInForce')}</span>}
            </td>
            <td className="muted small">{r.note ?? ''}</td>
            <td>
              {ending === r.id ? (
                <EndTariffForm tariff={r} onDone={() => { setEnding(null); list.reload(); }} onCancel={() => setEnding(null)} />
              ) : r.effectiveTo === null || r.inForce ? (
                <button type="button" className="link-button" onClick={() => setEnding(r.id)} aria-label={t('tariffs.endTitle', { hsPrefix: r.hsPrefix })}>
                  {t('tariffs.end')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </ListTableCard>
    </section>
  );
}

function EndTariffForm({ tariff, onDone, onCancel }: { tariff: TariffRate; onDone: () => void; onCancel: () => void }) {
  const i18n = useT();
  const { t } = i18n;
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(`/ops/pricing/tariffs/${tariff.id}/end`, { effectiveTo: date });
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="pricing-inline-form" onSubmit={submit} aria-label={t('tariffs.endTitle', { hsPrefix: tariff.hsPrefix })}>
      <label>
        {t('tariffs.endFrom')}
        <input type="date" required min={tariff.effectiveFrom} value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-danger btn-sm" disabled={busy}>
        {t('tariffs.confirmEnd')}
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {fieldErrorText(error, 'effectiveTo', i18n) ? <p className="field-error small">{fieldErrorText(error, 'effectiveTo', i18n)}</p> : <ErrorNotice error={error} />}
    </form>
  );
}
