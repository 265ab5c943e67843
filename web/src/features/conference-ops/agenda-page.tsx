// An event's agenda (/ops/conference/:eventId/agenda): sessions by day in the venue's time, with
// room, track, speakers and seats (held of the seats, waiting); add or edit a session (the server's
// room and speaker clashes shown in the form), cancel one with a reason; and the speakers.
import { useState } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import type { Speaker } from '../conference/conference-types';
import type { OpsSession } from './conf-types';
import { useConfEvent } from './event-shell';
import { SessionDialog } from './session-dialog';
import { SpeakersCard } from './speakers-card';
import { dayLabel, inZone } from './zoned-time';

export function AgendaPage() {
  const { t, locale } = useT();
  const { event } = useConfEvent();
  useDocumentTitle(t('confOps.agenda.title', { name: event.name }));
  const sessions = useApiQuery<{ items: OpsSession[] }>(`/ops/conference/events/${event.id}/sessions`);
  const speakers = useApiQuery<{ items: Speaker[] }>(`/ops/conference/events/${event.id}/speakers`);
  const [editing, setEditing] = useState<OpsSession | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<OpsSession | null>(null);
  const items = sessions.data?.items ?? [];
  const days = [...new Set([...event.days, ...items.map((s) => s.day)])].sort();
  const time = (iso: string) => inZone(iso, event.timeZone, locale, 'time');

  return (
    <>
      <div className="page-head">
        <h2 className="section-title">{t('confOps.agenda.sessions', { count: items.length })}</h2>
        <button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing('new')} disabled={event.rooms.length === 0}>
          {t('confOps.agenda.new')}
        </button>
      </div>
      {event.rooms.length === 0 ? <p className="muted">{t('confOps.agenda.needsRoom')}</p> : null}
      <ErrorNotice error={sessions.error} onRetry={sessions.reload} />
      {sessions.loading && !sessions.data ? <Loading /> : null}
      {days.map((day) => {
        const ofDay = items.filter((s) => s.day === day).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.room.name.localeCompare(b.room.name));
        return (
          <section key={day} className="card conf-card" aria-labelledby={`day-${day}`}>
            <h3 id={`day-${day}`} className="subsection-title">
              {dayLabel(day, locale)} <span className="muted small">{t('confOps.agenda.inZone', { zone: event.timeZone })}</span>
            </h3>
            {ofDay.length === 0 ? <p className="muted small">{t('confOps.agenda.noneThatDay')}</p> : null}
            <ul className="conf-sessions">
              {ofDay.map((s) => (
                <li key={s.id} className={s.status === 'cancelled' ? 'conf-session is-cancelled' : 'conf-session'} data-session-id={s.id}>
                  <div className="conf-session-time mono">
                    {time(s.startsAt)}–{time(s.endsAt)}
                  </div>
                  <div className="conf-session-main">
                    <strong>{s.title}</strong>{' '}
                    <span className={`badge conf-kind-${s.kind}`}>{t(`confOps.kind.${s.kind}`)}</span>
                    {s.status === 'cancelled' ? <span className="badge badge-danger">{t('confOps.agenda.cancelled')}</span> : null}
                    <div className="muted small">
                      {s.room.name}
                      {s.room.hall ? ` (${s.room.hall})` : ''} · {s.track}
                      {s.speakers.length ? ` · ${s.speakers.map((sp) => sp.name).join(', ')}` : ''}
                    </div>
                  </div>
                  <div className="conf-session-seats small">
                    {s.signupRequired && s.seats !== null ? t('confOps.agenda.seats', { held: s.held, seats: s.seats, waiting: s.waitlisted }) : t('confOps.agenda.open')}
                  </div>
                  <div className="cell-actions">
                    {s.status === 'scheduled' ? (
                      <>
                        <button type="button" className="btn btn-ghost btn-sm" aria-label={t('confOps.editLabel', { what: s.title })} onClick={() => setEditing(s)}>
                          {t('confOps.edit')}
                        </button>
                        <button type="button" className="btn btn-ghost btn-sm" aria-label={t('confOps.agenda.cancelLabel', { title: s.title })} onClick={() => setCancelling(s)}>
                          {t('confOps.agenda.cancel')}
                        </button>
                      </>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <SpeakersCard query={speakers} />
      {editing ? (
        <SessionDialog
          session={editing === 'new' ? null : editing}
          sessions={items}
          speakers={speakers.data?.items ?? []}
          onSaved={() => sessions.reload()}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {cancelling ? (
        <ReasonDialog
          title={t('confOps.agenda.cancelTitle', { title: cancelling.title })}
          body={t('confOps.agenda.cancelBody', { people: cancelling.held + cancelling.waitlisted })}
          reason="optional"
          confirmLabel={t('confOps.agenda.cancel')}
          danger
          onConfirm={async (reason) => {
            await api.post(`/ops/conference/events/${event.id}/sessions/${cancelling.id}/cancel`, { revision: cancelling.revision, ...(reason ? { reason } : {}) });
            sessions.reload();
          }}
          onClose={() => setCancelling(null)}
        />
      ) : null}
    </>
  );
}
