import { useState } from 'react';
// Ops › Users: filter by role, status and name/e-mail; disable or re-enable with a recorded reason.
import type { UserRow } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { Field, SelectField } from '../../app/ui/field';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { useCursorList } from '../../app/use-cursor-list';
import { UserStatusDialog } from './user-status-dialog';

const FILTERS = ['role', 'status', 'q'] as const;

export function UsersPage() {
  const { t } = useT();
  const { user: me } = useSession();
  const { filters, draft, setDraft, setFilter, applyDraft, clear } = useUrlFilters(FILTERS, ['q']);
  const list = useCursorList<UserRow>('/ops/users', filters);
  const [target, setTarget] = useState<UserRow | null>(null);
  useDocumentTitle(t('ops.users.title'));


  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('ops.users.title')}</h1>
      </div>
      <FilterBar onApply={applyDraft} onClear={clear}>
        <SelectField label={t('ops.filter.role')} value={filters['role'] ?? ''} onChange={(e) => setFilter('role', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          <option value="shopper">{t('role.shopper')}</option>
          <option value="seller">{t('role.seller')}</option>
          <option value="operator">{t('role.operator')}</option>
        </SelectField>
        <SelectField label={t('ops.filter.status')} value={filters['status'] ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          <option value="active">{t('ops.userStatus.active')}</option>
          <option value="disabled">{t('ops.userStatus.disabled')}</option>
        </SelectField>
        <Field
          label={t('ops.filter.search')}
          type="search"
          name="q"
          placeholder={t('ops.filter.searchUsers')}
          maxLength={100}
          value={draft['q'] ?? ''}
          onChange={(e) => setDraft('q', e.target.value)}
        />
      </FilterBar>

      <ListTableCard
        label={t('ops.users.title')}
        list={list}
        empty={<EmptyState title={t('ops.users.empty')} />}
        head={
          <>
            <th scope="col">{t('ops.users.name')}</th>
            <th scope="col">{t('ops.users.email')}</th>
            <th scope="col">{t('ops.users.role')}</th>
            <th scope="col">{t('ops.users.locale')}</th>
            <th scope="col">{t('ops.users.status')}</th>
            <th scope="col">{t('ops.users.created')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('ops.users.actions')}</span>
            </th>
          </>
        }
      >
        {list.items.map((u) => (
          <tr key={u.id}>
            <td>{u.name}</td>
            <td>{u.email}</td>
            <td>{t(`role.${u.role}`)}</td>
            <td className="mono">{u.locale}</td>
            <td>
              <span className={u.status === 'active' ? 'badge badge-success' : 'badge badge-danger'}>{t(`ops.userStatus.${u.status}`)}</span>
            </td>
            <td className="nowrap">{t('common.dateTime', { date: new Date(u.createdAt) })}</td>
            <td className="cell-actions">
              {u.id === me?.id ? (
                <span className="badge">{t('ops.users.you')}</span>
              ) : (
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => setTarget(u)} aria-label={`${t(u.status === 'active' ? 'ops.users.disable' : 'ops.users.enable')} ${u.email}`}>
                  {t(u.status === 'active' ? 'ops.users.disable' : 'ops.users.enable')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </ListTableCard>
      {target ? <UserStatusDialog user={target} onClose={() => setTarget(null)} onChanged={list.replace} /> : null}
    </div>
  );
}
