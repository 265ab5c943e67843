// No query reaches the FTS5 or tsquery parser raw, and no input produces a 500: hostile or broken
// queries give 200 with an empty or sensible answer, or a 4xx in the error shape naming the field.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../app.js';
import { loadTestList, storeOwner } from '../catalog.js';
import { TestClient } from '../client.js';
import { loadPricingFixtures } from '../pricing.js';
import { publishProduct, type Published } from './fixtures.js';

let app: TestApp;
let shopper: TestClient;
let cherries: Published;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  cherries = await publishProduct(app, await storeOwner(app), 'CHERRY');
  shopper = new TestClient(app);
});
afterAll(async () => app.cleanup());

const ROUTES = ['/api/v1/search', '/api/v1/search/suggest'];
/** Percent-encodes like a browser, but sends an unpaired surrogate as the bytes a careless client would. */
const encode = (s: string) =>
  [...s]
    .map((c) => {
      try {
        return encodeURIComponent(c);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
const get = (path: string, rawQuery: string) => app.inject({ method: 'GET', url: `${path}?${rawQuery}` });

function expectError(res: { statusCode: number; body: string }, status: number, field: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = JSON.parse(res.body) as { error: { code: string; message: string; details?: { fields?: Array<{ field: string }> } } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.details?.fields?.map((f) => f.field)).toContain(field);
}

describe('bad search input', () => {
  it.each([
    ['empty', 'q=', 'browse'],
    ['blank', 'q=%20%20%20', 'browse'],
    ['a quote', 'q=%22', 'none'],
    ['a star', 'q=*', 'none'],
    ['NEAR(', 'q=NEAR(', 'none'],
    ['FTS syntax', `q=${encodeURIComponent('樱桃" OR title:* NEAR(a b) ^x -y AND')}`, 'none'],
    ['SQL', `q=${encodeURIComponent("'; drop table search_documents; --")}`, 'none'],
    ['emoji', `q=${encodeURIComponent('🍒😀👍🏽')}`, 'none'],
    ['emoji beside a word', `q=${encodeURIComponent('🍒樱桃')}`, 'found'],
    ['an unpaired high surrogate (bad UTF-8)', 'q=%ED%A0%80', 'none'],
    ['a truncated 4-byte sequence', 'q=%F0%9F', 'none'],
    ['an unpaired surrogate beside a word', 'q=%ED%A0%80%E6%A8%B1%E6%A1%83', 'any'],
    ['control characters', 'q=%00%07%1B%7F', 'none'],
    ['percent junk', 'q=%%%zz', 'none'],
    ['200 characters', `q=${encodeURIComponent('樱'.repeat(200))}`, 'none'],
  ])('%s: 200, never an error', async (_name, query, expected) => {
    const res = await get('/api/v1/search', query);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Array<{ productId: string }>; total: number };
    if (expected === 'browse' || expected === 'found') expect(body.items.map((h) => h.productId)).toContain(cherries.id);
    if (expected === 'none') expect(body.total).toBe(body.items.length);
    expect((await get('/api/v1/search/suggest', query)).statusCode).toBe(200);
  });

  it('refuses a q over 200 characters (10,000 here) with 400 naming q, on both routes', async () => {
    for (const path of ROUTES) {
      expectError(await get(path, `q=${'a'.repeat(10_000)}`), 400, 'q');
      expectError(await get(path, `q=${encodeURIComponent('樱'.repeat(201))}`), 400, 'q');
    }
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=51', 'limit'],
    ['limit=abc', 'limit'],
    ['sort=cheapest', 'sort'],
    ['mode=0110', 'mode'],
    ['priceMinFen=-1', 'priceMinFen'],
    ['priceMaxFen=1e20', 'priceMaxFen'],
    ['inStock=maybe', 'inStock'],
    ['state=Michigan', 'state'],
    ['seller=1%20or%201%3D1', 'seller'],
    ['category=%22food%22', 'category'],
    ['cursor=%27%3B--', 'cursor'],
    ['cursor=bzEwMDAwMDAw', 'cursor'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    expectError(await get('/api/v1/search', query), 400, field);
  });

  it('ignores parameters it does not know (tracking tags, cache busters)', async () => {
    expect((await get('/api/v1/search', 'q=cherry&utm_source=x&_=123')).json().items[0].productId).toBe(cherries.id);
  });

  it('answers any string up to 200 characters with 200 on both routes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('"', '*', '(', ')', ':', '^', '-', '+', '樱', '桃', 'a', ' ', 'N', 'E', 'A', 'R', '\'', ';', '\\', '%'), maxLength: 60 })), async (q) => {
        for (const path of ROUTES) {
          const res = await shopper.get(`${path}?q=${encode(q)}`);
          expect(res.statusCode, `${path} ${JSON.stringify(q)}: ${res.body}`).toBe(200);
        }
      }),
      { numRuns: 150 },
    );
  });
});
