// The search itself, one interface over both engines. The full-text match is FTS5 with bm25 column
// weights (title 10 > attributes/meta 4 > description 1) on SQLite, a weighted tsvector (A/B/C) with
// ts_rank on PostgreSQL; everything around it is the same SQL on both. A search is two statements:
// the page (ordered, limited) and the facet "combinations" — the hits grouped by every facet column
// at once — which code then adds up per facet, each ignoring its own filter.
// The match text is built from our own terms (tokenise.ts) and bound as a parameter, never spliced.
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx, Engine } from '../../db/database.js';
import { ftsQuery, tsQuery, type ParsedQuery } from './tokenise.js';

export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'best_selling';
export type SearchFilters = {
  category?: string | undefined;
  state?: string | undefined;
  seller?: string | undefined;
  mode?: '9610' | '1210' | undefined;
  inStock?: boolean | undefined;
  priceMinFen?: number | undefined;
  priceMaxFen?: number | undefined;
};
export type FilterName = 'category' | 'state' | 'seller' | 'mode' | 'inStock' | 'price';

/** A search's shape: the parsed query (null: browse everything) and the filters. */
/** `cap`: rank and count only the newest `cap` matches (a broad query, see CANDIDATE_CAP). */
export type Search = { engine: Engine; query: ParsedQuery | null; filters: SearchFilters; cap?: number | null };

export type HitRow = {
  product_id: string;
  handle: string;
  title_zh: string;
  title_en: string;
  brand: string;
  seller_id: string;
  seller_name: string;
  origin_state: string;
  category: string;
  image_url: string | null;
  price_from_fen: number | string | null;
  mode_9610: number;
  mode_1210: number;
  in_stock: number;
  published_at: string;
};

/** Hits sharing every facet column; `band` is the price band's index (-1: no price). */
export type Combo = { category: string; origin_state: string; seller_id: string; seller_name: string; mode_9610: number; mode_1210: number; in_stock: number; band: number; n: number };

const COLUMNS = sql.raw(
  'd.product_id, d.handle, d.title_zh, d.title_en, d.brand, d.seller_id, d.seller_name, d.origin_state, d.category, d.image_url, d.price_from_fen, d.mode_9610, d.mode_1210, d.in_stock, d.published_at',
);

/**
 * A broad query's relevance ranking and facet counts look at its CANDIDATE_CAP most recently
 * indexed matches, not all of them: ranking or counting every match costs time in proportion to the
 * catalog (at 1,000,000 products a common word matches tens of thousands). On SQLite the capped match
 * walks FTS5's doclists newest first and stops, so the work is bounded; on PostgreSQL the GIN match is
 * still whole but the ranking and grouping are not. Price and date orders stay exact over every match.
 */
export const CANDIDATE_CAP = 3000;

/**
 * FROM/JOIN for the matched documents, and the score expression (higher is better). `scored`: false
 * when the order does not use the score (price, newest, best-selling, facet counts), which spares
 * computing bm25 for every match. `cap`: only the newest `cap` matches.
 */
function source(s: Search, scored: boolean, cap: number | null): { from: RawBuilder<unknown>; score: RawBuilder<unknown> } {
  if (!s.query) return { from: sql`search_documents d`, score: sql`0` };
  const limit = cap !== null ? sql`order by rowid desc limit ${sql.lit(cap)}` : sql``;
  if (s.engine === 'sqlite') {
    // CROSS JOIN fixes the join order: the match drives and documents are looked up by doc_id. With a
    // plain JOIN the planner may start from a filter's index (category = …) and run the FTS match
    // once per document: 20 s instead of 60 ms at 100,000 products.
    const score = scored ? sql`, -bm25(search_fts, 10.0, 4.0, 1.0, 4.0) as score` : sql``;
    return {
      from: sql`(select rowid as rid${score} from search_fts where search_fts match ${ftsQuery(s.query.terms)} ${limit}) m cross join search_documents d on d.doc_id = m.rid`,
      score: scored ? sql`m.score` : sql`0`,
    };
  }
  const tsq = sql`to_tsquery('simple', ${tsQuery(s.query.terms)})`;
  const from =
    cap !== null
      ? sql`(select doc_id as rid from search_documents where tsv @@ ${tsq} order by doc_id desc limit ${sql.lit(cap)}) m join search_documents d on d.doc_id = m.rid`
      : sql`search_documents d`;
  return { from, score: scored ? sql`ts_rank(d.tsv, ${tsq})` : sql`0` };
}

