// /seller/products: the store's products. Tabs by state (with counts), search and category filter in
// the URL, "Load more" by cursor; an empty store is offered Add product and Import CSV.
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { Field, SelectField } from '../../app/ui/field';
import { FilterBar, useUrlFilters } from '../../app/ui/filter-bar';
import { GridIcon } from '../../app/ui/icons';
import { EmptyState } from '../../app/ui/states';
import { ListTableCard } from '../../app/ui/table-card';
import { useApiQuery } from '../../app/use-api';
import { useCursorList } from '../../app/use-cursor-list';
import { NeedsOrganisation } from '../seller-center/needs-organisation';
import { priceRange } from './price-range';
import { ProductStatusBadge } from './product-status-badge';
import { ProductThumbCell } from './product-thumb-cell';
import { PRODUCT_STATUSES, type Product, type StatusSummary } from './product-types';
import { categoryName, useCategories } from './use-categories';
import '../../app/styles/table.css';
import './products.css';

const FILTERS = ['status', 'category', 'q'] as const;

export function ProductsPage() {
  const { t, locale } = useT();
  const [params, setParams] = useSearchParams();
  const { filters, draft, setDraft, setFilter, applyDraft, clear } = useUrlFilters(FILTERS, ['q']);
  const list = useCursorList<Product>('/seller/products', filters);
  const summary = useApiQuery<StatusSummary>('/seller/products/summary');
  const { categories } = useCategories();
  useDocumentTitle(t('products.title'));

  if (summary.error && !list.items.length) return <NeedsOrganisation error={summary.error} onRetry={summary.reload} />;
  const total = summary.data ? PRODUCT_STATUSES.reduce((n, s) => n + (summary.data?.[s] ?? 0), 0) : null;
  const tab = (status: string | null) => {
    const next = new URLSearchParams(params);
    if (status) next.set('status', status);
    else next.delete('status');
    setParams(next, { replace: true });
  };
  const filtered = Object.keys(filters).length > 0;
  const addButtons = (
    <div className="button-row">
      <Link className="btn btn-secondary" to="/seller/products/import">
        {t('products.importCsv')}
      </Link>
      <Link className="btn btn-primary" to="/seller/products/new">
        {t('products.add')}
      </Link>
    </div>
  );

  return (
    <div className="products-page form-stack">
      <div className="page-head">
        <h1 className="page-title">{t('products.title')}</h1>
        {addButtons}
      </div>
      <div className="tabs" role="group" aria-label={t('products.byState')}>
        {[null, ...PRODUCT_STATUSES].map((s) => (
          <button key={s ?? 'all'} type="button" aria-pressed={(filters['status'] ?? null) === s} className="tab" onClick={() => tab(s)}>
            {s ? t(`products.status.${s}`) : t('products.all')}
            <span className="tab-count">{s ? (summary.data?.[s] ?? '·') : (total ?? '·')}</span>
          </button>
        ))}
      </div>
      <FilterBar onApply={applyDraft} onClear={clear}>
        <Field label={t('ops.filter.search')} type="search" name="q" placeholder={t('products.searchHint')} maxLength={100} value={draft['q'] ?? ''} onChange={(e) => setDraft('q', e.target.value)} />
        <SelectField label={t('products.category')} value={filters['category'] ?? ''} onChange={(e) => setFilter('category', e.target.value)}>
          <option value="">{t('ops.filter.any')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {locale === 'zh-CN' ? c.zh : c.en}
            </option>
          ))}
        </SelectField>
      </FilterBar>

      {!list.loading && !list.error && list.items.length === 0 && !filtered ? (
        <div className="card">
          <EmptyState title={t('products.emptyTitle')} icon={<GridIcon size={28} />} action={addButtons}>
            <p>{t('products.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : (
        <ListTableCard
          label={t('products.title')}
          tableClass="products-table"
          list={list}
          empty={<EmptyState title={t('products.noMatch')} />}
          head={
            <>
              <th scope="col">
                <span className="visually-hidden">{t('products.image')}</span>
              </th>
              <th scope="col">{t('products.product')}</th>
              <th scope="col" className="hide-phone">
                {t('products.category')}
              </th>
              <th scope="col" className="num">
                {t('products.price')}
              </th>
              <th scope="col">{t('products.state')}</th>
              <th scope="col" className="hide-phone">
                {t('products.updated')}
              </th>
            </>
          }
        >
          {list.items.map((p) => (
            <tr key={p.id}>
              <ProductThumbCell product={p} size={48} />
              <td>
                <Link to={`/seller/products/${p.id}`} className="product-link">
                  <span lang="zh-CN">{p.titleZh || <span className="muted">{t('products.noChineseTitle')}</span>}</span>
                </Link>
                <div className="muted">{p.titleEn}</div>
              </td>
              <td className="hide-phone">{categoryName(categories, p.category, locale)}</td>
              <td className="num nowrap">{priceRange(p, locale)}</td>
              <td>
                <ProductStatusBadge status={p.status} />
              </td>
              <td className="nowrap hide-phone">{t('common.date', { date: new Date(p.updatedAt) })}</td>
            </tr>
          ))}
        </ListTableCard>
      )}
    </div>
  );
}
