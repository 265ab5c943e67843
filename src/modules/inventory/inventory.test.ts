import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { availableByVariant } from './index.js';

let app: TestApp;
let seller: StoreOwner;
let other: StoreOwner;
let productId: string;
let variantId: string;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  seller = await storeOwner(app);
  other = await storeOwner(app);
  const imageId = await productImage(app, seller.sellerId, seller.userId);
  const product = (await seller.client.post('/api/v1/seller/products', cherryInput({ imageIds: [imageId] }))).json();
  productId = product.id;
  variantId = product.variants[0].id;
});
afterAll(async () => app.cleanup());

const adjust = (client: StoreOwner['client'], body: Record<string, unknown>) => client.post('/api/v1/seller/stock/adjustments', { variantId, location: 'us_warehouse', reason: 'received', ...body });

describe('inventory', () => {
  it('starts with nothing, takes stock in with a reason, and keeps each movement in the ledger and the audit trail', async () => {
    expect((await availableByVariant(app.db, [variantId])).get(variantId)).toEqual({ '9610': 0, '1210': 0 });
    const res = await adjust(seller.client, { delta: 40, note: 'pallet 7' });
    expect(res.statusCode).toBe(200);
    expect(res.json().level).toEqual({ location: 'us_warehouse', mode: '9610', onHand: 40, reserved: 0, available: 40 });
    expect((await adjust(seller.client, { delta: -3, reason: 'damaged' })).json().level.onHand).toBe(37);

    const stock = (await seller.client.get(`/api/v1/seller/products/${productId}/stock`)).json();
    expect(stock.variants[0]).toMatchObject({ variantId, levels: [{ location: 'us_warehouse', onHand: 37, available: 37 }] });
    const ledger = (await seller.client.get(`/api/v1/seller/stock/movements?variantId=${variantId}`)).json();
    expect(ledger.items.map((m: { delta: number; reason: string; onHandAfter: number }) => [m.delta, m.reason, m.onHandAfter])).toEqual([[-3, 'damaged', 37], [40, 'received', 40]]);
    expect((await availableByVariant(app.db, [variantId])).get(variantId)).toEqual({ '9610': 37, '1210': 0 });
    const audit = await app.db.selectFrom('audit_log').select('action').where('subject_id', '=', variantId).execute();
    expect(audit.map((a) => a.action)).toEqual(['inventory.stock_adjusted', 'inventory.stock_adjusted']);
    const events = await app.db.selectFrom('outbox').select(['topic', 'payload']).where('topic', '=', 'stock.changed').execute();
    expect(events.map((e) => JSON.parse(e.payload))).toContainEqual({ productIds: [productId] });
  });

  it('refuses to take out more than is on hand, naming the field, and changes nothing', async () => {
    const before = await app.db.selectFrom('stock_movements').select('id').execute();
    const res = await adjust(seller.client, { delta: -1000, reason: 'lost' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'stock_below_reserved', details: { fields: [{ field: 'delta' }], onHand: 37 } });
    expect(await app.db.selectFrom('stock_movements').select('id').execute()).toHaveLength(before.length);
  });

  it('validates the body: zero, fractions, unknown reasons and locations are 400s naming the field', async () => {
    for (const [body, field] of [
      [{ delta: 0 }, 'delta'],
      [{ delta: 1.5 }, 'delta'],
      [{ delta: 1, reason: 'sold' }, 'reason'],
      [{ delta: 1, location: 'moon' }, 'location'],
      [{ delta: 1, variantId: 'nope' }, 'variantId'],
    ] as const) {
      const res = await adjust(seller.client, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json().error.details)).toContain(field);
    }
  });

  it('never lets one seller see or change another seller’s stock (404, not 403)', async () => {
    expect((await adjust(other.client, { delta: 5 })).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/seller/products/${productId}/stock`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/seller/stock/movements?variantId=${variantId}`)).statusCode).toBe(404);
    expect((await availableByVariant(app.db, [variantId])).get(variantId)?.['9610']).toBe(37);
  });

  it('never goes below zero when many removals race', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => adjust(seller.client, { delta: -1, reason: 'counted' })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(37);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(13);
    expect((await availableByVariant(app.db, [variantId])).get(variantId)?.['9610']).toBe(0);
  });
});
