// Ops › Conference: every event (name, days, seats held of the capacity, waitlist, status) and a
// form to create one; a new event opens on its overview, where rooms and ticket types are added.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState } from '../../app/ui/states';
import { TableCard } from '../../app/ui/table-card';
import { useApiQuery } from '../../app/use-api';
import type { OpsEvent } from './conf-types';
import { EVENT_STATUS_BADGE } from './event-shell';
import { NewEventForm } from './new-event-form';
import { dayLabel } from './zoned-time';

export function EventsPage() {
  const { t, locale } = useT();
  useDocumentTitle(t('confOps.events.title'));
  const navigate = useNavigate();
  const query = useApiQuery<{ items: OpsEvent[] }>('/ops/conference/events');
  const [creating, setCreating] = useState(false);
  const items = query.data?.items ?? [];
  return (
    <div className="ops-page conf-page">
      <div className="page-head">
        <h1 className="page-title">{t('confOps.events.title')}</h1>
        {!creating ? (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => setCreating(true)}>
            {t('confOps.events.new')}
          </button>
        ) : null}
      </div>
      {query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : null}
      {creating ? <NewEventForm onCancel={() => setCreating(false)} onCreated={(event) => navigate(`/ops/conference/${event.id}`)} /> : null}
      <TableCard
        label={t('confOps.events.title')}
        loading={query.loading}
        error={query.error}
        count={items.length}
        empty={<EmptyState title={t('confOps.events.empty')} />}
        head={
          <>
            <th scope="col">{t('confOps.events.name')}</th>
            <th scope="col">{t('confOps.events.dates')}</th>
            <th scope="col" className="num">
              {t('confOps.events.held')}
            </th>
            <th scope="col" className="num">
              {t('confOps.events.waitlist')}
            </th>
            <th scope="col">{t('confOps.events.registration')}</th>
            <th scope="col">{t('confOps.events.status')}</th>
          </>
        }
      >
        {items.map((e) => (
          <tr key={e.id} data-event-slug={e.slug}>
            <td>
              <Link to={`/ops/conference/${e.id}`}>{e.name}</Link>
              <div className="muted small mono">{e.slug}</div>
            </td>
            <td className="nowrap">{t('confOps.events.range', { from: dayLabel(e.startsOn, locale, 'date'), to: dayLabel(e.endsOn, locale, 'date') })}</td>
            <td className="num nowrap">{t('confOps.events.heldOf', { held: e.held, capacity: e.capacity.total })}</td>
            <td className="num">{t('confOps.count', { count: e.counts.waitlisted })}</td>
            <td>{t(`confOps.registrationState.${e.registration.state}`)}</td>
            <td>
              <span className={EVENT_STATUS_BADGE[e.status]}>{t(`confOps.eventStatus.${e.status}`)}</span>
            </td>
          </tr>
        ))}
      </TableCard>
    </div>
  );
}
