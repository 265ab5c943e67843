// Unpaid orders end: cancelled by the shopper or expired at the payment deadline, each giving back the
// stock and the buyer's annual room it held, once, with the change recorded as an order event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, readyShopper, stockedProduct } from '../../../test/checkout.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { expireOverdueOrders } from './expire-orders.js';

let app: TestApp;
let seller: StoreOwner;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  seller = await storeOwner(app);
});
afterAll(async () => app.cleanup());

const level = async (variantId: string) => app.db.selectFrom('stock_levels').select(['on_hand', 'reserved']).where('variant_id', '=', variantId).executeTakeFirstOrThrow();

async function placed(quantity: number) {
  const p = await stockedProduct(app, seller, 10);
  const shopper = await readyShopper(app);
  await shopper.client.post('/api/v1/cart/lines', { variantId: p.variants[0]!.id, quantity, mode: '9610' });
  const res = await checkout(shopper);
  expect(res.statusCode, res.body).toBe(201);
  return { shopper, variantId: p.variants[0]!.id, orderNo: res.json().orders[0].orderNo as string };
}

describe('order lifecycle before payment', () => {
  it('lets the shopper cancel an unpaid order: stock and annual room come back, a second cancel is refused', async () => {
    const { shopper, variantId, orderNo } = await placed(3);
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 3 });
    const res = await shopper.client.post(`/api/v1/me/orders/${orderNo}/cancel`, { reason: '不想要了' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('cancelled');
    expect(res.json().events.map((e: { action: string; to: string }) => [e.action, e.to])).toEqual([['place', 'pending_payment'], ['cancel', 'cancelled']]);
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 0 });
    const row = await app.db.selectFrom('orders').select(['counts_toward_year_fen']).where('order_no', '=', orderNo).executeTakeFirstOrThrow();
    expect(Number(row.counts_toward_year_fen)).toBe(0);
    const again = await shopper.client.post(`/api/v1/me/orders/${orderNo}/cancel`, { reason: 'again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('illegal_transition');
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 0 });
  });

  it('refuses to cancel someone else’s order (404) and a cancel without a reason (400)', async () => {
    const { variantId, orderNo } = await placed(1);
    const stranger = await readyShopper(app);
    expect((await stranger.client.post(`/api/v1/me/orders/${orderNo}/cancel`, { reason: 'x' })).statusCode).toBe(404);
    expect((await stranger.client.get(`/api/v1/me/orders/${orderNo}`)).statusCode).toBe(404);
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 1 });
  });

  it('expires orders past the payment deadline exactly once, releasing their stock', async () => {
    const { shopper, variantId, orderNo } = await placed(2);
    const due = (await app.db.selectFrom('orders').select('payment_due_at').where('order_no', '=', orderNo).executeTakeFirstOrThrow()).payment_due_at;
    await expireOverdueOrders(app.db, new Date(Date.parse(due) - 1));
    expect((await shopper.client.get(`/api/v1/me/orders/${orderNo}`)).json().status).toBe('pending_payment');
    const later = new Date(Date.parse(due) + 1000);
    const [a, b] = await Promise.all([expireOverdueOrders(app.db, later), expireOverdueOrders(app.db, later)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    const detail = (await shopper.client.get(`/api/v1/me/orders/${orderNo}`)).json();
    expect(detail.status).toBe('expired');
    expect(detail.events.filter((e: { action: string }) => e.action === 'expire')).toHaveLength(1);
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 0 });
  });
});
