// Ops › Audit log: who did what, newest first. Click an actor or subject id to filter by it.
import type { AuditEntry } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { Field } from '../../app/ui/field';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { useCursorList } from '../../app/use-cursor-list';

const FILTERS = ['action', 'subjectType', 'subjectId', 'actorId'] as const;

export function AuditPage() {
  const { t } = useT();
  const { filters, draft, setDraft, applyDraft, applyValues, clear } = useUrlFilters(FILTERS, FILTERS);
  const list = useCursorList<AuditEntry>('/ops/audit', filters);
  useDocumentTitle(t('ops.audit.title'));

  const filterButton = (value: string, apply: Partial<Record<(typeof FILTERS)[number], string>>) => (
    <button type="button" className="link-button mono" title={t('ops.audit.filterBy')} onClick={() => applyValues(apply)}>
      {value}
    </button>
  );

  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('ops.audit.title')}</h1>
      </div>
      <FilterBar onApply={applyDraft} onClear={clear}>
        <Field label={t('ops.audit.action')} name="action" placeholder="account.disabled" maxLength={80} value={draft['action'] ?? ''} onChange={(e) => setDraft('action', e.target.value)} />
        <Field label={t('ops.audit.subjectType')} name="subjectType" placeholder="user" maxLength={40} value={draft['subjectType'] ?? ''} onChange={(e) => setDraft('subjectType', e.target.value)} />
        <Field label={t('ops.audit.subjectId')} name="subjectId" maxLength={64} value={draft['subjectId'] ?? ''} onChange={(e) => setDraft('subjectId', e.target.value)} />
        <Field label={t('ops.audit.actorId')} name="actorId" maxLength={64} value={draft['actorId'] ?? ''} onChange={(e) => setDraft('actorId', e.target.value)} />
      </FilterBar>

      <ListTableCard
        label={t('ops.audit.title')}
        tableClass="audit-table"
        list={list}
        empty={<EmptyState title={t('ops.audit.empty')} />}
        head={
          <>
            <th scope="col">{t('ops.audit.time')}</th>
            <th scope="col">{t('ops.audit.action')}</th>
            <th scope="col">{t('ops.audit.actor')}</th>
            <th scope="col">{t('ops.audit.subject')}</th>
            <th scope="col">{t('ops.audit.data')}</th>
            <th scope="col">{t('ops.audit.request')}</th>
          </>
        }
      >
        {list.items.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">{t('common.dateTime', { date: new Date(e.createdAt) })}</td>
            <td>{filterButton(e.action, { action: e.action })}</td>
            <td className="nowrap">
              {e.actorId ? filterButton(e.actorId, { actorId: e.actorId }) : <span className="muted">{t('ops.audit.system')}</span>}
              {e.actorRole ? <div className="muted">{e.actorRole}</div> : null}
            </td>
            <td className="nowrap">
              <div className="muted">{e.subjectType}</div>
              {filterButton(e.subjectId, { subjectType: e.subjectType, subjectId: e.subjectId })}
            </td>
            <td>{e.data ? <code className="json">{JSON.stringify(e.data)}</code> : <span className="muted">—</span>}</td>
            <td className="mono muted nowrap">{e.requestId ?? '—'}</td>
          </tr>
        ))}
      </ListTableCard>
    </div>
  );
}
