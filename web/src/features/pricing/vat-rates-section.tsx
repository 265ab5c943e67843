// Tax tables › VAT: the rate of each 8-digit tariff line (13 % in general, 9 % for the listed goods),
// a filter box over the lines, and a small form that sets one line (PUT, audited).
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import type { ApiQuery } from '../../app/use-api';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import { formatBp } from './money';
import type { VatRate } from './pricing-types';

const EMPTY = { hsCode: '', vatBp: '1300', note: '' };

export function VatRatesSection({ rates }: { rates: ApiQuery<{ items: VatRate[] }> }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const [filter, setFilter] = useState('');
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const items = rates.data?.items ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? items.filter((r) => r.hsCode.startsWith(needle) || (r.note ?? '').toLowerCase().includes(needle)) : items;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    const hsCode = form.hsCode.trim();
    try {
      const note = form.note.trim();
      const saved = await api.put<VatRate>(`/ops/pricing/vat-rates/${encodeURIComponent(hsCode)}`, { vatBp: Number(form.vatBp), ...(note ? { note } : {}) });
      setNotice(t('vat.set', { hsCode: saved.hsCode, rate: formatBp(saved.vatBp, locale) }));
      setForm(EMPTY);
      rates.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <section aria-labelledby="vat-title" className="pricing-split">
      <div>
        <div className="pricing-section-head">
          <h2 id="vat-title" className="section-title">
            {t('vat.title')}
          </h2>
          <label className="pricing-filter">
            <span className="visually-hidden">{t('vat.filter')}</span>
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('vat.filter')} aria-label={t('vat.filter')} />
          </label>
        </div>
        {rates.error ? <ErrorNotice error={rates.error} onRetry={rates.reload} /> : null}
        <div className="pricing-scroll">
          <TableCard
            label={t('vat.title')}
            loading={rates.loading}
            error={rates.error}
            count={shown.length}
            empty={needle ? t('vat.noMatch') : t('vat.empty')}
            head={
              <>
                <th scope="col">{t('vat.hsCode')}</th>
                <th scope="col" className="num">
                  {t('vat.rate')}
                </th>
                <th scope="col">{t('vat.note')}</th>
                <th scope="col">{t('vat.updated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('vat.actions')}</span>
                </th>
              </>
            }
          >
            {shown.map((r) => (
              <tr key={r.hsCode}>
                <td className="mono nowrap">{r.hsCode}</td>
                <td className="num">{formatBp(r.vatBp, locale)}</td>
                <td className="pricing-note">{r.note ?? '—'}</td>
                <td className="nowrap small">
                  {t('common.dateTime', { date: new Date(r.updatedAt) })}
                  {r.updatedBy ? <div className="muted mono">{r.updatedBy}</div> : null}
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => setForm({ hsCode: r.hsCode, vatBp: String(r.vatBp), note: r.note ?? '' })} aria-label={t('vat.editLine', { hsCode: r.hsCode })}>
                    {t('vat.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </TableCard>
        </div>
      </div>
      <div className="card form-card" role="group" aria-labelledby="vat-form-title">
        <h3 id="vat-form-title" className="subsection-title">
          {t('vat.formTitle')}
        </h3>
        <form className="form-stack" onSubmit={submit}>
          <Field label={t('vat.hsCode')} name="hsCode" required inputMode="numeric" pattern="\d{8}" maxLength={8} placeholder="61091000" value={form.hsCode} onChange={set('hsCode')} error={fieldErrorText(error, 'hsCode', i18n)} hint={t('vat.hsCodeHint')} />
          <SelectField label={t('vat.rate')} name="vatBp" value={form.vatBp} onChange={set('vatBp')} error={fieldErrorText(error, 'vatBp', i18n)}>
            <option value="1300">{t('vat.rate13')}</option>
            <option value="900">{t('vat.rate9')}</option>
          </SelectField>
          <Field label={t('vat.note')} name="note" maxLength={500} value={form.note} onChange={set('note')} error={fieldErrorText(error, 'note', i18n)} />
          <div className="button-row">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('vat.setting') : t('vat.submit')}
            </button>
          </div>
        </form>
        <SuccessNotice message={notice} />
        <ErrorNotice error={error} />
      </div>
    </section>
  );
}
