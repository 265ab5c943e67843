// Capacity and waitlist controls on an event's overview: seats held of the capacity, the waitlist,
// editing the capacity (raising it offers seats to the waitlist at once; the server refuses going
// below the seats held), the event's status and offer hold; "Offer the next seat" by hand; and the
// offers out now with their deadlines.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import { useApiQuery } from '../../app/use-api';
import type { Page } from '../../app/api-types';
import type { Registration } from '../conference/conference-types';
import { EVENT_STATUSES, type OpsEvent } from './conf-types';
import { useConfEvent } from './event-shell';
import { inZone } from './zoned-time';

export function CapacityCard() {
  const i18n = useT();
  const { t, locale } = i18n;
  const { event, setEvent } = useConfEvent();
  const offers = useApiQuery<Page<Registration>>(`/ops/conference/events/${event.id}/registrations`, { status: 'offered', limit: 100 });
  const [form, setForm] = useState({ capacity: String(event.capacity.total), status: event.status, offerHoldHours: String(event.offerHoldHours), meetingCap: String(event.meetingCap) });
  const [busy, setBusy] = useState<'save' | 'offer' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pct = event.capacity.total ? Math.min(100, Math.round((event.held / event.capacity.total) * 100)) : 0;

  async function run(kind: 'save' | 'offer', action: () => Promise<string>) {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      setNotice(await action());
      offers.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run('save', async () => {
      const changes: Record<string, unknown> = {};
      if (Number(form.capacity) !== event.capacity.total) changes['capacity'] = Number(form.capacity);
      if (form.status !== event.status) changes['status'] = form.status;
      if (Number(form.offerHoldHours) !== event.offerHoldHours) changes['offerHoldHours'] = Number(form.offerHoldHours);
      if (Number(form.meetingCap) !== event.meetingCap) changes['meetingCap'] = Number(form.meetingCap);
      if (Object.keys(changes).length === 0) return t('confOps.capacity.nothingChanged');
      const updated = await api.patch<OpsEvent>(`/ops/conference/events/${event.id}`, changes);
      setEvent(updated);
      return t('confOps.capacity.saved');
    });
  };

  const offerNext = () =>
    run('offer', async () => {
      const offered = await api.post<Registration>(`/ops/conference/events/${event.id}/waitlist/offer-next`);
      setEvent(await api.get<OpsEvent>(`/ops/conference/events/${event.id}`));
      return t('confOps.capacity.offered', { name: `${offered.firstName} ${offered.lastName}`, until: offered.offerExpiresAt ? inZone(offered.offerExpiresAt, event.timeZone, locale) : '—' });
    });

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  const offered = offers.data?.items ?? [];
  return (
    <section className="card conf-card" aria-labelledby="conf-capacity-title" data-testid="conf-capacity">
      <h2 id="conf-capacity-title" className="section-title">
        {t('confOps.capacity.title')}
      </h2>
      <div className="conf-figures">
        <Figure label={t('confOps.capacity.held')} value={t('confOps.events.heldOf', { held: event.held, capacity: event.capacity.total })} />
        <Figure label={t('confOps.capacity.seatsLeft')} value={t('confOps.count', { count: event.capacity.seatsLeft })} />
        <Figure label={t('confOps.status.waitlisted')} value={t('confOps.count', { count: event.counts.waitlisted })} />
        <Figure label={t('confOps.status.offered')} value={t('confOps.count', { count: event.counts.offered })} />
        <Figure label={t('confOps.status.cancelled')} value={t('confOps.count', { count: event.counts.cancelled })} />
      </div>
      <div className="conf-meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={t('confOps.capacity.held')}>
        <span style={{ width: `${pct}%` }} />
      </div>
      <form className="conf-row-form" onSubmit={save}>
        <Field label={t('confOps.capacity')} type="number" min={1} max={1_000_000} required value={form.capacity} onChange={set('capacity')} error={errorOf('capacity')} />
        <Field label={t('confOps.newEvent.offerHours')} type="number" min={1} max={720} required value={form.offerHoldHours} onChange={set('offerHoldHours')} error={errorOf('offerHoldHours')} />
        <Field label={t('confOps.newEvent.meetingCap')} type="number" min={0} max={50} required value={form.meetingCap} onChange={set('meetingCap')} error={errorOf('meetingCap')} />
        <SelectField label={t('confOps.events.status')} value={form.status} onChange={set('status')}>
          {EVENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`confOps.eventStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="btn btn-primary" disabled={busy !== null}>
          {busy === 'save' ? t('common.saving') : t('confOps.save')}
        </button>
      </form>
      <div className="button-row">
        <button type="button" className="btn btn-secondary" onClick={() => void offerNext()} disabled={busy !== null || event.counts.waitlisted === 0}>
          {busy === 'offer' ? t('confOps.working') : t('confOps.capacity.offerNext')}
        </button>
        <span className="muted small">{t('confOps.capacity.offerHint', { hours: event.offerHoldHours })}</span>
      </div>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
      <h3 className="subsection-title">{t('confOps.capacity.offersOut', { count: offered.length })}</h3>
      <TableCard
        label={t('confOps.capacity.offersOut', { count: offered.length })}
        loading={offers.loading}
        error={offers.error}
        count={offered.length}
        empty={t('confOps.capacity.noOffers')}
        head={
          <>
            <th scope="col">{t('confOps.reg.name')}</th>
            <th scope="col">{t('confOps.reg.ticketType')}</th>
            <th scope="col">{t('confOps.capacity.deadline')}</th>
          </>
        }
      >
        {offered.map((r) => (
          <tr key={r.id}>
            <td>
              {r.firstName} {r.lastName}
              <div className="muted small">{r.company}</div>
            </td>
            <td>{r.ticketType.name}</td>
            <td className="nowrap">{r.offerExpiresAt ? inZone(r.offerExpiresAt, event.timeZone, locale) : '—'}</td>
          </tr>
        ))}
      </TableCard>
    </section>
  );
}

export function Figure({ label, value, tone }: { label: string; value: string; tone?: 'success' | 'warning' }) {
  return (
    <div className={tone ? `conf-figure conf-figure-${tone}` : 'conf-figure'}>
      <span className="conf-figure-value">{value}</span>
      <span className="conf-figure-label">{label}</span>
    </div>
  );
}
