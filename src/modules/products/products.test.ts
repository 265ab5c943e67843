import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { signedInAs } from '../../../test/factories.js';

let app: TestApp;
let seller: StoreOwner;
let other: StoreOwner;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  seller = await storeOwner(app);
  other = await storeOwner(app);
});
afterAll(async () => app.cleanup());

describe('products', () => {
  it('creates a draft, publishes it once eligible, and audits the change', async () => {
    const imageId = await productImage(app, seller.sellerId, seller.userId);
    const created = await seller.client.post('/api/v1/seller/products', cherryInput({ imageIds: [imageId] }));
    expect(created.statusCode).toBe(201);
    const product = created.json();
    expect(product).toMatchObject({ status: 'draft', handle: 'dried-montmorency-tart-cherries-227-g', revision: 1, variants: [{ sku: 'TBC-227', price: { amountMinor: 1299, currency: 'USD' } }] });
    expect(product.images[0].urls.thumb).toMatch(/^\/media\//);

    const eligibility = (await seller.client.get(`/api/v1/seller/products/${product.id}/eligibility`)).json();
    expect(eligibility).toEqual({ eligible: true, reasons: [] });
    const published = await seller.client.post(`/api/v1/seller/products/${product.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('published');
    const audit = await app.db.selectFrom('audit_log').select('action').where('subject_id', '=', product.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['product.created', 'product.published']);
  });

  it('refuses to publish a product whose HS code is not on the list, with the reason in the seller’s language', async () => {
    const imageId = await productImage(app, seller.sellerId, seller.userId);
    const product = (await seller.client.post('/api/v1/seller/products', cherryInput({ hsCode: '24022000', imageIds: [imageId], variants: [{ ...cherryInput().variants[0]!, sku: 'CIG-1' }] }))).json();
    const res = await seller.client.post(`/api/v1/seller/products/${product.id}/publish`);
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('not_eligible');
    expect(error.details.reasons).toContainEqual(expect.objectContaining({ code: 'hs_not_listed', field: 'hsCode', message: expect.stringContaining('24022000 is not on the cross-border positive list') }));
    const zh = await seller.client.post(`/api/v1/seller/products/${product.id}/publish`, undefined, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(zh.json().error.message).toContain('不在现行跨境电商零售进口商品清单');
    expect((await seller.client.get(`/api/v1/seller/products/${product.id}`)).json().status).toBe('draft');
  });

  it('reports every missing piece of an incomplete draft', async () => {
    const draft = (await seller.client.post('/api/v1/seller/products', cherryInput({ titleZh: '', descriptionZh: '', label: {}, variants: [{ ...cherryInput().variants[0]!, sku: 'BARE-1' }] }))).json();
    const codes = (await seller.client.get(`/api/v1/seller/products/${draft.id}/eligibility`)).json().reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['chinese_title_missing', 'chinese_description_missing', 'label_field_missing', 'no_images']));
  });

  it('checks an unsaved form for the live eligibility panel, including bonded-only lines', async () => {
    const res = await seller.client.post('/api/v1/seller/eligibility-check', {
      titleZh: '婴幼儿配方奶粉', descriptionZh: '美国产', category: 'baby', hsCode: '1901101000', shippingModes: ['9610'], label: {}, variantCount: 1, imageCount: 1,
    });
    const codes = res.json().reasons.map((r: { code: string }) => r.code);
    expect(codes).toContain('bonded_only');
    expect(codes).toContain('label_field_missing');
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const before = await app.db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const cases: Array<[Record<string, unknown>, string]> = [
      [cherryInput({ hsCode: '0813' }), 'hsCode'],
      [{ ...cherryInput(), category: 'weapons' }, 'category'],
      [{ ...cherryInput(), originState: 'XX' }, 'originState'],
      [cherryInput({ variants: [{ ...cherryInput().variants[0]!, barcode: '0012345678901' }] }), 'variants.0.barcode'],
      [cherryInput({ variants: [{ ...cherryInput().variants[0]!, sku: 'DUP' }, { ...cherryInput().variants[0]!, sku: 'dup' }] }), 'variants.1.sku'],
      [cherryInput({ variants: [{ ...cherryInput().variants[0]!, sku: 'TBC-227' }] }), 'variants.0.sku'],
      [{ ...cherryInput(), variants: [{ ...cherryInput().variants[0]!, priceMinor: 12.5 }] }, 'variants.0.priceMinor'],
      [cherryInput({ imageIds: ['med_00000000000000000000000000'] }), 'imageIds.0'],
    ];
    for (const [body, field] of cases) {
      const res = await seller.client.post('/api/v1/seller/products', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const after = await app.db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('updates with optimistic concurrency, audits price changes, and keeps SKUs unique', async () => {
    const product = (await seller.client.post('/api/v1/seller/products', cherryInput({ variants: [{ ...cherryInput().variants[0]!, sku: 'UPD-1' }] }))).json();
    const input = cherryInput({ variants: [{ ...cherryInput().variants[0]!, sku: 'UPD-1', priceMinor: 1499 }, { ...cherryInput().variants[0]!, sku: 'UPD-2', priceMinor: 2499 }] });
    const ok = await seller.client.request('PUT', `/api/v1/seller/products/${product.id}`, { revision: 1, product: input });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().revision).toBe(2);
    expect(ok.json().variants.map((v: { sku: string; id: string }) => v.sku)).toEqual(['UPD-1', 'UPD-2']);
    expect(ok.json().variants[0].id).toBe(product.variants[0].id);
    const stale = await seller.client.request('PUT', `/api/v1/seller/products/${product.id}`, { revision: 1, product: input });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_revision');
    const price = await app.db.selectFrom('audit_log').select('data').where('subject_id', '=', product.id).where('action', '=', 'product.price_changed').execute();
    expect(price.map((p) => JSON.parse(p.data!))).toEqual([{ sku: 'UPD-1', fromMinor: 1299, toMinor: 1499, currency: 'USD' }]);
  });

  it('keeps sellers apart: another seller gets 404 for every product route', async () => {
    const mine = (await seller.client.post('/api/v1/seller/products', cherryInput({ variants: [{ ...cherryInput().variants[0]!, sku: 'PRIV-1' }] }))).json();
    const url = `/api/v1/seller/products/${mine.id}`;
    expect((await other.client.get(url)).statusCode).toBe(404);
    expect((await other.client.get(`${url}/eligibility`)).statusCode).toBe(404);
    expect((await other.client.request('PUT', url, { revision: 1, product: cherryInput({ variants: [{ ...cherryInput().variants[0]!, sku: 'HIJACK' }] }) })).statusCode).toBe(404);
    for (const action of ['publish', 'unpublish', 'archive', 'restore']) expect((await other.client.post(`${url}/${action}`)).statusCode).toBe(404);
    const list = (await other.client.get('/api/v1/seller/products')).json();
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(mine.id);
    // Attaching another seller's image is refused too.
    const theirImage = await productImage(app, seller.sellerId, seller.userId);
    const steal = await other.client.post('/api/v1/seller/products', cherryInput({ imageIds: [theirImage], variants: [{ ...cherryInput().variants[0]!, sku: 'STEAL' }] }));
    expect(steal.json().error.details.fields[0].field).toBe('imageIds.0');
    expect((await app.db.selectFrom('products').selectAll().where('id', '=', mine.id).executeTakeFirstOrThrow()).revision).toBe(1);
  });

  it('lets an operator suspend with a reason; the seller cannot publish it until reinstated', async () => {
    const imageId = await productImage(app, seller.sellerId, seller.userId);
    const product = (await seller.client.post('/api/v1/seller/products', cherryInput({ imageIds: [imageId], variants: [{ ...cherryInput().variants[0]!, sku: 'SUS-1' }] }))).json();
    await seller.client.post(`/api/v1/seller/products/${product.id}/publish`);
    const { client: op } = await signedInAs(app, 'operator');
    const suspended = await op.post(`/api/v1/ops/products/${product.id}/suspend`, { reason: 'Label claims need review' });
    expect(suspended.json()).toMatchObject({ status: 'suspended', statusReason: 'Label claims need review' });
    const again = await seller.client.post(`/api/v1/seller/products/${product.id}/publish`);
    expect(again.json().error.code).toBe('invalid_transition');
    expect((await op.post(`/api/v1/ops/products/${product.id}/reinstate`, { reason: 'Fixed' })).json().status).toBe('draft');
    expect((await seller.client.post(`/api/v1/seller/products/${product.id}/publish`)).json().status).toBe('published');
    expect((await op.post(`/api/v1/ops/products/${product.id}/suspend`, {})).statusCode).toBe(400);
  });
});
