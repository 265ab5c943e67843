// The storefront's public reads through the real routes: only published products of active stores,
// prices equal to what the quote API charges, stock states from inventory, and ETag/304 caching.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadPricingFixtures } from '../../../test/pricing.js';

let app: TestApp;
let owner: StoreOwner;
let anon: TestClient;
let cherries: { id: string; variants: Array<{ id: string; sku: string }> };

const TWO_SIZES = {
  shippingModes: ['9610', '1210'] as Array<'9610' | '1210'>,
  variants: [
    { sku: 'TBC-227', options: { 规格: '227克' }, barcode: '0012345678905', weightGrams: 260, priceMinor: 1299, statutoryUnit: 'g' as const, statutoryQty: 227 },
    { sku: 'TBC-454', options: { 规格: '454克' }, barcode: null, weightGrams: 500, priceMinor: 1999, statutoryUnit: 'g' as const, statutoryQty: 454 },
  ],
};

async function createProduct(o: StoreOwner, overrides: Parameters<typeof cherryInput>[0], publish: boolean) {
  const res = await o.client.post('/api/v1/seller/products', cherryInput({ imageIds: [await productImage(app, o.sellerId, o.userId)], ...overrides }));
  expect(res.statusCode).toBe(201);
  const product = res.json();
  if (publish) expect((await o.client.post(`/api/v1/seller/products/${product.id}/publish`)).statusCode).toBe(200);
  return product;
}

const stock = (o: StoreOwner, variantId: string, location: 'us_warehouse' | 'bonded', delta: number) =>
  o.client.post('/api/v1/seller/stock/adjustments', { variantId, location, delta, reason: 'received' });

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  owner = await storeOwner(app);
  anon = new TestClient(app);
  const store = await owner.client.request('PUT', '/api/v1/seller/store', {
    storeNameEn: 'Traverse Bay Cherry Farm',
    storeNameZh: '特拉弗斯湾樱桃农场',
    storyZh: '我们在密歇根州种了四代酸樱桃。',
    city: 'Traverse City',
    shippingModes: ['9610', '1210'],
    foodFacilityNumber: 'USA-MI-2024-000123',
  });
  expect(store.statusCode).toBe(200);
  cherries = await createProduct(owner, TWO_SIZES, true);
  expect((await stock(owner, cherries.variants[0]!.id, 'us_warehouse', 40)).statusCode).toBe(200);
  expect((await stock(owner, cherries.variants[0]!.id, 'bonded', 3)).statusCode).toBe(200);
});
afterAll(async () => app.cleanup());

