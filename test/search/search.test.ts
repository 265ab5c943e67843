// Search over HTTP on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): the index
// follows publishing, editing, suspending and stock through events; facets, sorting, paging, caching.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildSearchIndex } from '../../src/modules/search/index.js';
import { makeTestApp, type TestApp } from '../app.js';
import { cherryInput, loadTestList, storeOwner, type StoreOwner } from '../catalog.js';
import { TestClient } from '../client.js';
import { signedInAs } from '../factories.js';
import { loadPricingFixtures } from '../pricing.js';
import { addStock, almondInput, drainAll, publishProduct, walletInput, type Published } from './fixtures.js';

let app: TestApp;
let farm: StoreOwner;
let leather: StoreOwner;
let shopper: TestClient;
let cherries: Published;
let almonds: Published;
let wallet: Published;

type Hit = { productId: string; titleZh: string; priceFromFen: number | null; inStock: boolean; modes: string[]; imageUrl: string | null; sellerName: string };
const search = async (query: string) => {
  const res = await shopper.get(`/api/v1/search?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Hit[]; total: number; facets: Record<string, Array<{ value: string; label: string; count: number }>> & { price: Array<{ minFen: number; maxFen: number | null; count: number }> }; nextCursor: string | null };
};
const idsFor = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).items.map((h) => h.productId);

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  farm = await storeOwner(app);
  leather = await storeOwner(app);
  shopper = new TestClient(app);
  cherries = await publishProduct(app, farm, 'CHERRY');
  almonds = await publishProduct(app, farm, 'ALMOND', almondInput());
  wallet = await publishProduct(app, leather, 'WALLET', walletInput());
  await addStock(app, farm, cherries.variantId, 'us_warehouse', 10);
  await addStock(app, leather, wallet.variantId, 'bonded', 5);
});
afterAll(async () => app.cleanup());

describe('search', () => {
  it('finds a published product by Chinese, pinyin (full and initials) and English', async () => {
    for (const q of ['樱桃', '樱', 'yingtao', 'yt', 'cherry', 'Cherries', 'tart cher', '蒙莫朗西', '密歇根', 'Michigan', 'traverse bay', '特拉弗斯湾']) {
      expect(await idsFor(q), q).toContain(cherries.id);
    }
    expect(await idsFor('礼盒')).toEqual([almonds.id]);
    expect(await idsFor('钱包')).toEqual([wallet.id]);
    expect(await idsFor('qianbao')).toEqual([wallet.id]);
  });

  it('answers hits with the shelf price from pricing, the first image, stock and modes', async () => {
    const [hit] = (await search('q=樱桃')).items;
    // 12.99 USD × 7.185 = 93.33315 CNY, rounded up to the jiao (the default rounding): 93.40.
    expect(hit).toMatchObject({ productId: cherries.id, titleZh: '美国密歇根蒙莫朗西酸樱桃干 227克', priceFromFen: 9340, inStock: true, modes: ['9610'], sellerName: '特拉弗斯湾樱桃农场' });
    expect(hit!.imageUrl).toMatch(/^\/media\//);
    const almond = (await search('q=礼盒')).items[0]!;
    expect(almond).toMatchObject({ inStock: false, modes: ['1210', '9610'], priceFromFen: 18680 });
  });

  it('puts the product whose Chinese title is the query first', async () => {
    const other = await publishProduct(app, farm, 'CHERRY2', { titleZh: '樱桃干 樱桃 樱桃酱 美国密歇根蒙莫朗西酸樱桃干 227克 樱桃', titleEn: 'Cherry cherry cherry jam' });
    const res = await search(`q=${encodeURIComponent('美国密歇根蒙莫朗西酸樱桃干 227克')}`);
    expect(res.items[0]!.productId).toBe(cherries.id);
    expect(res.items.map((h) => h.productId)).toContain(other.id);
    await farm.client.post(`/api/v1/seller/products/${other.id}/archive`);
    await drainAll(app);
    expect(await idsFor('樱桃酱')).toEqual([]);
  });

  it('follows edits, suspension and reinstatement without a rebuild', async () => {
    const current = (await farm.client.get(`/api/v1/seller/products/${cherries.id}`)).json();
    const edited = await farm.client.request('PUT', `/api/v1/seller/products/${cherries.id}`, {
      product: {
        ...cherryInput({ titleEn: 'Dried Tart Cherries with Pits Removed', imageIds: current.images.map((i: { mediaId: string }) => i.mediaId) }),
        variants: current.variants.map((v: { id: string; sku: string }) => ({ ...cherryInput().variants[0]!, id: v.id, sku: v.sku, barcode: undefined })),
      },
      revision: current.revision,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    await drainAll(app);
    expect(await idsFor('pits')).toEqual([cherries.id]);

    const { client: op } = await signedInAs(app, 'operator');
    expect((await op.post(`/api/v1/ops/products/${cherries.id}/suspend`, { reason: 'Label under review' })).statusCode).toBe(200);
    await drainAll(app);
    for (const q of ['樱桃', 'yingtao', 'cherry']) expect(await idsFor(q), q).not.toContain(cherries.id);
    expect((await search('')).items.map((h) => h.productId)).not.toContain(cherries.id);

    expect((await op.post(`/api/v1/ops/products/${cherries.id}/reinstate`, { reason: 'Label fixed' })).statusCode).toBe(200);
    expect((await farm.client.post(`/api/v1/seller/products/${cherries.id}/publish`)).statusCode).toBe(200);
    await drainAll(app);
    expect(await idsFor('樱桃')).toContain(cherries.id);
  });

  it('follows stock: a product whose stock runs out is shown out of stock and left out by inStock=true', async () => {
    await addStock(app, leather, wallet.variantId, 'bonded', -5);
    expect((await search('q=钱包')).items[0]!.inStock).toBe(false);
    expect((await search('q=钱包&inStock=true')).total).toBe(0);
    await addStock(app, leather, wallet.variantId, 'bonded', 3);
    expect((await search('q=钱包&inStock=true')).items.map((h) => h.productId)).toEqual([wallet.id]);
  });

  it('never shows drafts (any store\'s), only published products', async () => {
    const draft = await publishProduct(app, leather, 'DRAFT', { titleZh: '未发布的樱桃草稿', titleEn: 'Unreleased cherry draft' }, { publish: false });
    for (const q of ['草稿', 'unreleased', 'caogao', '']) expect(await idsFor(q), q).not.toContain(draft.id);
    const sellerView = (await leather.client.get(`/api/v1/search?q=${encodeURIComponent('草稿')}`)).json();
    expect(sellerView.total).toBe(0);
    const count = await app.db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const published = await app.db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(Number(published.n));
  });

  it('counts facets over the hits, each ignoring its own filter', async () => {
    const all = await search('');
    expect(all.total).toBe(3);
    expect(all.facets['category']).toEqual([
      { value: 'food', label: '食品与农产品', count: 2 },
      { value: 'bags', label: '箱包皮具', count: 1 },
    ]);
    expect(all.facets['state']).toEqual(expect.arrayContaining([{ value: 'MI', label: '密歇根州', count: 1 }, { value: 'CA', label: '加利福尼亚州', count: 1 }, { value: 'TX', label: '得克萨斯州', count: 1 }]));
    expect(all.facets['seller']).toEqual(expect.arrayContaining([{ value: farm.sellerId, label: '特拉弗斯湾樱桃农场', count: 2 }]));
    expect(all.facets['mode']).toEqual([
      { value: '1210', label: '保税仓发货', count: 2 },
      { value: '9610', label: '海外直邮', count: 2 },
    ]);
    expect(all.facets['inStock']).toEqual([{ value: 'true', label: '有货', count: 2 }]);
    expect(all.facets.price).toEqual([
      { minFen: 5000, maxFen: 10000, count: 1 },
      { minFen: 10000, maxFen: 20000, count: 1 },
      { minFen: 20000, maxFen: 50000, count: 1 },
    ]);
    const food = await search('category=food');
    expect(food.total).toBe(2);
    expect(food.facets['category']!.map((c) => c.count)).toEqual([2, 1]);
    expect(food.facets['state']!.map((s) => s.value).sort()).toEqual(['CA', 'MI']);
    const bonded = await search('mode=1210&priceMinFen=10000&priceMaxFen=20000');
    expect(bonded.items.map((h) => h.productId)).toEqual([almonds.id]);
    // The mode facet ignores the mode filter: the almonds also ship direct.
    expect(bonded.facets['mode']).toEqual([
      { value: '1210', label: '保税仓发货', count: 1 },
      { value: '9610', label: '海外直邮', count: 1 },
    ]);
    expect((await search('mode=9610&priceMinFen=10000&priceMaxFen=20000')).total).toBe(1);
    expect((await search('mode=9610&priceMaxFen=10000')).items.map((h) => h.productId)).toEqual([cherries.id]);
  });

  it('sorts by price either way, newest, best-selling', async () => {
    expect((await search('sort=price_asc')).items.map((h) => h.productId)).toEqual([cherries.id, almonds.id, wallet.id]);
    expect((await search('sort=price_desc')).items.map((h) => h.productId)).toEqual([wallet.id, almonds.id, cherries.id]);
    const newest = (await search('sort=newest')).items.map((h) => h.productId);
    expect(newest[0]).toBe(cherries.id); // re-published last
    expect((await search('sort=best_selling')).total).toBe(3);
  });

  it('pages without overlap and refuses pages past the first 1,000 hits', async () => {
    const first = await search('sort=price_asc&limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(`sort=price_asc&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((h) => h.productId)).toEqual([wallet.id]);
    expect(second.nextCursor).toBeNull();
    const deep = await shopper.get(`/api/v1/search?cursor=${Buffer.from('o1000').toString('base64url')}`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error).toMatchObject({ code: 'page_limit', details: { fields: [expect.objectContaining({ field: 'cursor' })] } });
    expect((await shopper.get('/api/v1/search?cursor=bogus')).json().error.details.fields[0].field).toBe('cursor');
  });

  it('is cacheable: ETag and Cache-Control, 304 when current, a new ETag once the index changes', async () => {
    const res = await shopper.get('/api/v1/search?q=cherry');
    expect(res.headers['cache-control']).toBe('public, max-age=30');
    const etag = String(res.headers['etag']);
    expect((await shopper.get('/api/v1/search?q=cherry', { headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect(String((await shopper.get('/api/v1/search?q=almond')).headers['etag'])).not.toBe(etag);
    await addStock(app, farm, almonds.variantId, 'bonded', 1);
    const after = await shopper.get('/api/v1/search?q=cherry', { headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers['etag']).not.toBe(etag);
  });

  it('suggests categories and titles as the shopper types', async () => {
    const res = await shopper.get(`/api/v1/search/suggest?q=${encodeURIComponent('yingt')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ text: '美国密歇根蒙莫朗西酸樱桃干 227克', productId: cherries.id });
    expect((await shopper.get(`/api/v1/search/suggest?q=${encodeURIComponent('食品')}`)).json().items[0]).toEqual({ text: '食品与农产品', handle: null, productId: null, category: 'food' });
    expect((await shopper.get('/api/v1/search/suggest?q=')).json()).toEqual({ items: [] });
  });

  it('rebuilds to the same answers, with prices at the rate in force', async () => {
    const before = await search('sort=price_asc');
    await app.db.insertInto('fx_rates').values({ id: 'fxr_00000000000000000000000002', base: 'USD', quote: 'CNY', rate_micro: 7_000_000, source: 'test', effective_from: '2021-01-01T00:00:00.000Z', created_by: null, created_at: new Date().toISOString() }).execute();
    expect(await rebuildSearchIndex(app.db, app.engine, new Date())).toBe(3);
    const after = await search('sort=price_asc');
    expect(after.items.map((h) => h.productId)).toEqual(before.items.map((h) => h.productId));
    // 12.99 USD × 7.0 = 90.93 CNY → 91.00 rounded up to the jiao.
    expect(after.items[0]!.priceFromFen).toBe(9100);
  });
});
