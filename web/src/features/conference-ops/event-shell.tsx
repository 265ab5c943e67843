// One event's frame in the ops console (/ops/conference/:eventId/…): the event read once for every
// tab (name, status, dates, venue), the tabs, the whole-event badge PDF link (up to the server's 2,000
// per file; beyond that, the parts on the registrations page), and a context the pages
// use to read the event and to take the server's answer after a change.
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { apiUrl } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading, NotFound } from '../../app/ui/states';
import { isCode, useApiQuery } from '../../app/use-api';
import type { OpsEvent } from './conf-types';
import { dayLabel } from './zoned-time';

type EventContext = { event: OpsEvent; base: string; setEvent(event: OpsEvent): void; reload(): void };
const Context = createContext<EventContext | null>(null);

export function useConfEvent(): EventContext {
  const value = useContext(Context);
  if (!value) throw new Error('useConfEvent outside EventShell');
  return value;
}

/** The server's limit for one badge PDF; a bigger event is printed in parts from the registrations page. */
const MAX_BADGES_PER_PDF = 2000;

export const EVENT_STATUS_BADGE = { draft: 'badge', published: 'badge badge-success', closed: 'badge badge-warning' } as const;

export function EventShell() {
  const { eventId = '' } = useParams();
  const { t, locale } = useT();
  const query = useApiQuery<OpsEvent>(`/ops/conference/events/${encodeURIComponent(eventId)}`);
  const [fresh, setFresh] = useState<OpsEvent | null>(null);
  const reloadQuery = query.reload;
  const reload = useCallback(() => {
    setFresh(null);
    reloadQuery();
  }, [reloadQuery]);
  const event = fresh && fresh.id === eventId ? fresh : query.data;
  const base = `/ops/conference/${eventId}`;
  const value = useMemo(() => (event ? { event, base, setEvent: setFresh, reload } : null), [event, base, reload]);

  if (!event && (isCode(query.error, 'not_found') || isCode(query.error, 'invalid_request'))) return <NotFound home="/ops/conference" />;
  if (!value || !event) return query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : <Loading />;

  const tabs = [
    { to: base, label: t('confOps.tab.overview'), end: true },
    { to: `${base}/registrations`, label: t('confOps.tab.registrations') },
    { to: `${base}/agenda`, label: t('confOps.tab.agenda') },
    { to: `${base}/experts`, label: t('confOps.tab.experts') },
    { to: `${base}/checkin`, label: t('confOps.tab.checkin') },
    { to: `${base}/checkins`, label: t('confOps.tab.arrivals') },
  ];
  return (
    <Context.Provider value={value}>
      <div className="ops-page conf-page">
        <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
          <Link to="/ops/conference">{t('confOps.events.title')}</Link>
        </nav>
        <header className="conf-event-head">
          <div>
            <h1 className="page-title">
              {event.name} <span className={EVENT_STATUS_BADGE[event.status]}>{t(`confOps.eventStatus.${event.status}`)}</span>
            </h1>
            <p className="muted small">
              {t('confOps.event.when', { from: dayLabel(event.startsOn, locale, 'date'), to: dayLabel(event.endsOn, locale, 'date'), zone: event.timeZone })} · {event.venueName}
            </p>
          </div>
          {event.counts.confirmed <= MAX_BADGES_PER_PDF ? (
            <a className="btn btn-secondary btn-sm" href={apiUrl(`/ops/conference/events/${event.id}/badges.pdf`)} download>
              {t('confOps.badges.printAll')}
            </a>
          ) : (
            <Link className="btn btn-secondary btn-sm" to={`${base}/registrations#badges`}>
              {t('confOps.badges.printAll')}
            </Link>
          )}
        </header>
        <nav className="conf-tabs" aria-label={t('confOps.tabs')}>
          {tabs.map((tab) => (
            <NavLink key={tab.to} to={tab.to} end={tab.end ?? false} className="conf-tab">
              {tab.label}
            </NavLink>
          ))}
        </nav>
        <Outlet />
      </div>
    </Context.Provider>
  );
}
