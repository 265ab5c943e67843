// The demo world is searchable from the first start: the index is built at start-up after seeding,
// and the shopper's journey (樱桃, yingtao, cherry → the Michigan tart cherries) works on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../app.js';
import { drainAll } from './fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp({ SEED_DEMO: 'true' });
}, 120_000);
afterAll(async () => app.cleanup());

type Hit = { productId: string; handle: string; titleZh: string; originState: string; priceFromFen: number | null; inStock: boolean };
const search = async (q: string) => (await app.inject({ method: 'GET', url: `/api/v1/search?q=${encodeURIComponent(q)}` })).json() as { items: Hit[]; total: number };

describe('search over the demo world', () => {
  it('indexes every published demo product at start-up, priced and in stock', async () => {
    const published = await app.db.selectFrom('products').select('id').where('status', '=', 'published').execute();
    const all = await app.inject({ method: 'GET', url: '/api/v1/search?limit=50' });
    expect(all.json().total).toBe(published.length);
    expect(all.json().items.every((h: Hit) => h.priceFromFen !== null && h.priceFromFen > 0)).toBe(true);
  });

  it('finds the Michigan tart cherries by 樱桃, yingtao and cherry, and the same product first for its exact title', async () => {
    const cherries = (await search('樱桃')).items.find((h) => h.handle === 'dried-tart-cherries-unsweetened');
    expect(cherries).toMatchObject({ originState: 'MI', inStock: true });
    for (const q of ['yingtao', 'cherry', '酸樱桃', 'suanyingtao']) expect((await search(q)).items.map((h) => h.productId), q).toContain(cherries!.productId);
    expect((await search(cherries!.titleZh)).items[0]!.productId).toBe(cherries!.productId);
  });

  it('stays consistent once the seed\'s own events are delivered', async () => {
    const before = (await search('樱桃')).total;
    await drainAll(app);
    expect((await search('樱桃')).total).toBe(before);
  });
});
