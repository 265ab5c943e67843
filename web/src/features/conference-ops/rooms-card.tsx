// An event's rooms and halls: name, hall, capacity (edited in place; sessions without their own seat
// count use it), add a room, remove one no session uses (the server says 409 room_in_use otherwise).
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import type { OpsEvent } from './conf-types';
import { useConfEvent } from './event-shell';
import { InlineEdit } from './inline-edit';

const EMPTY = { name: '', hall: '', capacity: '' };

export function RoomsCard() {
  const i18n = useT();
  const { t } = i18n;
  const { event, setEvent } = useConfEvent();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const patch = async (id: string, body: Record<string, unknown>) => setEvent(await api.patch<OpsEvent>(`/ops/conference/rooms/${id}`, body));
  const remove = async (id: string) => {
    setError(null);
    try {
      setEvent(await api.delete<OpsEvent>(`/ops/conference/rooms/${id}`));
    } catch (failure) {
      setError(failure);
    }
  };

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setEvent(await api.post<OpsEvent>(`/ops/conference/events/${event.id}/rooms`, { name: form.name.trim(), hall: form.hall.trim(), capacity: Number(form.capacity) }));
      setForm(EMPTY);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  return (
    <section className="card conf-card" aria-labelledby="conf-rooms-title">
      <h2 id="conf-rooms-title" className="section-title">
        {t('confOps.rooms.title')}
      </h2>
      <TableCard
        label={t('confOps.rooms.title')}
        loading={false}
        error={null}
        count={event.rooms.length}
        empty={t('confOps.rooms.empty')}
        head={
          <>
            <th scope="col">{t('confOps.rooms.name')}</th>
            <th scope="col">{t('confOps.rooms.hall')}</th>
            <th scope="col" className="num">
              {t('confOps.capacity')}
            </th>
            <th scope="col" />
          </>
        }
      >
        {event.rooms.map((r) => (
          <tr key={r.id}>
            <td>
              <InlineEdit value={r.name} maxLength={120} label={t('confOps.rooms.nameOf', { name: r.name })} onSave={(v) => patch(r.id, { name: v })} />
            </td>
            <td>{r.hall}</td>
            <td className="num">
              <InlineEdit value={String(r.capacity)} type="number" min={1} max={100_000} label={t('confOps.rooms.capacityOf', { name: r.name })} onSave={(v) => patch(r.id, { capacity: Number(v) })} />
            </td>
            <td className="cell-actions">
              <button type="button" className="btn btn-ghost btn-sm" aria-label={t('confOps.removeLabel', { what: r.name })} onClick={() => void remove(r.id)}>
                {t('confOps.remove')}
              </button>
            </td>
          </tr>
        ))}
      </TableCard>
      <form className="conf-row-form" onSubmit={add} aria-label={t('confOps.rooms.add')}>
        <Field label={t('confOps.rooms.name')} required maxLength={120} value={form.name} onChange={set('name')} error={errorOf('name')} />
        <Field label={t('confOps.rooms.hall')} maxLength={120} value={form.hall} onChange={set('hall')} error={errorOf('hall')} />
        <Field label={t('confOps.capacity')} type="number" required min={1} max={100_000} value={form.capacity} onChange={set('capacity')} error={errorOf('capacity')} />
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? t('common.saving') : t('confOps.rooms.add')}
        </button>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
