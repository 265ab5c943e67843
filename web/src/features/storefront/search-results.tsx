// A results page's body, shared by /search and /categories/:slug: sort tabs, quick chips for delivery
// mode and stock, the facet panel (a sheet on phones, a sidebar on desktops), active filters, the
// product grid and "加载更多". Filters and sort live in the URL, so results can be shared and reloaded.
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState } from '../../app/ui/states';
import { ProductGrid, ProductGridSkeleton } from './product-card';
import { SearchFilters, priceRangeText, useFacetLabel } from './search-filters';
import { CloseIcon, FilterIcon } from './store-icons';
import { FILTER_KEYS, useProductSearch, type FilterKey, type SearchQuery } from './use-product-search';

const SORTS = ['relevance', 'price', 'newest', 'best_selling'] as const;

type Props = { q: string; fixed?: Partial<Record<FilterKey, string>>; empty: { title: string; body: ReactNode; action?: ReactNode; icon?: ReactNode } };

export function SearchResults({ q, fixed = {}, empty }: Props) {
  const { t } = useT();
  const label = useFacetLabel();
  const [params, setParams] = useSearchParams();
  const [sheetOpen, setSheetOpen] = useState(false);
  const query: SearchQuery = { ...(q ? { q } : {}) };
  for (const key of FILTER_KEYS) {
    const value = fixed[key] ?? params.get(key);
    if (value) query[key] = value;
  }
  const sort = params.get('sort') ?? 'relevance';
  if (sort !== 'relevance') query.sort = sort;
  const search = useProductSearch(query);
  const hidden = new Set(Object.keys(fixed) as FilterKey[]);

  function change(changes: Partial<Record<FilterKey | 'sort', string | null>>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  }

  const priceSort = sort === 'price_asc' || sort === 'price_desc';
  const active = FILTER_KEYS.filter((k) => !hidden.has(k) && query[k] && k !== 'priceMaxFen');
  const activeCount = active.length;
  const activeText = (k: FilterKey): string => {
    if (k === 'priceMinFen') return priceRangeText(Number(query.priceMinFen), query.priceMaxFen ? Number(query.priceMaxFen) : null, t);
    const facet = k === 'inStock' || k === 'priceMaxFen' ? undefined : search.answer?.facets[k];
    return label(k, query[k] ?? '', facet?.find((v) => v.value === query[k])?.label);
  };
  const clearAll = () => change(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])));
  const chip = (key: FilterKey, value: string, text: string) => {
    const on = query[key] === value;
    return (
      <button type="button" className={on ? 'chip active' : 'chip'} aria-pressed={on} onClick={() => change({ [key]: on ? null : value })}>
        {text}
      </button>
    );
  };

  return (
    <div className="search-layout">
      <aside className={sheetOpen ? 'search-filters open' : 'search-filters'} aria-label={t('shop.filter.title')}>
        <div className="search-filters-head">
          <h2>{t('shop.filter.title')}</h2>
          <button type="button" className="icon-button" onClick={() => setSheetOpen(false)} aria-label={t('shop.filter.close')}>
            <CloseIcon size={20} />
          </button>
        </div>
        <SearchFilters facets={search.answer?.facets} query={query} hidden={hidden} onChange={change} />
        <div className="search-filters-foot">
          <button type="button" className="btn btn-secondary" onClick={clearAll} disabled={activeCount === 0}>
            {t('shop.filter.clear')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setSheetOpen(false)}>
            {search.answer ? t('shop.filter.show', { count: search.answer.total }) : t('shop.filter.done')}
          </button>
        </div>
      </aside>
      {sheetOpen ? <div className="search-filters-backdrop" onClick={() => setSheetOpen(false)} aria-hidden="true" /> : null}

      <div className="search-main">
        <div className="sort-bar" role="group" aria-label={t('shop.sort.label')}>
          {SORTS.map((s) => {
            const on = s === 'price' ? priceSort : sort === s;
            const next = s === 'price' ? (sort === 'price_asc' ? 'price_desc' : 'price_asc') : s;
            return (
              <button key={s} type="button" className={on ? 'sort-tab active' : 'sort-tab'} aria-pressed={on} onClick={() => change({ sort: next === 'relevance' ? null : next })}>
                {t(`shop.sort.${s}`)}
                {s === 'price' ? <span className="sort-arrow">{sort === 'price_desc' ? '↓' : sort === 'price_asc' ? '↑' : '↕'}</span> : null}
              </button>
            );
          })}
          <button type="button" className={activeCount ? 'sort-tab filter-toggle active' : 'sort-tab filter-toggle'} onClick={() => setSheetOpen(true)}>
            <FilterIcon size={16} />
            {activeCount ? t('shop.filter.openCount', { count: activeCount }) : t('shop.filter.open')}
          </button>
        </div>
        <div className="chips">
          {chip('mode', '1210', t('shop.mode.1210'))}
          {chip('mode', '9610', t('shop.mode.9610'))}
          {chip('inStock', 'true', t('shop.filter.inStockOnly'))}
        </div>
        {active.length > 0 ? (
          <ul className="active-filters" aria-label={t('shop.filter.active')}>
            {active.map((k) => (
              <li key={k}>
                <button type="button" className="active-filter" onClick={() => change(k === 'priceMinFen' ? { priceMinFen: null, priceMaxFen: null } : { [k]: null })} aria-label={t('shop.filter.remove', { value: activeText(k) })}>
                  {activeText(k)}
                  <CloseIcon size={14} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}

        {search.answer && !search.loading ? <p className="search-count" aria-live="polite">{t(search.answer.totalExact ? 'shop.search.count' : 'shop.search.countAtLeast', { count: search.answer.total })}</p> : null}
        {search.error ? <ErrorNotice error={search.error} onRetry={search.reload} /> : null}
        {search.loading ? <ProductGridSkeleton count={6} /> : null}
        {!search.loading && !search.error && search.items.length === 0 ? (
          <div className="store-panel">
            <EmptyState title={activeCount ? t('shop.search.noneFiltered') : empty.title} icon={empty.icon} action={activeCount ? <button type="button" className="btn btn-primary" onClick={clearAll}>{t('shop.filter.clear')}</button> : empty.action}>
              {activeCount ? <p>{t('shop.search.noneFilteredBody')}</p> : empty.body}
            </EmptyState>
          </div>
        ) : null}
        {!search.loading && search.items.length > 0 ? <ProductGrid products={search.items} label={t('shop.search.results')} /> : null}
        {search.moreError ? <ErrorNotice error={search.moreError} onRetry={search.loadMore} /> : null}
        {!search.loading && search.nextCursor ? (
          <div className="load-more">
            <button type="button" className="btn btn-secondary" onClick={search.loadMore} disabled={search.loadingMore}>
              {search.loadingMore ? t('common.loadingMore') : t('common.loadMore')}
            </button>
          </div>
        ) : null}
        {!search.loading && !search.nextCursor && search.items.length > PAGE_HINT ? <p className="search-end muted">{t('shop.search.end')}</p> : null}
      </div>
    </div>
  );
}

const PAGE_HINT = 8;
