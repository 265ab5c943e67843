// The product-page cache: an edit of the product, its store or its stock shows at once; pricing
// tables (here a new FX rate) reach a cached page within its pricing TTL, and a page built after
// that agrees with the quote API again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { TestClient } from '../../../test/client.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { ProductPageCache } from './page-cache.js';

let app: TestApp;
let owner: StoreOwner;
let anon: TestClient;
let productId: string;
let variantId: string;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  owner = await storeOwner(app);
  anon = new TestClient(app);
  const input = cherryInput({ imageIds: [await productImage(app, owner.sellerId, owner.userId)] });
  const product = (await owner.client.post('/api/v1/seller/products', input)).json();
  productId = product.id;
  variantId = product.variants[0].id;
  expect((await owner.client.post(`/api/v1/seller/products/${productId}/publish`)).statusCode).toBe(200);
});
afterAll(async () => app.cleanup());

const page = async () => (await anon.get(`/api/v1/storefront/products/${productId}`)).json();
const quoteTotal = async () => (await anon.post('/api/v1/quotes', { lines: [{ variantId, quantity: 1 }], mode: '9610', province: 'SH' })).json().totals.totalFen as number;

describe('product page cache', () => {
  it('shows a product edit and a store edit at once', async () => {
    expect((await page()).titleZh).toBe('美国密歇根蒙莫朗西酸樱桃干 227克');
    const current = (await owner.client.get(`/api/v1/seller/products/${productId}`)).json();
    const edited = await owner.client.request('PUT', `/api/v1/seller/products/${productId}`, { revision: current.revision, product: cherryInput({ titleZh: '酸樱桃干 新包装 227克', imageIds: current.images.map((i: { mediaId: string }) => i.mediaId) }) });
    expect(edited.statusCode).toBe(200);
    expect((await page()).titleZh).toBe('酸樱桃干 新包装 227克');
    await app.db.updateTable('sellers').set({ story_zh: '新的故事', updated_at: new Date().toISOString() }).where('id', '=', owner.sellerId).execute();
    expect((await page()).seller.storyZh).toBe('新的故事');
  });

  it('keeps a page’s prices for at most its pricing TTL, then agrees with the quote API again', async () => {
    const before = (await page()).variants[0].offers[0].price.totalFen;
    expect(before).toBe(await quoteTotal());
    await app.db
      .insertInto('fx_rates')
      .values({ id: 'fxr_00000000000000000000000002', base: 'USD', quote: 'CNY', rate_micro: 7_500_000, source: 'test', effective_from: new Date(Date.now() - 1000).toISOString(), created_by: null, created_at: new Date().toISOString() })
      .execute();
    const after = await quoteTotal();
    expect(after).toBeGreaterThan(before);

    const cache = new ProductPageCache(app.db, { ttlMs: 60_000 });
    const t0 = new Date();
    const first = await cache.get(productId, t0);
    await app.db.updateTable('fx_rates').set({ rate_micro: 7_600_000 }).where('id', '=', 'fxr_00000000000000000000000002').execute();
    expect((await cache.get(productId, new Date(t0.getTime() + 59_000))).body).toBe(first.body);
    const rebuilt = await cache.get(productId, new Date(t0.getTime() + 60_000));
    expect(rebuilt.etag).not.toBe(first.etag);
    expect(JSON.parse(rebuilt.body).variants[0].offers[0].price.totalFen).toBe(await quoteTotal());
  });
});
