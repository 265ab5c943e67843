// Search recall on a generated catalog (bench/catalog-generator.ts, 3,000 products, 40 stores), on
// SQLite or PostgreSQL: for a fixed list of 50 queries — 44 Chinese, pinyin and English terms and 6
// exact product titles — every product whose title contains the term is found when paging through
// all results (100 % recall on title substrings), and an exact title puts that product first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../bench/catalog-generator.js';
import { SEARCH_TERMS, titleMatches, type SearchTerm } from '../../bench/search-queries.js';
import { makeTestApp, type TestApp } from '../app.js';

const PRODUCTS = 3000;
/** Products whose title is asked for verbatim (the first unique title at or after each index). */
const EXACT_AT = [
  { at: 11, field: 'zh' },
  { at: 777, field: 'zh' },
  { at: 1501, field: 'zh' },
  { at: 123, field: 'en' },
  { at: 2222, field: 'en' },
  { at: 2999, field: 'en' },
] as const;

type Product = { id: string; zh: string; en: string };
type Page = { items: Array<{ productId: string; titleZh: string; titleEn: string }>; total: number; nextCursor: string | null };

let app: TestApp;
let products: Product[];

beforeAll(async () => {
  app = await makeTestApp();
  await generateCatalog({ db: app.db, engine: app.engine }, { products: PRODUCTS, sellers: 40, seed: 5 });
  products = (await app.db.selectFrom('products').select(['id', 'title_zh', 'title_en']).where('status', '=', 'published').orderBy('id').execute()).map((p) => ({ id: p.id, zh: p.title_zh, en: p.title_en }));
}, 300_000);
afterAll(async () => app?.cleanup());

async function page(q: string, cursor: string | null): Promise<Page> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/search?q=${encodeURIComponent(q)}&limit=50${cursor ? `&cursor=${cursor}` : ''}` });
  expect(res.statusCode, `${q}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json() as Page;
}

/** Every product id the search returns for q, following nextCursor to the end. */
async function allResults(q: string): Promise<{ ids: Set<string>; total: number }> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  let total = 0;
  for (let pages = 0; pages < 25; pages++) {
    const answer = await page(q, cursor);
    total = answer.total;
    for (const hit of answer.items) ids.add(hit.productId);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return { ids, total };
}

describe('search recall on a generated catalog', () => {
  it('has a catalog large enough to mean something', () => {
    expect(products).toHaveLength(PRODUCTS);
  });

  it.each(SEARCH_TERMS.map((t) => [`${t.kind} "${t.q}"`, t] as const))('finds every product whose title contains %s', async (_name, term: SearchTerm) => {
    const expected = products.filter((p) => titleMatches(term, p));
    // A term no generated title contains would test nothing; results past 1,000 cannot be paged.
    expect(expected.length, `titles containing ${term.word}`).toBeGreaterThan(0);
    expect(expected.length, `titles containing ${term.word}`).toBeLessThan(1000);
    const { ids, total } = await allResults(term.q);
    const missing = expected.filter((p) => !ids.has(p.id));
    expect(missing.slice(0, 5).map((p) => `${p.zh} / ${p.en}`), `${missing.length} of ${expected.length} not found for "${term.q}"`).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(expected.length);
  });

  it('puts the product first when the query is its exact title', async () => {
    const count = (field: 'zh' | 'en', title: string) => products.filter((p) => p[field] === title).length;
    const picks = EXACT_AT.map(({ at, field }) => {
      const p = products.slice(at).find((c) => count(field, c[field]) === 1);
      if (!p) throw new Error(`no unique ${field} title after ${at}`);
      return { q: p[field], id: p.id };
    });
    for (const { q, id } of picks) {
      const first = (await page(q, null)).items[0];
      expect(first?.productId, `top result for "${q}": ${first?.titleZh} / ${first?.titleEn}`).toBe(id);
    }
  });
});
