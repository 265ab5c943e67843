// Ops › Sellers: every seller organisation, newest first, with a search on trade and legal name.
import type { SellerRow } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { useDocumentTitle } from '../../app/ui/document-title';
import { Field, SelectField } from '../../app/ui/field';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { useCursorList } from '../../app/use-cursor-list';

const FILTERS = ['status', 'q'] as const;

export function SellersPage() {
  const { t, locale } = useT();
  const { filters, draft, setDraft, setFilter, applyDraft, clear } = useUrlFilters(FILTERS, ['q']);
  const list = useCursorList<SellerRow>('/ops/sellers', filters);
  useDocumentTitle(t('ops.sellers.title'));


  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('ops.sellers.title')}</h1>
      </div>
      <FilterBar onApply={applyDraft} onClear={clear}>
        <SelectField label={t('ops.filter.status')} value={filters['status'] ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          <option value="active">{t('seller.status.active')}</option>
          <option value="suspended">{t('seller.status.suspended')}</option>
        </SelectField>
        <Field
          label={t('ops.filter.search')}
          type="search"
          name="q"
          placeholder={t('ops.filter.searchSellers')}
          maxLength={100}
          value={draft['q'] ?? ''}
          onChange={(e) => setDraft('q', e.target.value)}
        />
      </FilterBar>

      <ListTableCard
        label={t('ops.sellers.title')}
        list={list}
        empty={<EmptyState title={t('ops.sellers.empty')} />}
        head={
          <>
            <th scope="col">{t('ops.sellers.tradeName')}</th>
            <th scope="col">{t('ops.sellers.legalName')}</th>
            <th scope="col">{t('ops.sellers.location')}</th>
            <th scope="col">{t('ops.sellers.type')}</th>
            <th scope="col">{t('ops.sellers.status')}</th>
            <th scope="col" className="num">
              {t('ops.sellers.members')}
            </th>
            <th scope="col">{t('ops.sellers.created')}</th>
          </>
        }
      >
        {list.items.map((s) => (
          <tr key={s.id}>
            <td>
              <strong>{s.tradeName}</strong>
              <div className="mono muted">{s.id}</div>
            </td>
            <td>{s.legalName}</td>
            <td>{t('seller.org.locationValue', { city: s.city, state: stateName(s.state, locale) })}</td>
            <td>{t(`biz.${s.businessType}`)}</td>
            <td>
              <span className={s.status === 'active' ? 'badge badge-success' : 'badge badge-warning'}>{t(`seller.status.${s.status}`)}</span>
            </td>
            <td className="num">{s.memberCount}</td>
            <td className="nowrap">{t('common.date', { date: new Date(s.createdAt) })}</td>
          </tr>
        ))}
      </ListTableCard>
    </div>
  );
}