/** How many documents match the query, counting no further than `upTo` (bounded work). */
export async function countMatches(db: DbOrTrx, s: Search, upTo: number): Promise<number> {
  if (!s.query) return upTo;
  const q =
    s.engine === 'sqlite'
      ? sql<{ n: number }>`select count(*) as n from (select rowid from search_fts where search_fts match ${ftsQuery(s.query.terms)} limit ${sql.lit(upTo)})`
      : sql<{ n: number }>`select count(*) as n from (select 1 from search_documents where tsv @@ to_tsquery('simple', ${tsQuery(s.query.terms)}) limit ${sql.lit(upTo)}) m`;
  const { rows } = await q.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The match (PostgreSQL, uncapped; otherwise the FROM does it) and the filters, leaving out `except` ones. */
function conditions(s: Search, except: readonly FilterName[], capped: boolean): RawBuilder<unknown>[] {
  const f = s.filters;
  const on = (name: FilterName) => !except.includes(name);
  const out: RawBuilder<unknown>[] = [];
  if (s.query && s.engine === 'postgres' && !capped) out.push(sql`d.tsv @@ to_tsquery('simple', ${tsQuery(s.query.terms)})`);
  if (f.category !== undefined && on('category')) out.push(sql`d.category = ${f.category}`);
  if (f.state !== undefined && on('state')) out.push(sql`d.origin_state = ${f.state}`);
  if (f.seller !== undefined && on('seller')) out.push(sql`d.seller_id = ${f.seller}`);
  if (f.mode !== undefined && on('mode')) out.push(f.mode === '9610' ? sql`d.mode_9610 = 1` : sql`d.mode_1210 = 1`);
  if (f.inStock === true && on('inStock')) out.push(sql`d.in_stock = 1`);
  if (f.priceMinFen !== undefined && on('price')) out.push(sql`d.price_from_fen >= ${f.priceMinFen}`);
  if (f.priceMaxFen !== undefined && on('price')) out.push(sql`d.price_from_fen < ${f.priceMaxFen}`);
  return out;
}

const whereOf = (cs: RawBuilder<unknown>[]) => (cs.length ? sql`where ${sql.join(cs, sql` and `)}` : sql``);

function orderFor(s: Search, sort: SearchSort): RawBuilder<unknown> {
  // Unpriced products (no FX rate in force) go last in either price order.
  const unpricedLast = sql`case when d.price_from_fen is null then 1 else 0 end`;
  // Ties broken by product id in the same direction, so the composite indexes serve the order.
  const popular = sql`d.sales_count desc, d.published_at desc, d.product_id desc`;
  switch (sort) {
    case 'price_asc':
      return sql`${unpricedLast}, d.price_from_fen asc, d.product_id`;
    case 'price_desc':
      return sql`${unpricedLast}, d.price_from_fen desc, d.product_id`;
    case 'newest':
      return sql`d.published_at desc, d.product_id desc`;
    case 'best_selling':
      return popular;
    case 'relevance': {
      if (!s.query) return popular;
      const key = s.query.key;
      const contains = (col: string) => (s.engine === 'sqlite' ? sql`instr(${sql.ref(col)}, ${key}) > 0` : sql`strpos(${sql.ref(col)}, ${key}) > 0`);
      // The exact title first, then titles containing the whole query, then the engine's score.
      const boost = sql`case when d.title_key = ${key} or d.title_en_key = ${key} then 2 when ${contains('d.title_key')} or ${contains('d.title_en_key')} then 1 else 0 end`;
      return sql`${boost} desc, score desc, ${popular}`;
    }
  }
}

/** One page of hits in a total order (ties broken by product id, so pages never overlap). */
export async function findHits(db: DbOrTrx, s: Search, sort: SearchSort, limit: number, offset: number): Promise<HitRow[]> {
  const cap = sort === 'relevance' ? (s.cap ?? null) : null;
  const { from, score } = source(s, sort === 'relevance', cap);
  const { rows } = await sql<HitRow>`select ${COLUMNS}, ${score} as score from ${from} ${whereOf(conditions(s, [], cap !== null))}
    order by ${orderFor(s, sort)} limit ${limit} offset ${offset}`.execute(db);
  return rows;
}

/** The hits grouped by every facet column, with `except` filters left out. */
export async function findCombos(db: DbOrTrx, s: Search, bands: ReadonlyArray<{ minFen: number; maxFen: number | null }>, except: readonly FilterName[]): Promise<Combo[]> {
  const cap = s.cap ?? null;
  const { from } = source(s, false, cap);
  const band = sql`case ${sql.join(
    bands.map((b, i) => sql`when d.price_from_fen >= ${sql.lit(b.minFen)}${b.maxFen === null ? sql`` : sql` and d.price_from_fen < ${sql.lit(b.maxFen)}`} then ${sql.lit(i)}`),
    sql` `,
  )} else -1 end`;
  const { rows } = await sql<Combo>`select d.category, d.origin_state, d.seller_id, max(d.seller_name) as seller_name, d.mode_9610, d.mode_1210, d.in_stock,
    ${band} as band, count(*) as n from ${from} ${whereOf(conditions(s, except, cap !== null))}
    group by 1, 2, 3, 5, 6, 7, 8`.execute(db);
  for (const r of rows) {
    r.n = Number(r.n);
    r.band = Number(r.band);
    r.mode_9610 = Number(r.mode_9610);
    r.mode_1210 = Number(r.mode_1210);
    r.in_stock = Number(r.in_stock);
  }
  return rows;
}

/** Whether a combination passes the filters but `except` (price is applied in SQL, see findCombos). */
export function passes(c: Combo, f: SearchFilters, except?: FilterName): boolean {
  if (f.category !== undefined && except !== 'category' && c.category !== f.category) return false;
  if (f.state !== undefined && except !== 'state' && c.origin_state !== f.state) return false;
  if (f.seller !== undefined && except !== 'seller' && c.seller_id !== f.seller) return false;
  if (f.mode !== undefined && except !== 'mode' && (f.mode === '9610' ? c.mode_9610 : c.mode_1210) !== 1) return false;
  if (f.inStock === true && except !== 'inStock' && c.in_stock !== 1) return false;
  return true;
}
