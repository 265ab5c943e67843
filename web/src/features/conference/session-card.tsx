// One session of the agenda: its time in the event's zone, kind and track, title, room, speakers (title,
// company, bio behind a disclosure), seats left for breakouts and workshops, and an optional slot for
// what the reader can do with it (sign up, cancel) or their status in it.
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { SeatsText } from './capacity';
import type { Session, Speaker } from './conference-types';
import { timeRange } from './event-time';

const KIND_TONE: Record<Session['kind'], string> = { keynote: 'badge-info', breakout: '', workshop: 'badge-warning', networking: 'badge-success' };

function SpeakerLine({ speaker }: { speaker: Speaker }) {
  const { t } = useT();
  const role = [speaker.title, speaker.company].filter(Boolean).join(', ');
  return (
    <li className="conf-speaker">
      <span className="conf-speaker-avatar" aria-hidden="true">
        {speaker.photoUrl ? <img src={speaker.photoUrl} alt="" width={36} height={36} /> : speaker.name.slice(0, 1)}
      </span>
      <div className="conf-speaker-text">
        <strong>{speaker.name}</strong>
        {role ? <span className="muted small">{role}</span> : null}
        {speaker.bio ? (
          <details className="conf-bio">
            <summary>{t('conf.session.aboutSpeaker', { name: speaker.name })}</summary>
            <p className="small">{speaker.bio}</p>
          </details>
        ) : null}
      </div>
    </li>
  );
}

type Props = { session: Session; timeZone: string; action?: ReactNode; status?: ReactNode; compact?: boolean };

export function SessionCard({ session, timeZone, action, status, compact }: Props) {
  const { t, locale } = useT();
  const cancelled = session.status === 'cancelled';
  return (
    <article className={cancelled ? 'card conf-session is-cancelled' : 'card conf-session'} data-session={session.id} data-kind={session.kind} aria-labelledby={`s-${session.id}`}>
      <p className="conf-session-time">{timeRange(session.startsAt, session.endsAt, timeZone, locale)}</p>
      <div className="conf-session-body">
        <div className="conf-session-tags">
          <span className={`badge ${KIND_TONE[session.kind]}`}>{t(`conf.kind.${session.kind}`)}</span>
          <span className="conf-track">{session.track}</span>
          {cancelled ? <span className="badge badge-danger">{t('conf.session.cancelled')}</span> : null}
        </div>
        <h3 id={`s-${session.id}`} className="conf-session-title">
          {session.title}
        </h3>
        <p className="conf-room">{session.room.hall.startsWith(session.room.name) ? session.room.hall : t('conf.session.room', { room: session.room.name, hall: session.room.hall })}</p>
        {!compact && session.description ? <p className="conf-session-desc">{session.description}</p> : null}
        {compact && session.speakers.length > 0 ? (
          <p className="conf-speakers-line small">{t('conf.session.with', { names: session.speakers.map((s) => (s.company ? `${s.name} (${s.company})` : s.name)).join(', ') })}</p>
        ) : null}
        {!compact && session.speakers.length > 0 ? (
          <ul className="conf-speakers" aria-label={t('conf.session.speakers')}>
            {session.speakers.map((s) => (
              <SpeakerLine key={s.id} speaker={s} />
            ))}
          </ul>
        ) : null}
        <div className="conf-session-foot">
          {cancelled ? null : <SeatsText seats={session.seats} seatsLeft={session.seatsLeft} />}
          {status}
          {action ? <div className="conf-session-action">{action}</div> : null}
        </div>
      </div>
    </article>
  );
}
