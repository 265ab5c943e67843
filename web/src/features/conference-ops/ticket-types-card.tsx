// An event's ticket types: price, quota (edited in place; raising it offers seats to the waitlist,
// going below the seats held is refused), seats held and left; add one; remove one nobody holds.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { formatUsd, parseDollars } from '../../app/i18n/formats';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import type { OpsEvent } from './conf-types';
import { useConfEvent } from './event-shell';
import { InlineEdit } from './inline-edit';

const EMPTY = { code: '', name: '', price: '0', quota: '', includesWorkshops: false, description: '' };

export function TicketTypesCard() {
  const i18n = useT();
  const { t, locale } = i18n;
  const { event, setEvent } = useConfEvent();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const patchQuota = async (id: string, quota: string) => setEvent(await api.patch<OpsEvent>(`/ops/conference/ticket-types/${id}`, { quota: Number(quota) }));
  const remove = async (id: string) => {
    setError(null);
    try {
      setEvent(await api.delete<OpsEvent>(`/ops/conference/ticket-types/${id}`));
    } catch (failure) {
      setError(failure);
    }
  };

  async function add(e: FormEvent) {
    e.preventDefault();
    const priceCents = form.price.trim() === '0' ? 0 : parseDollars(form.price);
    if (priceCents === null) return;
    setBusy(true);
    setError(null);
    try {
      setEvent(
        await api.post<OpsEvent>(`/ops/conference/events/${event.id}/ticket-types`, {
          code: form.code.trim(),
          name: form.name.trim(),
          description: form.description.trim(),
          priceCents,
          quota: Number(form.quota),
          includesWorkshops: form.includesWorkshops,
        }),
      );
      setForm(EMPTY);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: 'code' | 'name' | 'price' | 'quota' | 'description') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  return (
    <section className="card conf-card" aria-labelledby="conf-tt-title">
      <h2 id="conf-tt-title" className="section-title">
        {t('confOps.ticketTypes.title')}
      </h2>
      <TableCard
        label={t('confOps.ticketTypes.title')}
        loading={false}
        error={null}
        count={event.ticketTypes.length}
        empty={t('confOps.ticketTypes.empty')}
        head={
          <>
            <th scope="col">{t('confOps.ticketTypes.name')}</th>
            <th scope="col" className="num">
              {t('confOps.ticketTypes.price')}
            </th>
            <th scope="col" className="num">
              {t('confOps.ticketTypes.quota')}
            </th>
            <th scope="col" className="num">
              {t('confOps.ticketTypes.held')}
            </th>
            <th scope="col" className="num">
              {t('confOps.capacity.seatsLeft')}
            </th>
            <th scope="col" />
          </>
        }
      >
        {event.ticketTypes.map((tt) => (
          <tr key={tt.id} data-ticket-type={tt.code}>
            <td>
              {tt.name}
              <div className="muted small mono">
                {tt.code}
                {tt.includesWorkshops ? ` · ${t('confOps.ticketTypes.workshops')}` : ''}
              </div>
            </td>
            <td className="num">{tt.priceCents === 0 ? t('confOps.ticketTypes.free') : formatUsd(tt.priceCents, locale)}</td>
            <td className="num">
              <InlineEdit value={String(tt.quota)} type="number" min={0} max={1_000_000} label={t('confOps.ticketTypes.quotaOf', { name: tt.name })} onSave={(v) => patchQuota(tt.id, v)} />
            </td>
            <td className="num">{tt.held}</td>
            <td className="num">{tt.status === 'waitlist' ? <span className="badge badge-warning">{t('confOps.ticketTypes.waitlistOnly')}</span> : tt.seatsLeft}</td>
            <td className="cell-actions">
              {tt.held === 0 ? (
                <button type="button" className="btn btn-ghost btn-sm" aria-label={t('confOps.removeLabel', { what: tt.name })} onClick={() => void remove(tt.id)}>
                  {t('confOps.remove')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </TableCard>
      <form className="conf-row-form" onSubmit={add} aria-label={t('confOps.ticketTypes.add')}>
        <Field label={t('confOps.ticketTypes.code')} required pattern="[a-z0-9][a-z0-9_\-]{0,39}" value={form.code} onChange={set('code')} error={errorOf('code')} />
        <Field label={t('confOps.ticketTypes.name')} required maxLength={120} value={form.name} onChange={set('name')} error={errorOf('name')} />
        <Field label={t('confOps.ticketTypes.priceUsd')} required inputMode="decimal" pattern="\$?\d+(\.\d{1,2})?" value={form.price} onChange={set('price')} error={errorOf('priceCents')} />
        <Field label={t('confOps.ticketTypes.quota')} type="number" required min={0} max={1_000_000} value={form.quota} onChange={set('quota')} error={errorOf('quota')} />
        <label className="choice">
          <input type="checkbox" checked={form.includesWorkshops} onChange={(e) => setForm((f) => ({ ...f, includesWorkshops: e.target.checked }))} />
          <span>{t('confOps.ticketTypes.workshops')}</span>
        </label>
        <Field label={t('confOps.ticketTypes.description')} maxLength={2000} value={form.description} onChange={set('description')} error={errorOf('description')} />
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? t('common.saving') : t('confOps.ticketTypes.add')}
        </button>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
