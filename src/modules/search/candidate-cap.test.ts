// A broad query is ranked and counted over its newest matches only (CANDIDATE_CAP), so its cost stops
// growing with the catalog. With the cap lowered to 40 on a 600-product catalog: a broad query says
// its total is a lower bound and counts exactly the newest 40 matches; a narrow one is untouched and
// exact; price order stays exact over every match, capped or not.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../bench/catalog-generator.js';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { countMatches } from './query.js';
import { createSearcher, type SearchRequest } from './run-search.js';
import { parseQuery } from './tokenise.js';

const CAP = 40;
let app: TestApp;
let version = 1;

beforeAll(async () => {
  app = await makeTestApp();
  await generateCatalog({ db: app.db, engine: app.engine }, { products: 600, sellers: 12, seed: 9 });
}, 120_000);
afterAll(async () => app?.cleanup());

const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ q, filters: {}, sort: 'relevance', limit: 50, offset: 0, ...extra });
const matches = (q: string) => countMatches(app.db, { engine: app.engine, query: parseQuery(q), filters: {} }, 1_000_000);

/** The doc_ids a query matches, newest first (what the cap keeps the head of). */
async function matchingDocIds(q: string): Promise<number[]> {
  const capped = createSearcher(app.db, app.engine, { candidateCap: 1_000_000 });
  const all = await capped.search(version++, request(q, { sort: 'newest', limit: 50 }), 1000);
  const ids = new Set<string>();
  for (let offset = 0; offset < all.total; offset += 50) for (const r of (await capped.search(version++, request(q, { sort: 'newest', offset }), 1000)).rows) ids.add(r.product_id);
  const docs = await app.db.selectFrom('search_documents').select(['doc_id']).where('product_id', 'in', [...ids]).execute();
  return docs.map((d) => Number(d.doc_id)).sort((a, b) => b - a);
}

describe('candidate cap', () => {
  it('counts a broad query over its newest matches only, and says the total is a lower bound', async () => {
    const broad = '礼盒';
    const n = await matches(broad);
    expect(n).toBeGreaterThan(CAP);
    const answer = await createSearcher(app.db, app.engine, { candidateCap: CAP }).search(version++, request(broad), 1000);
    expect(answer.totalExact).toBe(false);
    expect(answer.total).toBe(CAP);
    // Ranked among the newest CAP matches: every hit is one of them.
    const newest = new Set((await matchingDocIds(broad)).slice(0, CAP));
    const hitDocs = await app.db.selectFrom('search_documents').select('doc_id').where('product_id', 'in', answer.rows.map((r) => r.product_id)).execute();
    expect(hitDocs.length).toBe(answer.rows.length);
    for (const d of hitDocs) expect(newest.has(Number(d.doc_id))).toBe(true);
    // Facet counts add up to the counted candidates.
    expect(answer.facets.category.reduce((s, f) => s + f.count, 0)).toBe(CAP);
  });

  it('leaves a narrow query exact', async () => {
    const { rows } = await sql<{ title_zh: string }>`select title_zh from search_documents order by doc_id limit 1`.execute(app.db);
    const title = rows[0]!.title_zh;
    const n = await matches(title);
    expect(n).toBeLessThanOrEqual(CAP);
    const answer = await createSearcher(app.db, app.engine, { candidateCap: CAP }).search(version++, request(title), 1000);
    expect(answer.totalExact).toBe(true);
    expect(answer.total).toBe(n);
    expect(answer.rows[0]!.title_zh).toBe(title);
  });

  it('keeps price order exact over every match of a broad query', async () => {
    const broad = '礼盒';
    const capped = await createSearcher(app.db, app.engine, { candidateCap: CAP }).search(version++, request(broad, { sort: 'price_asc', limit: 20 }), 1000);
    const whole = await createSearcher(app.db, app.engine, { candidateCap: 1_000_000 }).search(version++, request(broad, { sort: 'price_asc', limit: 20 }), 1000);
    expect(whole.totalExact).toBe(true);
    expect(capped.rows.map((r) => r.product_id)).toEqual(whole.rows.map((r) => r.product_id));
    // And pages on past the counted total.
    expect(capped.nextOffset).toBe(20);
  });
});
