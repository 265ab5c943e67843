// One expert's 20-minute slots: publish a range of them (a day, from, to, a table, an optional break
// between), move a slot to another table (the attendee holding it is told), accept or decline a
// requested meeting, and withdraw an open slot.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import { useApiQuery } from '../../app/use-api';
import type { ManagedSlot, OpsExpert } from './conf-types';
import { useConfEvent } from './event-shell';
import { InlineEdit } from './inline-edit';
import { inZone } from './zoned-time';

const STATUS_CLASS = { open: 'badge', requested: 'badge badge-warning', booked: 'badge badge-success', closed: 'badge badge-danger' } as const;

export function ExpertSlots({ expert, onChanged }: { expert: OpsExpert; onChanged: () => void }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const { event } = useConfEvent();
  const base = `/ops/conference/events/${event.id}/experts/${expert.id}`;
  const slots = useApiQuery<{ timeZone: string; items: ManagedSlot[] }>(`${base}/slots`);
  const [form, setForm] = useState({ day: event.days[0] ?? event.startsOn, from: '10:00', to: '12:00', location: '', breakMinutes: '0' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = slots.data?.items ?? [];

  async function act(action: () => Promise<unknown>, message?: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
      if (message) setNotice(message);
      slots.reload();
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const publish = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const answer = await api.post<{ items: ManagedSlot[] }>(`${base}/slots`, {
        location: form.location.trim(),
        ranges: [{ day: form.day, from: form.from, to: form.to }],
        breakMinutes: Number(form.breakMinutes),
      });
      setNotice(t('confOps.slot.published', { count: answer.items.length }));
    });
  };

  const moveSlot = async (slotId: string, location: string) => {
    await api.patch(`${base}/slots/${slotId}`, { location });
    slots.reload();
  };

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  const when = (s: ManagedSlot) => `${inZone(s.startsAt, event.timeZone, locale)}–${inZone(s.endsAt, event.timeZone, locale, 'time')}`;
  return (
    <section className="card conf-card" aria-labelledby="conf-slots-title" data-testid="expert-slots">
      <h2 id="conf-slots-title" className="section-title">
        {t('confOps.slot.title', { name: expert.name })}
      </h2>
      <form className="conf-row-form" onSubmit={publish} aria-label={t('confOps.slot.publish')}>
        <SelectField label={t('confOps.session.day')} value={form.day} onChange={set('day')}>
          {event.days.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </SelectField>
        <Field label={t('confOps.session.from')} type="time" required value={form.from} onChange={set('from')} />
        <Field label={t('confOps.session.to')} type="time" required value={form.to} onChange={set('to')} />
        <Field label={t('confOps.slot.location')} required maxLength={120} placeholder={t('confOps.slot.locationHint')} value={form.location} onChange={set('location')} error={errorOf('location')} />
        <Field label={t('confOps.slot.break')} type="number" min={0} max={120} value={form.breakMinutes} onChange={set('breakMinutes')} error={errorOf('breakMinutes')} />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('confOps.slot.publish')}
        </button>
      </form>
      <p className="muted small">{t('confOps.slot.publishHint', { zone: event.timeZone })}</p>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
      <TableCard
        label={t('confOps.slot.title', { name: expert.name })}
        loading={slots.loading}
        error={slots.error}
        count={items.length}
        empty={t('confOps.slot.empty')}
        head={
          <>
            <th scope="col">{t('confOps.slot.when')}</th>
            <th scope="col">{t('confOps.slot.location')}</th>
            <th scope="col">{t('confOps.reg.status')}</th>
            <th scope="col">{t('confOps.slot.attendee')}</th>
            <th scope="col" />
          </>
        }
      >
        {items.map((s) => (
          <tr key={s.id} data-slot-status={s.status}>
            <td className="nowrap">{when(s)}</td>
            <td>
              <InlineEdit value={s.location} maxLength={120} label={t('confOps.slot.locationOf', { when: when(s) })} onSave={(v) => moveSlot(s.id, v)} />
            </td>
            <td>
              <span className={STATUS_CLASS[s.status]}>{t(`confOps.slot.${s.status}`)}</span>
            </td>
            <td>
              {s.attendee ? (
                <>
                  {s.attendee.name} <span className="muted small">{s.attendee.company}</span>
                  {s.attendee.email ? <div className="muted small">{s.attendee.email}</div> : null}
                  {s.topic ? <div className="small">“{s.topic}”</div> : null}
                </>
              ) : (
                '—'
              )}
            </td>
            <td className="cell-actions">
              {s.status === 'requested' ? (
                <>
                  <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={() => void act(() => api.post(`${base}/slots/${s.id}/decision`, { decision: 'accept' }), t('confOps.slot.accepted'))}>
                    {t('confOps.slot.accept')}
                  </button>
                  <button type="button" className="btn btn-ghost btn-sm" disabled={busy} onClick={() => void act(() => api.post(`${base}/slots/${s.id}/decision`, { decision: 'decline' }), t('confOps.slot.declined'))}>
                    {t('confOps.slot.decline')}
                  </button>
                </>
              ) : null}
              {s.status === 'open' ? (
                <button type="button" className="btn btn-ghost btn-sm" disabled={busy} onClick={() => void act(() => api.delete(`${base}/slots/${s.id}`), t('confOps.slot.withdrawn'))}>
                  {t('confOps.slot.withdraw')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </TableCard>
    </section>
  );
}