describe('GET /api/v1/storefront/products/:productId', () => {
  it('shows a published product with its label, store story, stock per mode and the quote API’s prices', async () => {
    const res = await anon.get(`/api/v1/storefront/products/${cherries.id}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({
      productId: cherries.id,
      titleZh: '美国密歇根蒙莫朗西酸樱桃干 227克',
      titleEn: 'Dried Montmorency Tart Cherries 227 g',
      brand: 'Traverse Bay',
      originState: 'MI',
      modes: ['9610', '1210'],
      province: 'SH',
      label: { ingredients: '酸樱桃、蔗糖、葵花籽油', shelfLife: '12个月' },
      attributes: { 产地: '美国密歇根州' },
      seller: { sellerId: owner.sellerId, nameZh: '特拉弗斯湾樱桃农场', storyZh: '我们在密歇根州种了四代酸樱桃。' },
    });
    expect(page.images[0].url).toMatch(/^\/media\//);
    const [small, large] = page.variants;
    expect(small.offers.map((o: { stock: string; available: number }) => [o.stock, o.available])).toEqual([['in_stock', 40], ['low_stock', 3]]);
    expect(large.offers.map((o: { stock: string }) => o.stock)).toEqual(['out_of_stock', 'out_of_stock']);

    for (const variant of page.variants) {
      for (const offer of variant.offers) {
        const quote = (await anon.post('/api/v1/quotes', { lines: [{ variantId: variant.variantId, quantity: 1 }], mode: offer.mode, province: 'SH' })).json();
        expect(offer.price).toEqual({
          shelfFen: quote.totals.goodsFen,
          taxFen: quote.totals.taxFen,
          freightFen: quote.totals.freightFen,
          insuranceFen: quote.totals.insuranceFen,
          totalFen: quote.totals.totalFen,
          taxPath: quote.taxPath,
          payable: quote.payable,
        });
        expect(offer.delivery).toEqual(quote.delivery);
      }
    }
    // Fixtures: 9610 to zone A is 7–12 days, 1210 is 1–3; dried fruit pays 9 % VAT at 70 %.
    expect(small.offers[0].delivery).toEqual({ minDays: 7, maxDays: 12 });
    expect(small.offers[1].delivery).toEqual({ minDays: 1, maxDays: 3 });
    expect(small.offers[0].price.taxFen).toBeGreaterThan(0);
  });

  it('answers 404 for drafts, suspended, archived and unknown products', async () => {
    const draft = await createProduct(owner, { handle: 'draft-cherries', variants: [{ ...TWO_SIZES.variants[0]!, sku: 'TBC-D1', barcode: null }] }, false);
    const suspended = await createProduct(owner, { handle: 'suspended-cherries', variants: [{ ...TWO_SIZES.variants[0]!, sku: 'TBC-S1', barcode: null }] }, true);
    const { client: operator } = await signedInAs(app, 'operator');
    expect((await operator.post(`/api/v1/ops/products/${suspended.id}/suspend`, { reason: 'Label photo does not match the product' })).statusCode).toBe(200);
    const archived = await createProduct(owner, { handle: 'archived-cherries', variants: [{ ...TWO_SIZES.variants[0]!, sku: 'TBC-A1', barcode: null }] }, true);
    expect((await owner.client.post(`/api/v1/seller/products/${archived.id}/archive`)).statusCode).toBe(200);
    for (const id of [draft.id, suspended.id, archived.id, 'prd_00000000000000000000000000', 'not-an-id', '%F0%9F%8D%92']) {
      const res = await anon.get(`/api/v1/storefront/products/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await anon.get(`/api/v1/storefront/products/${'x'.repeat(80)}`)).statusCode).toBe(400);
    const tooLong = await anon.get(`/api/v1/storefront/products/${'x'.repeat(300)}`);
    expect([404, 414]).toContain(tooLong.statusCode);
    expect(tooLong.json().error.code).toBeTruthy();
    const home = (await anon.get('/api/v1/storefront/home')).json();
    const shown = [...home.featured, ...home.newArrivals].map((c: { productId: string }) => c.productId);
    expect(shown).not.toContain(draft.id);
    expect(shown).not.toContain(suspended.id);
    expect(shown).not.toContain(archived.id);
  });
});

