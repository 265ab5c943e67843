// Adding or editing a session in a dialog: title, kind, track, room, day and times in the venue's time
// zone, seats (blank: the room's), speakers. A room or speaker clash (409 room_busy / speaker_busy)
// is spelled out above the buttons — which session, when — and the form stays open to fix it. Edits
// send the revision read and only what changed.
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField, TextAreaField } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { useModalForm } from '../../app/ui/use-modal-form';
import { SESSION_KINDS, type SessionKind, type Speaker } from '../conference/conference-types';
import type { OpsSession } from './conf-types';
import { useConfEvent } from './event-shell';
import { inZone, zonedIso, zonedParts } from './zoned-time';

type Props = { session: OpsSession | null; sessions: OpsSession[]; speakers: Speaker[]; onSaved: () => void; onClose: () => void };

export function SessionDialog({ session, sessions, speakers, onSaved, onClose }: Props) {
  const i18n = useT();
  const { t, locale } = i18n;
  const { event } = useConfEvent();
  const { ref, id, error, busy, submitWith, onCancel } = useModalForm(onClose);
  const start = session ? zonedParts(session.startsAt, event.timeZone) : { day: event.days[0] ?? event.startsOn, time: '10:00' };
  const end = session ? zonedParts(session.endsAt, event.timeZone) : { day: start.day, time: '11:00' };
  const [form, setForm] = useState({
    title: session?.title ?? '',
    description: session?.description ?? '',
    kind: session?.kind ?? ('breakout' as SessionKind),
    track: session?.track ?? '',
    roomId: session?.room.id ?? event.rooms[0]?.id ?? '',
    day: start.day,
    from: start.time,
    to: end.time,
    capacity: session?.capacity === null || session?.capacity === undefined ? '' : String(session.capacity),
    speakerIds: session?.speakers.map((s) => s.id) ?? [],
  });
  const tracks = [...new Set(sessions.map((s) => s.track))].sort();
  // The refusal shows just above the buttons, and is scrolled into view in a long form.
  const problem = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) problem.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);

  const submit = submitWith(async () => {
    const body = {
      title: form.title.trim(),
      description: form.description.trim(),
      kind: form.kind,
      track: form.track.trim(),
      roomId: form.roomId,
      startsAt: zonedIso(form.day, form.from, event.timeZone),
      endsAt: zonedIso(form.day, form.to, event.timeZone),
      capacity: form.capacity.trim() ? Number(form.capacity) : null,
      speakerIds: form.speakerIds,
    };
    if (!session) {
      await api.post(`/ops/conference/events/${event.id}/sessions`, body);
    } else {
      const changed: Record<string, unknown> = { revision: session.revision };
      const before = { title: session.title, description: session.description, kind: session.kind, track: session.track, roomId: session.room.id, capacity: session.capacity };
      for (const [key, value] of Object.entries(before)) if (body[key as keyof typeof before] !== value) changed[key] = body[key as keyof typeof before];
      if (Date.parse(body.startsAt) !== Date.parse(session.startsAt)) changed['startsAt'] = body.startsAt;
      if (Date.parse(body.endsAt) !== Date.parse(session.endsAt)) changed['endsAt'] = body.endsAt;
      if ([...body.speakerIds].sort().join() !== session.speakers.map((s) => s.id).sort().join()) changed['speakerIds'] = body.speakerIds;
      await api.patch(`/ops/conference/events/${event.id}/sessions/${session.id}`, changed);
    }
    onSaved();
  });

  const set = (key: 'title' | 'description' | 'kind' | 'track' | 'roomId' | 'day' | 'from' | 'to' | 'capacity') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const toggleSpeaker = (speakerId: string, on: boolean) => setForm((f) => ({ ...f, speakerIds: on ? [...f.speakerIds, speakerId] : f.speakerIds.filter((s) => s !== speakerId) }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  const clash = error instanceof ApiError && (error.code === 'room_busy' || error.code === 'speaker_busy') ? error : null;
  const clashText = () => {
    if (!clash) return '';
    const d = clash.details as { title?: string; startsAt?: string; endsAt?: string; speakerId?: string };
    const when = { title: d.title ?? '', from: d.startsAt ? inZone(d.startsAt, event.timeZone, locale) : '', to: d.endsAt ? inZone(d.endsAt, event.timeZone, locale, 'time') : '' };
    if (clash.code === 'room_busy') return t('confOps.session.roomBusy', { room: event.rooms.find((r) => r.id === form.roomId)?.name ?? '', ...when });
    return t('confOps.session.speakerBusy', { speaker: speakers.find((s) => s.id === d.speakerId)?.name ?? t('confOps.session.aSpeaker'), ...when });
  };

  return (
    <dialog ref={ref} className="modal conf-session-dialog" aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <form className="modal-body" onSubmit={submit}>
        <h2 id={`${id}-title`} className="modal-title">
          {session ? t('confOps.session.editTitle', { title: session.title }) : t('confOps.agenda.new')}
        </h2>
        <Field label={t('confOps.session.title')} required maxLength={200} value={form.title} onChange={set('title')} error={errorOf('title')} autoFocus />
        <div className="conf-form-grid">
          <SelectField label={t('confOps.session.kind')} value={form.kind} onChange={set('kind')} error={errorOf('kind')}>
            {SESSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`confOps.kind.${k}`)}
              </option>
            ))}
          </SelectField>
          <Field label={t('confOps.session.track')} required maxLength={60} list={`${id}-tracks`} value={form.track} onChange={set('track')} error={errorOf('track')} />
          <SelectField label={t('confOps.session.room')} value={form.roomId} onChange={set('roomId')} error={errorOf('roomId')}>
            {event.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {t('confOps.session.roomOption', { name: r.name, capacity: r.capacity })}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('confOps.session.day')} value={form.day} onChange={set('day')}>
            {event.days.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </SelectField>
          <Field label={t('confOps.session.from')} type="time" required value={form.from} onChange={set('from')} error={errorOf('startsAt')} hint={event.timeZone} />
          <Field label={t('confOps.session.to')} type="time" required value={form.to} onChange={set('to')} error={errorOf('endsAt')} />
          <Field label={t('confOps.session.capacity')} type="number" min={1} max={100_000} value={form.capacity} onChange={set('capacity')} error={errorOf('capacity')} hint={t('confOps.session.capacityHint')} />
        </div>
        <datalist id={`${id}-tracks`}>
          {tracks.map((tr) => (
            <option key={tr} value={tr} />
          ))}
        </datalist>
        <fieldset className="choice-group">
          <legend>{t('confOps.session.speakers')}</legend>
          {speakers.length === 0 ? <p className="muted small">{t('confOps.speakers.empty')}</p> : null}
          <div className="conf-speaker-choices">
            {speakers.map((s) => (
              <label key={s.id} className="choice">
                <input type="checkbox" checked={form.speakerIds.includes(s.id)} onChange={(e) => toggleSpeaker(s.id, e.target.checked)} />
                <span>
                  {s.name}
                  {s.company ? <span className="muted small"> · {s.company}</span> : null}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextAreaField label={t('confOps.session.description')} rows={3} maxLength={4000} value={form.description} onChange={set('description')} error={errorOf('description')} />
        {clash ? (
          <div ref={problem} className="alert alert-error conf-clash" role="alert" data-testid="session-clash">
            <strong>{t(clash.code === 'room_busy' ? 'confOps.session.roomBusyTitle' : 'confOps.session.speakerBusyTitle')}</strong>
            <span>{clashText()}</span>
          </div>
        ) : (
          <div ref={problem}>
            <ErrorNotice error={error} />
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('confOps.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
