// A search from request to answer: the page from one statement, the facets and total from the facet
// combinations (which depend only on the query and the price filter, so other filters, sorts and
// pages reuse them). Answers and combinations are kept in small in-process caches keyed by the index
// version: any reindex moves the version on and empties them, so nothing cached is staler than the index.
import type { Db, Engine } from '../../db/database.js';
import { countFacets, PRICE_BANDS, type Facets } from './facets.js';
import { findCombos, findHits, type Combo, type FilterName, type HitRow, type SearchFilters, type SearchSort } from './query.js';
import { parseQuery, type ParsedQuery } from './tokenise.js';

export type SearchRequest = { q: string; filters: SearchFilters; sort: SearchSort; limit: number; offset: number };
export type SearchResult = { rows: HitRow[]; total: number; facets: Facets; nextOffset: number | null };

const EMPTY_FACETS: Facets = { category: [], state: [], seller: [], mode: [], inStock: [], price: [] };
const MAX_ANSWERS = 2000;
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

export type Searcher = {
  search: (version: number, request: SearchRequest, maxOffset: number) => Promise<SearchResult>;
  suggestHits: (version: number, query: ParsedQuery, limit: number) => Promise<HitRow[]>;
};

export function createSearcher(db: Db, engine: Engine): Searcher {
  let cachedVersion = -1;
  const answers = new Map<string, SearchResult>();
  const comboLists = new Map<string, Promise<Combo[]>>();

  const atVersion = (version: number) => {
    if (version === cachedVersion) return;
    cachedVersion = version;
    answers.clear();
    comboLists.clear();
  };

  function combosFor(query: ParsedQuery | null, filters: SearchFilters): Promise<Combo[]> {
    const price = { priceMinFen: filters.priceMinFen, priceMaxFen: filters.priceMaxFen };
    const key = JSON.stringify([query?.terms ?? null, price]);
    const cached = recall(comboLists, key);
    if (cached) return cached;
    const pending = findCombos(db, { engine, query, filters: price }, PRICE_BANDS, CODE_FILTERS);
    pending.catch(() => comboLists.delete(key));
    return remember(comboLists, key, pending, MAX_COMBO_LISTS);
  }

  return {
    async search(version, request, maxOffset) {
      atVersion(version);
      const key = JSON.stringify(request);
      const cached = recall(answers, key);
      if (cached) return cached;
      const query = request.q.trim() === '' ? null : parseQuery(request.q);
      if (query && query.terms.length === 0) return { rows: [], total: 0, facets: EMPTY_FACETS, nextOffset: null };
      const take = Math.min(request.limit, maxOffset - request.offset);
      const priced = request.filters.priceMinFen !== undefined || request.filters.priceMaxFen !== undefined;
      const rows = await findHits(db, { engine, query, filters: request.filters }, request.sort, take, request.offset);
      const combos = await combosFor(query, request.filters);
      const unpriced = priced ? await combosFor(query, { ...request.filters, priceMinFen: undefined, priceMaxFen: undefined }) : combos;
      const { total, facets } = countFacets(combos, unpriced, request.filters);
      const next = request.offset + rows.length;
      const result = { rows, total, facets, nextOffset: rows.length === take && next < Math.min(total, maxOffset) ? next : null };
      return remember(answers, key, result, MAX_ANSWERS);
    },
    async suggestHits(version, query, limit) {
      atVersion(version);
      return findHits(db, { engine, query, filters: {} }, 'relevance', limit, 0);
    },
  };
}
