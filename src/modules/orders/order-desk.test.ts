// Seller center and the ops monitor see orders as they should: a store its own (another store's order
// is not found), with a pick list of what its paid orders need; operators every order, found by number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, readyShopper, stockedProduct } from '../../../test/checkout.js';
import { signedInAs } from '../../../test/factories.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { recordPayment } from './payment-outcome.js';

let app: TestApp;
let a: StoreOwner;
let b: StoreOwner;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  a = await storeOwner(app);
  b = await storeOwner(app);
});
afterAll(async () => app.cleanup());

async function order(seller: StoreOwner, quantity: number, pay: boolean): Promise<string> {
  const p = await stockedProduct(app, seller, 20);
  const s = await readyShopper(app);
  await s.client.post('/api/v1/cart/lines', { variantId: p.variants[0]!.id, quantity, mode: '9610' });
  const res = await checkout(s);
  expect(res.statusCode).toBe(201);
  const placed = res.json().orders[0] as { orderNo: string };
  if (pay) {
    const row = await app.db.selectFrom('orders').select('id').where('order_no', '=', placed.orderNo).executeTakeFirstOrThrow();
    await app.db.transaction().execute((trx) => recordPayment(trx, [row.id], 'capture_payment', new Date()));
  }
  return placed.orderNo;
}

describe('order desk', () => {
  it('shows a store its own orders and pick list, never another store’s', async () => {
    const paid = await order(a, 2, true);
    const unpaid = await order(a, 1, false);
    const theirs = await order(b, 3, true);
    const list = (await a.client.get('/api/v1/seller/orders')).json();
    expect(list.items.map((o: { orderNo: string }) => o.orderNo).sort()).toEqual([paid, unpaid].sort());
    const onlyPaid = (await a.client.get('/api/v1/seller/orders?status=paid')).json();
    expect(onlyPaid.items.map((o: { orderNo: string }) => o.orderNo)).toEqual([paid]);
    expect((await a.client.get(`/api/v1/seller/orders/${theirs}`)).statusCode).toBe(404);
    const detail = (await a.client.get(`/api/v1/seller/orders/${paid}`)).json();
    expect(detail.consignee.phoneMasked).toBe('138****8000');
    expect(JSON.stringify(detail)).not.toContain('13800138000');
    const pick = (await a.client.get('/api/v1/seller/orders/pick-list')).json();
    expect(pick.items).toHaveLength(1);
    expect(pick.items[0]).toMatchObject({ quantity: 2, orders: 1, mode: '9610' });
    expect((await a.client.get('/api/v1/seller/orders?status=nonsense')).statusCode).toBe(400);
  });

  it('lets operators find any order by its number or its beginning', async () => {
    const no = await order(b, 1, false);
    const { client } = await signedInAs(app, 'operator');
    const exact = (await client.get(`/api/v1/ops/orders?q=${no}`)).json();
    expect(exact.items.map((o: { orderNo: string }) => o.orderNo)).toEqual([no]);
    const prefix = (await client.get(`/api/v1/ops/orders?q=${no.slice(0, 10).toLowerCase()}`)).json();
    expect(prefix.items.length).toBeGreaterThan(1);
    expect((await client.get(`/api/v1/ops/orders/${no}`)).json().events[0]).toMatchObject({ action: 'place' });
    expect((await client.get('/api/v1/ops/orders?q=%27%20or%201%3D1')).statusCode).toBe(400);
    expect((await a.client.get('/api/v1/ops/orders')).statusCode).toBe(403);
  });
});
