// The breakouts and workshops an attendee can still sign up for, by day and kind: seats left, a warning
// when one overlaps a seat they already hold (the server refuses such a sign-up), workshops marked as
// needing the workshop pass, and a Sign up / Join the waitlist button on each.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { EmptyState } from '../../app/ui/states';
import { byDay } from './agenda-page';
import { ActionError } from './conference-errors';
import type { Session, Signup } from './conference-types';
import { dayHeading, dayShort } from './event-time';
import type { Action } from './my-agenda';
import { SessionCard } from './session-card';

type Props = {
  sessions: Session[];
  days: string[];
  timeZone: string;
  held: Array<{ session: Session; signup: Signup }>;
  includesWorkshops: boolean;
  busy: string | null;
  action: Action;
  onSignUp(session: Session): void;
};

const overlaps = (a: Session, b: Session) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

export function SessionPicker({ sessions, days, timeZone, held, includesWorkshops, busy, action, onSignUp }: Props) {
  const { t, locale } = useT();
  const [day, setDay] = useState(days[0] ?? '');
  const [kind, setKind] = useState<'' | 'breakout' | 'workshop'>('');
  const heldIds = new Set(held.map((h) => h.session.id));
  const seats = held.filter((h) => h.signup.status === 'confirmed').map((h) => h.session);
  const open = sessions.filter((s) => s.signupRequired && s.status === 'scheduled' && !heldIds.has(s.id) && (!day || s.day === day) && (!kind || s.kind === kind));

  return (
    <section className="conf-section" aria-labelledby="conf-pick-title" data-testid="session-picker">
      <h2 id="conf-pick-title" className="section-title">
        {t('conf.pick.title')}
      </h2>
      <p className="muted small">{includesWorkshops ? t('conf.pick.leadWorkshops') : t('conf.pick.leadGeneral')}</p>
      <div className="conf-pick-filters">
        <div className="conf-day-tabs" role="group" aria-label={t('conf.agenda.day')}>
          {days.map((d) => (
            <button key={d} type="button" aria-pressed={day === d} onClick={() => setDay(d)}>
              {dayShort(d, locale)}
            </button>
          ))}
        </div>
        <div className="conf-day-tabs" role="group" aria-label={t('conf.agenda.kind')}>
          {(['', 'breakout', 'workshop'] as const).map((k) => (
            <button key={k || 'all'} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {k ? t(`conf.kind.${k}Plural`) : t('conf.agenda.allKinds')}
            </button>
          ))}
        </div>
      </div>
      {open.length === 0 ? <EmptyState title={t('conf.pick.none')} /> : null}
      {byDay(open).map(([d, list]) => (
        <div key={d} className="conf-agenda-day">
          <h3 className="conf-day-heading">{dayHeading(d, locale)}</h3>
          <div className="conf-session-list">
            {list.map((s) => {
              const clash = seats.find((mine) => overlaps(mine, s));
              const locked = s.kind === 'workshop' && !includesWorkshops;
              const full = s.seatsLeft === 0;
              return (
                <SessionCard
                  key={s.id}
                  session={s}
                  timeZone={timeZone}
                  compact
                  status={
                    <>
                      {clash ? <span className="conf-clash">{t('conf.pick.clash', { title: clash.title })}</span> : null}
                      {locked ? <span className="conf-locked">{t('conf.pick.needsPass')}</span> : null}
                    </>
                  }
                  action={
                    <>
                      <button type="button" className={full ? 'btn btn-secondary btn-sm' : 'btn btn-primary btn-sm'} disabled={busy !== null || locked} onClick={() => onSignUp(s)}>
                        {busy === s.id ? t('conf.mine.working') : full ? t('conf.pick.joinWaitlist') : t('conf.pick.signUp')}
                      </button>
                      {action?.sessionId === s.id ? <ActionError error={action.error} /> : null}
                    </>
                  }
                />
              );
            })}
          </div>
        </div>
      ))}
    </section>
  );
}
