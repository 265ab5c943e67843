// The facet panel of a results page: category, delivery mode, origin state, store, price range and
// in-stock, each value with its count. One value per facet; the choice lives in the URL.
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { findCategory } from './categories';
import type { FilterKey, SearchQuery } from './use-product-search';
import type { FacetValue, PriceBucket, SearchAnswer } from './storefront-types';

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
export const formatYuan = (fen: number) => yuan.format(Math.floor(fen / 100));

export function priceRangeText(minFen: number, maxFen: number | null, t: ReturnType<typeof useT>['t']): string {
  if (maxFen === null) return t('shop.filter.priceAbove', { min: formatYuan(minFen) });
  if (minFen <= 0) return t('shop.filter.priceBelow', { max: formatYuan(maxFen) });
  return t('shop.filter.priceBetween', { min: formatYuan(minFen), max: formatYuan(maxFen) });
}

/** How a facet value reads in the shopper's language (the server's label is the fallback). */
export function useFacetLabel() {
  const { t, locale } = useT();
  return (facet: FilterKey, value: string, label?: string): string => {
    if (facet === 'category' && findCategory(value)) return t(`store.cat.${findCategory(value)!.slug}`);
    if (facet === 'state') return stateName(value, locale);
    if (facet === 'mode') return value === '1210' ? t('shop.mode.1210') : value === '9610' ? t('shop.mode.9610') : (label ?? value);
    if (facet === 'inStock') return t('shop.filter.inStockOnly');
    return label ?? value;
  };
}

type Props = {
  facets: SearchAnswer['facets'] | undefined;
  query: SearchQuery;
  hidden: ReadonlySet<FilterKey>;
  onChange: (changes: Partial<Record<FilterKey, string | null>>) => void;
};

export function SearchFilters({ facets, query, hidden, onChange }: Props) {
  const { t } = useT();
  const label = useFacetLabel();
  const groups: Array<{ key: Exclude<FilterKey, 'priceMinFen' | 'priceMaxFen'>; title: string; values: FacetValue[] }> = [
    { key: 'category', title: t('shop.filter.category'), values: facets?.category ?? [] },
    { key: 'mode', title: t('shop.filter.mode'), values: facets?.mode ?? [] },
    { key: 'state', title: t('shop.filter.state'), values: facets?.state ?? [] },
    { key: 'seller', title: t('shop.filter.seller'), values: facets?.seller ?? [] },
    { key: 'inStock', title: t('shop.filter.inStock'), values: (facets?.inStock ?? []).filter((v) => v.value === 'true') },
  ];
  return (
    <div className="facets">
      {groups
        .filter((g) => !hidden.has(g.key) && (g.values.length > 0 || query[g.key]))
        .map((g) => (
          <fieldset key={g.key} className="facet">
            <legend className="facet-title">{g.title}</legend>
            <ul className="facet-values">
              {g.values.map((v) => {
                const active = query[g.key] === v.value;
                return (
                  <li key={v.value}>
                    <button type="button" className={active ? 'facet-value active' : 'facet-value'} aria-pressed={active} onClick={() => onChange({ [g.key]: active ? null : v.value })}>
                      <span>{label(g.key, v.value, v.label)}</span>
                      <span className="facet-count">{v.count}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      {(facets?.price.length ?? 0) > 0 ? (
        <fieldset className="facet">
          <legend className="facet-title">{t('shop.filter.price')}</legend>
          <ul className="facet-values">
            {facets!.price.map((b: PriceBucket) => {
              const active = query.priceMinFen === String(b.minFen) && (query.priceMaxFen ?? '') === (b.maxFen === null ? '' : String(b.maxFen));
              return (
                <li key={b.minFen}>
                  <button
                    type="button"
                    className={active ? 'facet-value active' : 'facet-value'}
                    aria-pressed={active}
                    onClick={() => onChange(active ? { priceMinFen: null, priceMaxFen: null } : { priceMinFen: String(b.minFen), priceMaxFen: b.maxFen === null ? null : String(b.maxFen) })}
                  >
                    <span>{priceRangeText(b.minFen, b.maxFen, t)}</span>
                    <span className="facet-count">{b.count}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
