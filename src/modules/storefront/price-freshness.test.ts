// Cached storefront answers follow the pricing tables at once: a new FX rate, added through the
// operators' API, shows on the next product page and home request (the pricing version changed),
// and the page then agrees with the quote API; with nothing changed, the cached page is reused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner } from '../../../test/catalog.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { HomeCache } from './home-cache.js';
import { ProductPageCache } from './page-cache.js';

let app: TestApp;
let anon: TestClient;
let op: TestClient;
let productId: string;
let variantId: string;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  const owner = await storeOwner(app);
  anon = new TestClient(app);
  op = (await signedInAs(app, 'operator')).client;
  const product = (await owner.client.post('/api/v1/seller/products', cherryInput({ imageIds: [await productImage(app, owner.sellerId, owner.userId)] }))).json();
  productId = product.id;
  variantId = product.variants[0].id;
  expect((await owner.client.post(`/api/v1/seller/products/${productId}/publish`)).statusCode).toBe(200);
});
afterAll(async () => app.cleanup());

const page = async () => (await anon.get(`/api/v1/storefront/products/${productId}`)).json();
const homePrice = async () => (await anon.get('/api/v1/storefront/home')).json().newArrivals.find((c: { productId: string }) => c.productId === productId).priceFromFen as number;
const quoteTotal = async () => (await anon.post('/api/v1/quotes', { lines: [{ variantId, quantity: 1 }], mode: '9610', province: 'SH' })).json().totals.totalFen as number;
const addRate = async (rate: string) => expect((await op.post('/api/v1/ops/fx-rates', { base: 'USD', quote: 'CNY', rate, source: 'PBOC', effectiveFrom: new Date(Date.now() - 1000).toISOString() })).statusCode).toBe(201);

describe('storefront prices', () => {
  it('show a new FX rate on the next request, page and home, and agree with the quote API', async () => {
    const before = (await page()).variants[0].offers[0].price.totalFen;
    const shelfBefore = await homePrice();
    expect(before).toBe(await quoteTotal());
    await addRate('7.5000');
    const after = (await page()).variants[0].offers[0].price.totalFen;
    expect(after).toBeGreaterThan(before);
    expect(after).toBe(await quoteTotal());
    expect(await homePrice()).toBeGreaterThan(shelfBefore);
  });

  it('reuse a built page and home while nothing changed, and rebuild them after a pricing write', async () => {
    const pages = new ProductPageCache(app.db, { ttlMs: 3_600_000 });
    const home = new HomeCache(app.db, { ttlMs: 3_600_000 });
    const t0 = new Date();
    const [p1, h1] = [await pages.get(productId, t0), await home.get(t0)];
    // A write behind the module's back (no version change) is not seen until the TTL…
    await app.db.updateTable('fx_rates').set({ rate_micro: 7_900_000 }).where('source', '=', 'PBOC').execute();
    const later = new Date(t0.getTime() + 60_000);
    expect(await pages.get(productId, later)).toBe(p1);
    expect(await home.get(later)).toBe(h1);
    // …a write through the module is seen at once.
    await addRate('7.6000');
    const p2 = await pages.get(productId, later);
    expect(p2.etag).not.toBe(p1.etag);
    expect(JSON.parse(p2.body).variants[0].offers[0].price.totalFen).toBe(await quoteTotal());
    expect((await home.get(later)).etag).not.toBe(h1.etag);
  });

  it('keep ETag and 304 on the cached home', async () => {
    const first = await anon.get('/api/v1/storefront/home');
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^W\//);
    expect((await anon.request('GET', '/api/v1/storefront/home', undefined, { headers: { 'if-none-match': etag } })).statusCode).toBe(304);
  });
});
