// An event's registrations (/ops/conference/:eventId/registrations): search by name, company or
// e-mail and filter by status, ticket type and state (kept in the URL), newest first with "Load more",
// the CSV export of what the filters match, badge printing, and one registration's details with cancel.
import { useState } from 'react';
import { apiUrl } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { stateOptions } from '../../app/i18n/us-states';
import { useDocumentTitle } from '../../app/ui/document-title';
import { Field, SelectField } from '../../app/ui/field';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { useCursorList } from '../../app/use-cursor-list';
import { BadgesCard } from './badges-card';
import { REGISTRATION_STATUSES, type Registration } from '../conference/conference-types';
import { useConfEvent } from './event-shell';
import { RegistrationDialog, StatusBadge } from './registration-dialog';
import { inZone } from './zoned-time';

const FILTERS = ['q', 'status', 'ticketType', 'state'] as const;
const TERRITORIES = ['GU', 'VI', 'AS', 'MP'];

export function RegistrationsPage() {
  const { t, locale } = useT();
  const { event } = useConfEvent();
  useDocumentTitle(t('confOps.reg.title', { name: event.name }));
  const { filters, draft, setDraft, applyDraft, clear } = useUrlFilters(FILTERS, FILTERS);
  const list = useCursorList<Registration>(`/ops/conference/events/${event.id}/registrations`, filters);
  const [open, setOpen] = useState<Registration | null>(null);
  const states = [...stateOptions(locale), ...TERRITORIES.map((code) => ({ code, name: code }))];

  return (
    <>
      <FilterBar onApply={applyDraft} onClear={clear}>
        <Field label={t('confOps.reg.search')} name="q" type="search" maxLength={100} placeholder={t('confOps.reg.searchHint')} value={draft['q'] ?? ''} onChange={(e) => setDraft('q', e.target.value)} />
        <SelectField label={t('confOps.reg.status')} name="status" value={draft['status'] ?? ''} onChange={(e) => setDraft('status', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          {REGISTRATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`confOps.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('confOps.reg.ticketType')} name="ticketType" value={draft['ticketType'] ?? ''} onChange={(e) => setDraft('ticketType', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          {event.ticketTypes.map((tt) => (
            <option key={tt.code} value={tt.code}>
              {tt.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('confOps.reg.state')} name="state" value={draft['state'] ?? ''} onChange={(e) => setDraft('state', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      <div className="button-row conf-exports">
        <a className="btn btn-secondary btn-sm" href={apiUrl(`/ops/conference/events/${event.id}/registrations.csv`, filters)} download data-testid="registrations-csv">
          {t('confOps.reg.csv')}
        </a>
        <span className="muted small">{t('confOps.reg.csvHint')}</span>
      </div>
      <ListTableCard
        label={t('confOps.tab.registrations')}
        list={list}
        empty={<EmptyState title={t('confOps.reg.empty')} />}
        head={
          <>
            <th scope="col">{t('confOps.reg.name')}</th>
            <th scope="col">{t('confOps.reg.email')}</th>
            <th scope="col">{t('confOps.reg.state')}</th>
            <th scope="col">{t('confOps.reg.ticketType')}</th>
            <th scope="col">{t('confOps.reg.status')}</th>
            <th scope="col">{t('confOps.reg.registered')}</th>
            <th scope="col">{t('confOps.reg.checkedIn')}</th>
          </>
        }
      >
        {list.items.map((r) => (
          <tr key={r.id} data-registration-id={r.id}>
            <td>
              <button type="button" className="link-button" onClick={() => setOpen(r)}>
                {r.firstName} {r.lastName}
              </button>
              <div className="muted small">{r.company}</div>
            </td>
            <td className="small">{r.email}</td>
            <td>{r.state}</td>
            <td>{r.ticketType.name}</td>
            <td>
              <StatusBadge registration={r} timeZone={event.timeZone} />
            </td>
            <td className="nowrap small">{inZone(r.createdAt, event.timeZone, locale)}</td>
            <td className="nowrap small">{r.checkedInAt ? inZone(r.checkedInAt, event.timeZone, locale) : '—'}</td>
          </tr>
        ))}
      </ListTableCard>
      <BadgesCard />
      {open ? (
        <RegistrationDialog
          registration={open}
          onChanged={(r) => {
            list.replace(r);
            setOpen(r);
          }}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
