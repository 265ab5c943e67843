// The published conference events (/conference): name, tagline, dates, venue, how full each is, and
// whether registration is open; each links to its event page.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { CapacityBadge } from './capacity';
import { ConferenceFrame, eventPath } from './conference-frame';
import type { EventSummary } from './conference-types';
import { dayRange } from './event-time';

export function EventsPage() {
  const { t, locale } = useT();
  const { data, error, loading, reload } = useApiQuery<{ items: EventSummary[] }>('/conference/events');
  useDocumentTitle(t('conf.brand'));
  return (
    <ConferenceFrame>
      <div className="page-head conf-page-head">
        <div>
          <h1 className="page-title">{t('conf.events.title')}</h1>
          <p className="muted">{t('conf.events.lead')}</p>
        </div>
      </div>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState title={t('conf.events.empty')}>{t('conf.events.emptyBody')}</EmptyState> : null}
      <ul className="conf-event-list">
        {data?.items.map((e) => (
          <li key={e.slug} className="card conf-event-card">
            <p className="conf-kicker">{dayRange(e.startsOn, e.endsOn, locale)}</p>
            <h2 className="section-title">
              <Link to={eventPath(e.slug)}>{e.name}</Link>
            </h2>
            <p>{e.tagline}</p>
            <p className="muted small">
              {e.venueName} · {e.venueAddress}
            </p>
            <p className="button-row">
              <CapacityBadge status={e.capacity.status} seatsLeft={e.capacity.seatsLeft} />
              <span className="muted small">{e.registration.open ? t('conf.events.open') : t(`conf.events.${e.registration.state === 'closed' ? 'closed' : 'soon'}`)}</span>
            </p>
          </li>
        ))}
      </ul>
    </ConferenceFrame>
  );
}
