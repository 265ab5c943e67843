// Creating an event: name and web address (slug), venue, time zone, days, the registration window
// (read as the venue's local time), capacity, how long a waitlist offer holds a seat, the per-attendee
// meeting cap and the status (a draft is not public).
import { useId, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField, TextAreaField } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { EVENT_STATUSES, type OpsEvent } from './conf-types';
import { timeZones, zonedInputToUtc } from './zoned-time';

const EMPTY = {
  slug: '',
  name: '',
  tagline: '',
  description: '',
  venueName: '',
  venueAddress: '',
  timeZone: 'America/Detroit',
  startsOn: '',
  endsOn: '',
  opensAt: '',
  closesAt: '',
  capacity: '1000',
  offerHoldHours: '48',
  meetingCap: '3',
  status: 'draft',
};

const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export function NewEventForm({ onCreated, onCancel }: { onCreated: (event: OpsEvent) => void; onCancel: () => void }) {
  const i18n = useT();
  const { t } = i18n;
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const zoneOk = validZone(form.timeZone);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!zoneOk) return;
    setBusy(true);
    setError(null);
    try {
      const event = await api.post<OpsEvent>('/ops/conference/events', {
        slug: form.slug.trim(),
        name: form.name.trim(),
        tagline: form.tagline.trim(),
        description: form.description.trim(),
        venueName: form.venueName.trim(),
        venueAddress: form.venueAddress.trim(),
        timeZone: form.timeZone,
        startsOn: form.startsOn,
        endsOn: form.endsOn,
        registrationOpensAt: zonedInputToUtc(form.opensAt, form.timeZone),
        registrationClosesAt: zonedInputToUtc(form.closesAt, form.timeZone),
        capacity: Number(form.capacity),
        offerHoldHours: Number(form.offerHoldHours),
        meetingCap: Number(form.meetingCap),
        status: form.status,
      });
      onCreated(event);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  const slugTaken = error instanceof ApiError && error.code === 'slug_taken' ? error.message : undefined;
  return (
    <section className="card form-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('confOps.newEvent.title')}
      </h2>
      <form className="form-stack" onSubmit={submit}>
        <div className="conf-form-grid">
          <Field label={t('confOps.newEvent.name')} required maxLength={200} value={form.name} onChange={set('name')} error={errorOf('name')} />
          <Field label={t('confOps.newEvent.slug')} required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={60} value={form.slug} onChange={set('slug')} error={errorOf('slug') ?? slugTaken} hint={t('confOps.newEvent.slugHint')} />
          <Field label={t('confOps.newEvent.tagline')} maxLength={300} value={form.tagline} onChange={set('tagline')} error={errorOf('tagline')} />
          <Field label={t('confOps.newEvent.venueName')} required maxLength={200} value={form.venueName} onChange={set('venueName')} error={errorOf('venueName')} />
          <Field label={t('confOps.newEvent.venueAddress')} required maxLength={300} value={form.venueAddress} onChange={set('venueAddress')} error={errorOf('venueAddress')} />
          <Field
            label={t('confOps.newEvent.timeZone')}
            required
            list={`${id}-zones`}
            value={form.timeZone}
            onChange={set('timeZone')}
            error={errorOf('timeZone') ?? (zoneOk ? undefined : t('confOps.newEvent.badZone'))}
          />
          <Field label={t('confOps.newEvent.startsOn')} type="date" required value={form.startsOn} onChange={set('startsOn')} error={errorOf('startsOn')} />
          <Field label={t('confOps.newEvent.endsOn')} type="date" required min={form.startsOn || undefined} value={form.endsOn} onChange={set('endsOn')} error={errorOf('endsOn')} />
          <Field label={t('confOps.newEvent.opensAt')} type="datetime-local" required value={form.opensAt} onChange={set('opensAt')} error={errorOf('registrationOpensAt')} hint={t('confOps.newEvent.localHint', { zone: form.timeZone })} />
          <Field label={t('confOps.newEvent.closesAt')} type="datetime-local" required value={form.closesAt} onChange={set('closesAt')} error={errorOf('registrationClosesAt')} hint={t('confOps.newEvent.localHint', { zone: form.timeZone })} />
          <Field label={t('confOps.capacity')} type="number" required min={1} max={1_000_000} value={form.capacity} onChange={set('capacity')} error={errorOf('capacity')} />
          <Field label={t('confOps.newEvent.offerHours')} type="number" required min={1} max={720} value={form.offerHoldHours} onChange={set('offerHoldHours')} error={errorOf('offerHoldHours')} />
          <Field label={t('confOps.newEvent.meetingCap')} type="number" required min={0} max={50} value={form.meetingCap} onChange={set('meetingCap')} error={errorOf('meetingCap')} />
          <SelectField label={t('confOps.events.status')} value={form.status} onChange={set('status')} error={errorOf('status')}>
            {EVENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`confOps.eventStatus.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <datalist id={`${id}-zones`}>
          {timeZones().map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <TextAreaField label={t('confOps.newEvent.description')} rows={3} maxLength={10_000} value={form.description} onChange={set('description')} error={errorOf('description')} />
        <ErrorNotice error={error && !slugTaken ? error : null} />
        <div className="button-row">
          <button type="submit" className="btn btn-primary" disabled={busy || !zoneOk}>
            {busy ? t('common.saving') : t('confOps.newEvent.create')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
