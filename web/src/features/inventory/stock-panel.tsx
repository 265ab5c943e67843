// Seller › product › Stock: units on hand, reserved and available per variant at each location the
// product ships from, a form to take stock in or out with a reason, and the latest ledger entries.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { ADJUST_REASONS, locationOfMode, type StockLevel, type StockMovement, type VariantStock } from './stock-types';
import './stock.css';

export function StockPanel({ productId, modes }: { productId: string; modes: readonly string[] }) {
  const i18n = useT();
  const { t } = i18n;
  const stock = useApiQuery<{ variants: VariantStock[] }>(`/seller/products/${encodeURIComponent(productId)}/stock`);
  const locations = [...new Set(modes.map(locationOfMode))];
  const variants = stock.data?.variants ?? [];
  const [form, setForm] = useState({ variantId: '', location: locations[0] ?? 'us_warehouse', delta: '', reason: 'received', note: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const variantId = form.variantId || variants[0]?.variantId || '';
  const ledger = useApiQuery<{ items: StockMovement[] }>(variantId ? '/seller/stock/movements' : null, { variantId, limit: '5', v: String(stock.data ? variants.length + (notice ?? '').length : 0) });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const note = form.note.trim();
      const res = await api.post<{ level: StockLevel }>('/seller/stock/adjustments', { variantId, location: form.location, delta: Number(form.delta), reason: form.reason, ...(note ? { note } : {}) });
      setNotice(t('stock.saved', { onHand: res.level.onHand, available: res.level.available }));
      setForm((f) => ({ ...f, delta: '', note: '' }));
      stock.reload();
      ledger.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const levelOf = (v: VariantStock, location: string) => v.levels.find((l) => l.location === location);

  return (
    <section className="card stock-panel" aria-labelledby="stock-title">
      <h2 id="stock-title" className="section-title">
        {t('stock.title')}
      </h2>
      {stock.loading ? <Loading /> : null}
      <ErrorNotice error={stock.error} onRetry={stock.reload} />
      {variants.length ? (
        <table className="data-table stock-table" aria-label={t('stock.title')}>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              {locations.map((l) => (
                <th scope="col" key={l} className="num">
                  {t(`stock.location.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {variants.map((v) => (
              <tr key={v.variantId}>
                <td className="mono">{v.sku}</td>
                {locations.map((l) => {
                  const level = levelOf(v, l);
                  return (
                    <td key={l} className="num" data-available={level?.available ?? 0}>
                      <strong>{level?.available ?? 0}</strong>
                      {level?.reserved ? <div className="muted small">{t('stock.reservedOf', { onHand: level.onHand, reserved: level.reserved })}</div> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {variants.length ? (
        <form className="form-stack" onSubmit={(e) => void submit(e)} aria-label={t('stock.adjust')}>
          <SelectField label={t('stock.variant')} name="variantId" value={variantId} onChange={set('variantId')} error={fieldErrorText(error, 'variantId', i18n)}>
            {variants.map((v) => (
              <option key={v.variantId} value={v.variantId}>
                {v.sku}
              </option>
            ))}
          </SelectField>
          {locations.length > 1 ? (
            <SelectField label={t('stock.location')} name="location" value={form.location} onChange={set('location')} error={fieldErrorText(error, 'location', i18n)}>
              {locations.map((l) => (
                <option key={l} value={l}>
                  {t(`stock.location.${l}`)}
                </option>
              ))}
            </SelectField>
          ) : null}
          <Field label={t('stock.delta')} name="delta" required inputMode="numeric" pattern="-?[1-9][0-9]{0,6}" value={form.delta} onChange={set('delta')} hint={t('stock.deltaHint')} error={fieldErrorText(error, 'delta', i18n)} />
          <SelectField label={t('stock.reason')} name="reason" value={form.reason} onChange={set('reason')} error={fieldErrorText(error, 'reason', i18n)}>
            {ADJUST_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`stock.reason.${r}`)}
              </option>
            ))}
          </SelectField>
          <Field label={t('stock.note')} name="note" maxLength={500} value={form.note} onChange={set('note')} error={fieldErrorText(error, 'note', i18n)} />
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            {t('stock.submit')}
          </button>
        </form>
      ) : null}
      <SuccessNotice message={notice} />
      {ledger.data?.items.length ? (
        <div>
          <h3 className="subsection-title">{t('stock.history')}</h3>
          <ul className="stock-ledger">
            {ledger.data.items.map((m) => (
              <li key={m.id}>
                <span className={m.delta > 0 ? 'stock-in' : 'stock-out'}>{m.delta > 0 ? `+${m.delta}` : m.delta}</span> {t(`stock.reason.${m.reason}`)} · {t(`stock.location.${m.location}`)} → {m.onHandAfter}
                <div className="muted small">
                  {t('common.dateTime', { date: new Date(m.createdAt) })}
                  {m.note ? ` · ${m.note}` : ''}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
