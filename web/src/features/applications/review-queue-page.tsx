// Ops › Applications: the review queue, submitted first by default; filter by status, search by name.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { useDocumentTitle } from '../../app/ui/document-title';
import { Field, SelectField } from '../../app/ui/field';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { useCursorList } from '../../app/use-cursor-list';
import { ApplicationStatusBadge } from './application-status';
import type { Application, ApplicationStatus } from './application-types';
import './applications.css';

const FILTERS = ['status', 'q'] as const;
const STATUSES: readonly ApplicationStatus[] = ['submitted', 'changes_requested', 'approved', 'rejected', 'draft'];

export function ReviewQueuePage() {
  const { t, locale } = useT();
  const { filters, draft, setDraft, setFilter, applyDraft, clear } = useUrlFilters(FILTERS, ['q']);
  // No status in the URL means the queue (submitted); "any" asks for every status.
  const status = filters['status'] ?? 'submitted';
  const list = useCursorList<Application>('/ops/applications', { q: filters['q'], status: status === 'any' ? undefined : status });
  useDocumentTitle(t('review.title'));

  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('review.title')}</h1>
      </div>
      <FilterBar onApply={applyDraft} onClear={clear}>
        <SelectField label={t('ops.filter.status')} value={status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="any">{t('ops.filter.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`apply.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t('ops.filter.search')} type="search" name="q" placeholder={t('review.searchHint')} maxLength={100} value={draft['q'] ?? ''} onChange={(e) => setDraft('q', e.target.value)} />
      </FilterBar>

      <ListTableCard
        label={t('review.title')}
        list={list}
        empty={<EmptyState title={t('review.empty')} />}
        head={
          <>
            <th scope="col">{t('review.business')}</th>
            <th scope="col">{t('review.applicant')}</th>
            <th scope="col">{t('ops.sellers.location')}</th>
            <th scope="col">{t('ops.sellers.type')}</th>
            <th scope="col">{t('ops.filter.status')}</th>
            <th scope="col">{t('review.submitted')}</th>
          </>
        }
      >
        {list.items.map((a) => (
          <tr key={a.id}>
            <td>
              <Link to={`/ops/applications/${a.id}`}>
                <strong>{a.tradeName || a.legalName || t('review.unnamed')}</strong>
              </Link>
              {a.legalName && a.tradeName ? <div className="muted">{a.legalName}</div> : null}
            </td>
            <td>
              {a.applicant.name}
              <div className="muted">{a.applicant.email}</div>
            </td>
            <td>{a.city || a.state ? t('seller.org.locationValue', { city: a.city ?? '—', state: a.state ? stateName(a.state, locale) : '—' }) : '—'}</td>
            <td>{a.businessType ? t(`biz.${a.businessType}`) : '—'}</td>
            <td>
              <ApplicationStatusBadge status={a.status} />
            </td>
            <td className="nowrap">{a.submittedAt ? t('common.dateTime', { date: new Date(a.submittedAt) }) : '—'}</td>
          </tr>
        ))}
      </ListTableCard>
    </div>
  );
}
