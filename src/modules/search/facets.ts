// Facet counts over a search's hits: per category, origin state, store, delivery mode, stock and
// price band. Each facet is counted with every filter but its own, so choosing one category still
// shows how many hits the other categories have. Counted in code over the facet combinations.
import { categoryOf, US_STATES } from '../products/index.js';
import { passes, type Combo, type FilterName, type SearchFilters } from './query.js';
import { MODE_LABELS, STATE_NAMES_ZH } from './state-names.js';

export type FacetValue = { value: string; label: string; count: number };
export type PriceBand = { minFen: number; maxFen: number | null; count: number };
export type Facets = { category: FacetValue[]; state: FacetValue[]; seller: FacetValue[]; mode: FacetValue[]; inStock: FacetValue[]; price: PriceBand[] };

/** Price bands in fen: [min, max) — ¥0–50, 50–100, 100–200, 200–500, 500 and over. */
export const PRICE_BANDS: ReadonlyArray<{ minFen: number; maxFen: number | null }> = [
  { minFen: 0, maxFen: 5_000 },
  { minFen: 5_000, maxFen: 10_000 },
  { minFen: 10_000, maxFen: 20_000 },
  { minFen: 20_000, maxFen: 50_000 },
  { minFen: 50_000, maxFen: null },
];

const SELLER_FACET_LIMIT = 30;

/** Values by count (most first), then by value, at most `limit`. */
function ranked(counts: Map<string, number>, label: (value: string) => string, limit: number): FacetValue[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([value, count]) => ({ value, label: label(value), count }));
}

function countBy(combos: Combo[], filters: SearchFilters, except: FilterName, key: (c: Combo) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of combos) if (passes(c, filters, except)) counts.set(key(c), (counts.get(key(c)) ?? 0) + c.n);
  return counts;
}

/**
 * `combos`: the hits' combinations with the price filter applied; `unpriced`: the same without it
 * (the price facet ignores its own filter). Returns the facets and the total of hits.
 */
export function countFacets(combos: Combo[], unpriced: Combo[], filters: SearchFilters): { total: number; facets: Facets } {
  const sellerNames = new Map(combos.map((c) => [c.seller_id, c.seller_name]));
  const modes = { '9610': 0, '1210': 0 };
  let inStock = 0;
  let total = 0;
  for (const c of combos) {
    if (passes(c, filters)) total += c.n;
    if (passes(c, filters, 'mode')) {
      modes['9610'] += c.mode_9610 * c.n;
      modes['1210'] += c.mode_1210 * c.n;
    }
    if (passes(c, filters, 'inStock')) inStock += c.in_stock * c.n;
  }
  const bands = PRICE_BANDS.map(() => 0);
  for (const c of unpriced) if (c.band >= 0 && passes(c, filters)) bands[c.band]! += c.n;
  const facets: Facets = {
    category: ranked(countBy(combos, filters, 'category', (c) => c.category), (v) => categoryOf(v)?.zh ?? v, 50),
    state: ranked(countBy(combos, filters, 'state', (c) => c.origin_state), (v) => STATE_NAMES_ZH[v] ?? US_STATES[v] ?? v, 60),
    seller: ranked(countBy(combos, filters, 'seller', (c) => c.seller_id), (v) => sellerNames.get(v) ?? v, SELLER_FACET_LIMIT),
    mode: (['1210', '9610'] as const).map((m) => ({ value: m, label: MODE_LABELS[m], count: modes[m] })).filter((m) => m.count > 0),
    inStock: inStock > 0 ? [{ value: 'true', label: '有货', count: inStock }] : [],
    price: PRICE_BANDS.map((b, i) => ({ ...b, count: bands[i] ?? 0 })).filter((b) => b.count > 0),
  };
  return { total, facets };
}
