// The attendee's agenda on their registration page: the sessions they hold a seat in or wait for (with
// their place in line) and the keynotes and networking everyone attends, by day, each seat or waitlist
// place with a button to give it up; below it, the breakouts and workshops they can still sign up for.
import { useCallback, useEffect, useState } from 'react';
import { api as publicApi } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { SuccessNotice } from '../../app/ui/notice';
import { EmptyState, Loading } from '../../app/ui/states';
import { byDay } from './agenda-page';
import type { AttendeeApi } from './attendee-api';
import { ActionError } from './conference-errors';
import type { PersonalAgenda, PublicAgenda, Registration, Signup } from './conference-types';
import { dayHeading } from './event-time';
import { SessionCard } from './session-card';
import { SessionPicker } from './session-picker';

export type Action = { sessionId: string; error: unknown } | null;

function SignupBadge({ signup }: { signup: Signup }) {
  const { t } = useT();
  if (signup.status === 'confirmed') return <span className="badge badge-success" data-signup="confirmed">{t('conf.mine.seat')}</span>;
  return (
    <span className="badge badge-warning" data-signup="waitlisted">
      {signup.waitlistPosition ? t('conf.mine.waitlistPlace', { place: signup.waitlistPosition }) : t('conf.mine.waitlist')}
    </span>
  );
}

export function MyAgenda({ registration, api, onChanged }: { registration: Registration; api: AttendeeApi; onChanged(): void }) {
  const { t, locale } = useT();
  const [mine, setMine] = useState<PersonalAgenda | null>(null);
  const [all, setAll] = useState<PublicAgenda | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [action, setAction] = useState<Action>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [personal, everything] = await Promise.all([
        api.get<PersonalAgenda>('/agenda'),
        publicApi.get<PublicAgenda>(`/conference/events/${encodeURIComponent(registration.event.slug)}/agenda`),
      ]);
      setMine(personal);
      setAll(everything);
      setLoadError(null);
    } catch (failure) {
      setLoadError(failure);
    }
  }, [api, registration.event.slug]);

  useEffect(() => {
    void load();
  }, [load]);

  async function run(sessionId: string, title: string, change: 'signup' | 'cancel') {
    setBusy(sessionId);
    setAction(null);
    setMessage(null);
    try {
      if (change === 'cancel') {
        await api.remove(`/sessions/${encodeURIComponent(sessionId)}`);
        setMessage(t('conf.mine.gaveUp', { title }));
      } else {
        const { signup } = await api.post<{ signup: Signup }>(`/sessions/${encodeURIComponent(sessionId)}`);
        setMessage(
          signup.status === 'confirmed' ? t('conf.mine.gotSeat', { title }) : t('conf.mine.gotWaitlist', { title, place: signup.waitlistPosition ?? 0 }),
        );
      }
    } catch (failure) {
      setAction({ sessionId, error: failure });
    } finally {
      setBusy(null);
      await load();
      onChanged();
    }
  }

  if (!mine || !all) {
    return (
      <section className="conf-section" aria-labelledby="conf-mine-title">
        <h2 id="conf-mine-title" className="section-title">
          {t('conf.mine.title')}
        </h2>
        {loadError ? <ActionError error={loadError} /> : <Loading />}
      </section>
    );
  }

  const zone = mine.event.timeZone;
  const held = mine.items.filter((i) => i.signup).map((i) => ({ session: i.session, signup: i.signup! }));
  return (
    <>
      <section className="conf-section" aria-labelledby="conf-mine-title" data-testid="my-agenda">
        <h2 id="conf-mine-title" className="section-title">
          {t('conf.mine.title')}
        </h2>
        <p className="muted small">{t('conf.mine.lead')}</p>
        <SuccessNotice message={message} />
        {mine.items.length === 0 ? <EmptyState title={t('conf.mine.empty')} /> : null}
        {byDay(mine.items.map((i) => i.session)).map(([day, sessions]) => (
          <div key={day} className="conf-agenda-day">
            <h3 className="conf-day-heading">{dayHeading(day, locale)}</h3>
            <div className="conf-session-list">
              {sessions.map((s) => {
                const item = mine.items.find((i) => i.session.id === s.id)!;
                return (
                  <SessionCard
                    key={s.id}
                    session={s}
                    timeZone={zone}
                    compact
                    status={item.signup ? <SignupBadge signup={item.signup} /> : null}
                    action={
                      item.signup ? (
                        <>
                          <button type="button" className="btn btn-secondary btn-sm" disabled={busy !== null} onClick={() => void run(s.id, s.title, 'cancel')}>
                            {busy === s.id ? t('conf.mine.working') : item.signup.status === 'confirmed' ? t('conf.mine.giveUp') : t('conf.mine.leaveWaitlist')}
                          </button>
                          {action?.sessionId === s.id ? <ActionError error={action.error} /> : null}
                        </>
                      ) : null
                    }
                  />
                );
              })}
            </div>
          </div>
        ))}
      </section>
      <SessionPicker
        sessions={all.items}
        days={all.event.days}
        timeZone={zone}
        held={held}
        includesWorkshops={registration.ticketType.includesWorkshops}
        busy={busy}
        action={action}
        onSignUp={(s) => void run(s.id, s.title, 'signup')}
      />
    </>
  );
}
