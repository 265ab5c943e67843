// Ops › Products: every seller's products; filter by state, seller id, category or text.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { Field, SelectField } from '../../app/ui/field';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { useCursorList } from '../../app/use-cursor-list';
import { priceRange } from './price-range';
import { ProductStatusBadge } from './product-status-badge';
import { ProductThumbCell } from './product-thumb-cell';
import { PRODUCT_STATUSES, type Product } from './product-types';
import { categoryName, useCategories } from './use-categories';
import './products.css';

const FILTERS = ['status', 'category', 'sellerId', 'q'] as const;

export function OpsProductsPage() {
  const { t, locale } = useT();
  const { filters, draft, setDraft, setFilter, applyDraft, clear, applyValues } = useUrlFilters(FILTERS, ['sellerId', 'q']);
  const list = useCursorList<Product>('/ops/products', filters);
  const { categories } = useCategories();
  useDocumentTitle(t('opsProducts.title'));

  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('opsProducts.title')}</h1>
      </div>
      <FilterBar onApply={applyDraft} onClear={clear}>
        <SelectField label={t('ops.filter.status')} value={filters['status'] ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          {PRODUCT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`products.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('products.category')} value={filters['category'] ?? ''} onChange={(e) => setFilter('category', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {c.en}
            </option>
          ))}
        </SelectField>
        <Field label={t('opsProducts.seller')} name="sellerId" placeholder="sel_…" pattern="sel_[0-9a-z]{26}" maxLength={30} value={draft['sellerId'] ?? ''} onChange={(e) => setDraft('sellerId', e.target.value)} />
        <Field label={t('ops.filter.search')} type="search" name="q" placeholder={t('products.searchHint')} maxLength={100} value={draft['q'] ?? ''} onChange={(e) => setDraft('q', e.target.value)} />
      </FilterBar>

      <ListTableCard
        label={t('opsProducts.title')}
        tableClass="products-table"
        list={list}
        empty={<EmptyState title={t('opsProducts.empty')} />}
        head={
          <>
            <th scope="col">
              <span className="visually-hidden">{t('products.image')}</span>
            </th>
            <th scope="col">{t('products.product')}</th>
            <th scope="col">{t('opsProducts.seller')}</th>
            <th scope="col">{t('products.category')}</th>
            <th scope="col">{t('products.hsCode')}</th>
            <th scope="col" className="num">
              {t('products.price')}
            </th>
            <th scope="col">{t('products.state')}</th>
            <th scope="col">{t('products.updated')}</th>
          </>
        }
      >
        {list.items.map((p) => (
          <tr key={p.id}>
            <ProductThumbCell product={p} size={40} />
            <td>
              <Link to={`/ops/products/${p.id}`}>{p.titleEn}</Link>
              <div className="muted" lang="zh-CN">
                {p.titleZh}
              </div>
            </td>
            <td>
              <button type="button" className="link-button mono" title={t('ops.audit.filterBy')} onClick={() => applyValues({ sellerId: p.sellerId })}>
                {p.sellerId}
              </button>
            </td>
            <td>{categoryName(categories, p.category, locale)}</td>
            <td className="mono">{p.hsCode}</td>
            <td className="num nowrap">{priceRange(p, locale)}</td>
            <td>
              <ProductStatusBadge status={p.status} />
            </td>
            <td className="nowrap">{t('common.dateTime', { date: new Date(p.updatedAt) })}</td>
          </tr>
        ))}
      </ListTableCard>
    </div>
  );
}
