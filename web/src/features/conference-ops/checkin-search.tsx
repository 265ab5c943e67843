// Finding someone without their QR code: search by name, company or e-mail (at least two characters,
// 300 ms after typing stops), each hit with their ticket, status and what they registered for, and a
// "Check in" button (queued like a scan, so it also survives a dropped connection).
import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { isRegistrationStatus } from '../conference/conference-types';
import type { CheckinApi } from './checkin-api';
import type { AttendeeCard } from './conf-types';
import { AttendeeDetails } from './scan-outcome';
import { inZone } from './zoned-time';

type Props = { search: CheckinApi['search']; timeZone: string; checkedIn: ReadonlySet<string>; onCheckIn: (card: AttendeeCard) => void };

export function CheckinSearch({ search, timeZone, checkedIn, onCheckIn }: Props) {
  const { t, locale } = useT();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<AttendeeCard[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) {
      setHits(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      search(text, controller.signal).then(
        (items) => {
          setHits(items);
          setError(null);
        },
        (failure: unknown) => {
          if (!controller.signal.aborted) setError(failure);
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, search]);

  return (
    <section className="card conf-card" aria-labelledby="conf-search-title">
      <h2 id="conf-search-title" className="section-title">
        {t('confOps.search.title')}
      </h2>
      <div className="field">
        <label htmlFor="conf-search-q">{t('confOps.search.label')}</label>
        <input id="conf-search-q" type="search" autoComplete="off" minLength={2} maxLength={100} value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <ErrorNotice error={error} />
      {hits && hits.length === 0 ? <p className="muted">{t('confOps.search.none')}</p> : null}
      {hits?.length ? (
        <ul className="conf-hits">
          {hits.map((card) => {
            const done = card.checkedInAt !== null || checkedIn.has(card.registrationId);
            return (
              <li key={card.registrationId} className="conf-hit" data-registration-id={card.registrationId}>
                <AttendeeDetails card={card} timeZone={timeZone} locale={locale} showEmail />
                <div className="conf-hit-actions">
                  {card.status !== 'confirmed' ? <span className="badge badge-danger">{isRegistrationStatus(card.status) ? t(`confOps.status.${card.status}`) : card.status}</span> : null}
                  {card.checkedInAt ? <span className="badge badge-warning">{t('confOps.search.already', { time: inZone(card.checkedInAt, timeZone, locale) })}</span> : null}
                  <button
                    type="button"
                    className={done ? 'btn btn-secondary' : 'btn btn-primary'}
                    disabled={card.status !== 'confirmed'}
                    aria-label={t('confOps.search.checkInLabel', { name: card.name })}
                    onClick={() => onCheckIn(card)}
                  >
                    {t('confOps.search.checkIn')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
