// After payment, through the real routes: customs messages recorded by an operator, the store ships
// with a tracking number (stock leaves the warehouse), delivery, the shopper's receipt or return, and
// refunds sent through the payment provider (the sandbox wallet) by the outbox, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, newKey, readyShopper, stockedProduct, type ReadyShopper } from '../../../test/checkout.js';
import { signedInAs } from '../../../test/factories.js';
import type { TestClient } from '../../../test/client.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { completeDeliveredOrders, expireOverdueOrders } from './expire-orders.js';

let app: TestApp;
let seller: StoreOwner;
let other: StoreOwner;
let ops: TestClient;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  seller = await storeOwner(app);
  other = await storeOwner(app);
  ops = (await signedInAs(app, 'operator')).client;
});
afterAll(async () => app.cleanup());

type Paid = { shopper: ReadyShopper; orderNo: string; variantId: string; paymentId: string; totalFen: number };

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  return read();
}
const deliverEvents = async () => {
  while ((await app.events.drain()) > 0);
};
const level = (variantId: string) => app.db.selectFrom('stock_levels').select(['on_hand', 'reserved']).where('variant_id', '=', variantId).executeTakeFirstOrThrow();
const orderRow = (orderNo: string) => app.db.selectFrom('orders').selectAll().where('order_no', '=', orderNo).executeTakeFirstOrThrow();

/** A shopper's order of `quantity` units, paid through the sandbox wallet (or only placed). */
async function placed(quantity: number, pay = true): Promise<Paid> {
  const p = await stockedProduct(app, seller, 10);
  const shopper = await readyShopper(app);
  await shopper.client.post('/api/v1/cart/lines', { variantId: p.variants[0]!.id, quantity, mode: '9610' });
  const res = await checkout(shopper);
  expect(res.statusCode, res.body).toBe(201);
  const order = res.json().orders[0] as { orderNo: string; totals: { totalFen: number } };
  const pay1 = await shopper.client.post(`/api/v1/me/checkouts/${res.json().checkoutId}/payments`, {}, { headers: { 'idempotency-key': newKey() } });
  expect(pay1.statusCode, pay1.body).toBe(201);
  const paymentId = pay1.json().paymentId as string;
  if (pay) {
    expect((await shopper.client.post(`/api/v1/sandbox-wallet/${paymentId}/approve`, {})).statusCode).toBe(303);
    const o = await until(() => orderRow(order.orderNo), (r) => r.status !== 'pending_payment');
    expect(o.status).toBe('paid');
  }
  return { shopper, orderNo: order.orderNo, variantId: p.variants[0]!.id, paymentId, totalFen: order.totals.totalFen };
}

const opsAct = (orderNo: string, body: Record<string, unknown>) => ops.post(`/api/v1/ops/orders/${orderNo}/actions`, body);

async function toDelivered(o: Paid) {
  expect((await opsAct(o.orderNo, { action: 'declare' })).statusCode).toBe(200);
  const cleared = await opsAct(o.orderNo, { action: 'clear' });
  expect(cleared.statusCode, cleared.body).toBe(200);
  expect((await seller.client.get(`/api/v1/seller/orders/${o.orderNo}`)).json().actions).toEqual(['ship']);
  const shipped = await seller.client.post(`/api/v1/seller/orders/${o.orderNo}/ship`, { carrier: 'EMS', trackingNo: 'ea123456789us' });
  expect(shipped.statusCode, shipped.body).toBe(200);
  expect((await opsAct(o.orderNo, { action: 'deliver' })).statusCode).toBe(200);
}