describe('GET /api/v1/storefront/home and /sellers/:sellerId', () => {
  it('lists published products with prices from the quote engine, categories with counts and stories by state', async () => {
    const home = (await anon.get('/api/v1/storefront/home')).json();
    const card = home.newArrivals.find((c: { productId: string }) => c.productId === cherries.id);
    const cheapest = (await anon.post('/api/v1/quotes', { lines: [{ variantId: cherries.variants[0]!.id, quantity: 1 }], mode: '9610', province: 'SH' })).json();
    expect(card).toMatchObject({ sellerName: '特拉弗斯湾樱桃农场', inStock: true, modes: ['9610', '1210'], category: 'food', priceFromFen: cheapest.lines[0].unitPriceFen });
    expect(card.imageUrl).toMatch(/^\/media\//);
    expect(home.featured.filter((c: { sellerId: string }) => c.sellerId === owner.sellerId)).toHaveLength(1);
    const food = home.categories.find((c: { code: string }) => c.code === 'food');
    expect(food).toEqual({ code: 'food', nameZh: '食品与农产品', count: (await publishedCount()) });
    const storyState = home.stories.find((s: { sellers: Array<{ sellerId: string }> }) => s.sellers.some((x: { sellerId: string }) => x.sellerId === owner.sellerId));
    expect(storyState.sellers[0]).toMatchObject({ nameZh: '特拉弗斯湾樱桃农场', storyZh: '我们在密歇根州种了四代酸樱桃。' });
  });

  it('shows an active store with its products, and 404 for unknown or suspended stores', async () => {
    const res = await anon.get(`/api/v1/storefront/sellers/${owner.sellerId}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.seller).toMatchObject({ sellerId: owner.sellerId, nameZh: '特拉弗斯湾樱桃农场', nameEn: 'Traverse Bay Cherry Farm' });
    expect([...page.seller.shippingModes].sort()).toEqual(['1210', '9610']);
    expect(page.products.map((p: { productId: string }) => p.productId)).toContain(cherries.id);
    expect(page.products.every((p: { sellerId: string }) => p.sellerId === owner.sellerId)).toBe(true);
    expect((await anon.get('/api/v1/storefront/sellers/sel_00000000000000000000000000')).statusCode).toBe(404);

    const other = await storeOwner(app);
    const theirs = await createProduct(other, { handle: 'other-cherries', variants: [{ ...TWO_SIZES.variants[0]!, sku: 'OTH-1', barcode: null }] }, true);
    expect((await anon.get(`/api/v1/storefront/products/${theirs.id}`)).statusCode).toBe(200);
    await app.db.updateTable('sellers').set({ status: 'suspended' }).where('id', '=', other.sellerId).execute();
    expect((await anon.get(`/api/v1/storefront/sellers/${other.sellerId}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/v1/storefront/products/${theirs.id}`)).statusCode).toBe(404);
    const home = (await anon.get('/api/v1/storefront/home')).json();
    expect(home.newArrivals.map((c: { productId: string }) => c.productId)).not.toContain(theirs.id);
  });
});

describe('caching', () => {
  it('tags answers with a weak ETag, answers 304 to a matching If-None-Match, and changes the tag when the content changes', async () => {
    for (const url of ['/api/v1/storefront/home', `/api/v1/storefront/products/${cherries.id}`, `/api/v1/storefront/sellers/${owner.sellerId}`]) {
      const first = await anon.get(url);
      const etag = first.headers['etag'] as string;
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect((await anon.get(url)).headers['etag']).toBe(etag);
      const notModified = await anon.get(url, { headers: { 'if-none-match': etag } });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
      expect((await anon.get(url, { headers: { 'if-none-match': `"other", ${etag.slice(2)}` } })).statusCode).toBe(304);
      expect((await anon.get(url, { headers: { 'if-none-match': 'W/"stale"' } })).statusCode).toBe(200);
    }
    const url = `/api/v1/storefront/products/${cherries.id}`;
    const before = (await anon.get(url)).headers['etag'];
    expect((await stock(owner, cherries.variants[1]!.id, 'bonded', 10)).statusCode).toBe(200);
    const afterStock = await anon.get(url, { headers: { 'if-none-match': before as string } });
    expect(afterStock.statusCode).toBe(200);
    expect(afterStock.json().variants[1].offers[1].stock).toBe('in_stock');
    expect(afterStock.headers['etag']).not.toBe(before);
    expect((await anon.get('/api/v1/storefront/products/prd_00000000000000000000000000')).headers['etag']).toBeUndefined();
  });
});

async function publishedCount(): Promise<number> {
  const rows = await app.db.selectFrom('products').innerJoin('sellers', 'sellers.id', 'products.seller_id').select('products.id').where('products.status', '=', 'published').where('products.category', '=', 'food').where('sellers.status', '=', 'active').execute();
  return rows.length;
}
