// A search from request to answer: the page from one statement, the facets and total from the facet
// combinations (which depend only on the query and the price filter, so other filters, sorts and
// pages reuse them). Combinations (here) and whole answers (routes.ts) are kept in small in-process
// caches keyed by the index version: any reindex moves the version on and empties them, so nothing cached is staler than the index.
import type { Db, Engine } from '../../db/database.js';
import { countFacets, PRICE_BANDS, type Facets } from './facets.js';
import { CANDIDATE_CAP, countMatches, findCombos, findHits, type Combo, type FilterName, type HitRow, type SearchFilters, type SearchSort } from './query.js';
import { parseQuery, type ParsedQuery } from './tokenise.js';

export type SearchRequest = { q: string; filters: SearchFilters; sort: SearchSort; limit: number; offset: number };
/** `totalExact`: false when the query matched more than the candidate cap (query.ts), so the total and
 * facet counts are of the newest CANDIDATE_CAP matches: a lower bound. */
export type SearchResult = { rows: HitRow[]; total: number; totalExact: boolean; facets: Facets; nextOffset: number | null };

const EMPTY_FACETS: Facets = { category: [], state: [], seller: [], mode: [], inStock: [], price: [] };
const MAX_COMBO_LISTS = 500;
/** Filters applied in code over the combinations (the price filter is applied in SQL). */
const CODE_FILTERS: readonly FilterName[] = ['category', 'state', 'seller', 'mode', 'inStock'];

/** A Map used as an LRU: reading an entry moves it to the end; the oldest go first. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
  return value;
}
function recall<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

/**
 * The most recently used `max` values of one index version: asking for another version empties it,
 * so nothing kept is staler than the index. Concurrent asks for the same key share one computation;
 * a failed one is not kept.
 */
export class VersionedCache<V> {
  private version = -1;
  private readonly entries = new Map<string, Promise<V>>();
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }

  get(version: number, key: string, compute: () => Promise<V>): Promise<V> {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
    const known = recall(this.entries, key);
    if (known) return known;
    const pending = compute();
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    return remember(this.entries, key, pending, this.max);
  }
}

export type Searcher = {
  /** `version`: the index version read before this search (answers are filed under it). */
  search: (version: number, request: SearchRequest, maxOffset: number) => Promise<SearchResult>;
  suggestHits: (query: ParsedQuery, limit: number) => Promise<HitRow[]>;
};

/** `candidateCap`: see CANDIDATE_CAP (tests lower it to reach the capped path on a small catalog). */
export function createSearcher(db: Db, engine: Engine, options: { candidateCap?: number } = {}): Searcher {
  const candidateCap = options.candidateCap ?? CANDIDATE_CAP;
  // Facet combinations depend only on the query and the price filter: other filters, sorts and pages
  // reuse them. Kept per index version of the documents they were counted from.
  const comboLists = new VersionedCache<Combo[]>(MAX_COMBO_LISTS);

  // Whether a query matches more than the cap: counted up to just past it (bounded), once per version.
  const broad = new VersionedCache<boolean>(MAX_COMBO_LISTS * 4);
  const isBroad = (version: number, query: ParsedQuery | null) =>
    query === null ? Promise.resolve(false) : broad.get(version, JSON.stringify(query.terms), async () => (await countMatches(db, { engine, query, filters: {} }, candidateCap + 1)) > candidateCap);

  function combosFor(version: number, query: ParsedQuery | null, filters: SearchFilters, cap: number | null): Promise<Combo[]> {
    const price = { priceMinFen: filters.priceMinFen, priceMaxFen: filters.priceMaxFen };
    return comboLists.get(version, JSON.stringify([query?.terms ?? null, price]), () => findCombos(db, { engine, query, filters: price, cap }, PRICE_BANDS, CODE_FILTERS));
  }

  return {
    async search(version, request, maxOffset) {
      const query = request.q.trim() === '' ? null : parseQuery(request.q);
      if (query && query.terms.length === 0) return { rows: [], total: 0, totalExact: true, facets: EMPTY_FACETS, nextOffset: null };
      const take = Math.min(request.limit, maxOffset - request.offset);
      const priced = request.filters.priceMinFen !== undefined || request.filters.priceMaxFen !== undefined;
      const capped = await isBroad(version, query);
      const cap = capped ? candidateCap : null;
      const rows = await findHits(db, { engine, query, filters: request.filters, cap }, request.sort, take, request.offset);
      const combos = await combosFor(version, query, request.filters, cap);
      const unpriced = priced ? await combosFor(version, query, { ...request.filters, priceMinFen: undefined, priceMaxFen: undefined }, cap) : combos;
      const { total, facets } = countFacets(combos, unpriced, request.filters);
      const next = request.offset + rows.length;
      // Capped: a price or date order still pages through every match, beyond the counted total.
      const end = capped ? maxOffset : Math.min(total, maxOffset);
      return { rows, total, totalExact: !capped, facets, nextOffset: rows.length === take && next < end ? next : null };
    },
    suggestHits: async (query, limit) => findHits(db, { engine, query, filters: {}, cap: candidateCap }, 'relevance', limit, 0),
  };
}