describe('fulfilment', () => {
  it('takes a paid order through customs, shipment and delivery to completion; stock leaves at shipment', async () => {
    const o = await placed(2);
    expect(await level(o.variantId)).toEqual({ on_hand: 10, reserved: 2 });
    await toDelivered(o);
    expect(await level(o.variantId)).toEqual({ on_hand: 8, reserved: 0 });
    const seen = (await o.shopper.client.get(`/api/v1/me/orders/${o.orderNo}`)).json();
    expect(seen.status).toBe('delivered');
    expect(seen.shipment).toMatchObject({ carrier: 'EMS', trackingNo: 'EA123456789US' });
    expect(seen.actions).toEqual(['complete', 'request_refund']);
    expect(Date.parse(seen.returnWindowEndsAt) - Date.parse(seen.clearedAt)).toBe(30 * 86_400_000);
    const done = await o.shopper.client.post(`/api/v1/me/orders/${o.orderNo}/confirm-receipt`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('completed');
    expect(done.json().events.map((e: { action: string; by: string }) => `${e.action}:${e.by}`)).toEqual([
      'place:shopper', 'capture_payment:payment', 'declare:operator', 'clear:operator', 'ship:seller', 'deliver:operator', 'complete:shopper',
    ]);
    expect(done.json().actions).toEqual([]);
  });

  it('refuses what the status or the caller does not allow, and bad input, changing nothing', async () => {
    const o = await placed(1);
    const before = await orderRow(o.orderNo);
    // Not cleared yet: nothing to ship (409); another store does not see the order (404).
    const early = await seller.client.post(`/api/v1/seller/orders/${o.orderNo}/ship`, { carrier: 'EMS', trackingNo: 'EA1' + '23456789US' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('illegal_transition');
    expect((await other.client.post(`/api/v1/seller/orders/${o.orderNo}/ship`, { carrier: 'EMS', trackingNo: 'EA123456789US' })).statusCode).toBe(404);
    // The shopper may not ask for a refund of a paid, undelivered order (an operator cancels instead): 403.
    expect((await o.shopper.client.post(`/api/v1/me/orders/${o.orderNo}/return-request`, { reason: '不想要了' })).statusCode).toBe(403);
    const badTracking = await seller.client.post(`/api/v1/seller/orders/${o.orderNo}/ship`, { carrier: 'EMS', trackingNo: '中文' });
    expect(badTracking.statusCode).toBe(400);
    expect(JSON.stringify(badTracking.json())).toContain('trackingNo');
    const noReason = await opsAct(o.orderNo, { action: 'cancel' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0]).toMatchObject({ field: 'reason', message: 'is required to cancel' });
    expect((await opsAct(o.orderNo, { action: 'teleport' })).statusCode).toBe(400);
    expect((await opsAct('GW000', { action: 'declare' })).statusCode).toBe(404);
    expect(await orderRow(o.orderNo)).toEqual(before);
  });

  it('refunds a returned order through the provider once, giving the annual room back when the goods came back in time', async () => {
    const o = await placed(1);
    await toDelivered(o);
    const asked = await o.shopper.client.post(`/api/v1/me/orders/${o.orderNo}/return-request`, { reason: '包装破损' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().status).toBe('refund_requested');
    expect((await opsAct(o.orderNo, { action: 'receive_return' })).statusCode).toBe(200);
    expect((await opsAct(o.orderNo, { action: 'approve_refund' })).statusCode).toBe(200);
    await deliverEvents();
    const row = await orderRow(o.orderNo);
    expect(row.status).toBe('refunded');
    expect(Number(row.counts_toward_year_fen)).toBe(0);
    const refunds = await app.db.selectFrom('refunds').selectAll().where('order_id', '=', row.id).execute();
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ status: 'succeeded', amount_fen: o.totalFen, reason: '包装破损', payment_id: o.paymentId });
    expect(refunds[0]!.provider_refund_id).toMatch(/^SBXR/);
    const payment = await app.db.selectFrom('payments').select('status').where('id', '=', o.paymentId).executeTakeFirstOrThrow();
    expect(payment.status).toBe('refunded');
    // The event delivered again (at-least-once) sends nothing more and moves nothing.
    await app.db.updateTable('outbox').set({ published_at: null }).where('topic', '=', 'order.refund_due').execute();
    await deliverEvents();
    expect(await app.db.selectFrom('refunds').select('id').where('order_id', '=', row.id).execute()).toHaveLength(1);
    const events = (await o.shopper.client.get(`/api/v1/me/orders/${o.orderNo}`)).json().events as Array<{ action: string }>;
    expect(events.filter((e) => e.action === 'refund')).toHaveLength(1);
  });

  it('lets an operator cancel a paid order: stock comes back and the money is refunded', async () => {
    const o = await placed(3);
    const res = await opsAct(o.orderNo, { action: 'cancel', reason: '商家缺货' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('refund_requested');
    expect(await level(o.variantId)).toEqual({ on_hand: 10, reserved: 0 });
    await deliverEvents();
    expect((await orderRow(o.orderNo)).status).toBe('refunded');
    expect((await orderRow(o.orderNo)).counts_toward_year_fen).toBe(0);
  });

  it('refunds money that arrives after its order expired, leaving the order expired', async () => {
    const o = await placed(1, false);
    const due = (await orderRow(o.orderNo)).payment_due_at;
    expect(await expireOverdueOrders(app.db, new Date(Date.parse(due) + 1))).toBeGreaterThanOrEqual(1);
    expect((await o.shopper.client.post(`/api/v1/sandbox-wallet/${o.paymentId}/approve`, {})).statusCode).toBe(303);
    const row = await orderRow(o.orderNo);
    const refund = await until(() => app.db.selectFrom('refunds').selectAll().where('order_id', '=', row.id).executeTakeFirst(), (r) => r !== undefined);
    expect(refund).toMatchObject({ amount_fen: o.totalFen });
    await deliverEvents();
    expect((await app.db.selectFrom('refunds').select('status').where('order_id', '=', row.id).executeTakeFirstOrThrow()).status).toBe('succeeded');
    expect((await orderRow(o.orderNo)).status).toBe('expired');
  });

  it('completes delivered orders once their return window closed, not before', async () => {
    const o = await placed(1);
    await toDelivered(o);
    const cleared = Date.parse((await orderRow(o.orderNo)).cleared_at!);
    await completeDeliveredOrders(app.db, new Date(cleared + 30 * 86_400_000));
    expect((await orderRow(o.orderNo)).status).toBe('delivered');
    expect(await completeDeliveredOrders(app.db, new Date(cleared + 30 * 86_400_000 + 60_000))).toBeGreaterThanOrEqual(1);
    expect((await orderRow(o.orderNo)).status).toBe('completed');
  });
});
