// Paying through the sandbox wallet, end to end through the real routes: the wallet's signed,
// asynchronous notification marks the orders paid; replays, reordering and forgeries capture at most
// once and change nothing when forged; a payer who is not the buyer holds the order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, newKey, readyShopper, stockedProduct, type ReadyShopper } from '../../../test/checkout.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { loadOrCreateSecret } from '../../platform/secrets.js';
import { idNumberLookupHash, revealIdNumber } from '../identity/index.js';
import { createSandboxWallet, type SandboxWallet } from './index.js';

let app: TestApp;
let seller: StoreOwner;
let wallet: SandboxWallet;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  seller = await storeOwner(app);
  const piiKey = loadOrCreateSecret(app.config.secretsDir, 'pii-key');
  // The same wallet the server runs (same key files): it signs what a real wallet would send.
  wallet = createSandboxWallet({ secretsDir: app.config.secretsDir, hashIdNumber: (id) => idNumberLookupHash(piiKey, id) });
});
afterAll(async () => app.cleanup());

type Started = { shopper: ReadyShopper; paymentId: string; amountFen: number; orderNo: string; startUrl: string };

async function started(idNumber?: string): Promise<Started> {
  const p = await stockedProduct(app, seller, 10);
  const shopper = await readyShopper(app, idNumber ? { idNumber } : {});
  await shopper.client.post('/api/v1/cart/lines', { variantId: p.variants[0]!.id, quantity: 1, mode: '9610' });
  const placed = await checkout(shopper);
  expect(placed.statusCode, placed.body).toBe(201);
  const { checkoutId, orders } = placed.json();
  const pay = await shopper.client.post(`/api/v1/me/checkouts/${checkoutId}/payments`, {}, { headers: { 'idempotency-key': newKey() } });
  expect(pay.statusCode, pay.body).toBe(201);
  return { shopper, paymentId: pay.json().paymentId, amountFen: pay.json().amountFen, orderNo: orders[0].orderNo, startUrl: pay.json().start.url };
}

const notify = (params: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/v1/payments/sandbox/notify', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(params).toString() });
const statusOf = async (s: Started) => (await s.shopper.client.get(`/api/v1/me/payments/${s.paymentId}`)).json() as { status: string; orders: Array<{ status: string }> };
const captures = async (orderNo: string) => (await app.db.selectFrom('order_events').innerJoin('orders', 'orders.id', 'order_events.order_id').select('order_events.action').where('orders.order_no', '=', orderNo).execute()).filter((e) => e.action === 'capture_payment' || e.action === 'hold_payment').length;

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  return read();
}

describe('sandbox wallet payments', () => {
  it('takes the shopper to the wallet, and its approval, notified asynchronously, marks the order paid', async () => {
    const s = await started();
    expect(s.startUrl).toBe(`/pay/sandbox/${s.paymentId}`);
    const page = await s.shopper.client.get(s.startUrl);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('确认付款');
    expect(page.body).toContain(`¥${(s.amountFen / 100).toFixed(2)}`);
    // Only its owner sees the wallet for a payment.
    const stranger = await readyShopper(app);
    expect((await stranger.client.get(s.startUrl)).statusCode).toBe(404);
    const approved = await s.shopper.client.post(`/api/v1/sandbox-wallet/${s.paymentId}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(303);
    expect(approved.headers['location']).toBe(`/orders/${s.orderNo}`);
    const after = await until(() => statusOf(s), (v) => v.status !== 'pending');
    expect(after).toMatchObject({ status: 'captured', orders: [{ status: 'paid' }] });
    const order = (await s.shopper.client.get(`/api/v1/me/orders/${s.orderNo}`)).json();
    expect(order.status).toBe('paid');
    expect(order.events.at(-1)).toMatchObject({ action: 'capture_payment', by: 'payment', to: 'paid' });
  });

  it('captures once however often, in whatever order and however late the notifications come; forged ones get 401 and change nothing', async () => {
    const s = await started();
    const buyer = (await app.db.selectFrom('orders').select(['buyer_name', 'identity_id']).where('order_no', '=', s.orderNo).executeTakeFirstOrThrow());
    const clear = await revealIdNumber({ db: app.db, actor: null, now: new Date(), requestId: null }, buyer.identity_id, 'test', loadOrCreateSecret(app.config.secretsDir, 'pii-key'));
    const payment = { paymentId: s.paymentId, amountFen: s.amountFen };
    const approve = wallet.signedNotification(payment, 'approve', { realName: buyer.buyer_name, idNumber: clear });
    const abandon = wallet.signedNotification(payment, 'abandon');
    // A close that arrived first, then the capture replayed ten times at once, then a stale decline.
    expect((await notify(abandon)).statusCode).toBe(200);
    expect((await statusOf(s)).status).toBe('closed');
    const replies = await Promise.all(Array.from({ length: 10 }, () => notify(approve)));
    expect(replies.map((r) => [r.statusCode, r.body])).toEqual(Array.from({ length: 10 }, () => [200, 'success']));
    expect((await notify(wallet.signedNotification(payment, 'decline'))).statusCode).toBe(200);
    expect(await statusOf(s)).toMatchObject({ status: 'captured', orders: [{ status: 'paid' }] });
    expect(await captures(s.orderNo)).toBe(1);
    const kept = await app.db.selectFrom('payment_notifications').select(['notify_id', 'outcome', 'params']).where('payment_id', '=', s.paymentId).execute();
    expect(kept).toHaveLength(3);
    // The payer's ID number is never kept.
    expect(JSON.stringify(kept)).not.toContain(clear);

    const before = await app.db.selectFrom('payment_notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const forged = { ...approve, total_amount: '0.01' };
    expect((await notify(forged)).statusCode).toBe(401);
    expect((await notify({ ...approve, sign: 'AAAA' })).statusCode).toBe(401);
    const { sign: _sign, ...unsigned } = approve;
    expect((await notify(unsigned)).statusCode).toBe(401);
    const after = await app.db.selectFrom('payment_notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await captures(s.orderNo)).toBe(1);
  });

  it('holds the order when somebody other than the buyer pays', async () => {
    const s = await started();
    expect((await s.shopper.client.post(`/api/v1/sandbox-wallet/${s.paymentId}/approve-as-other`, {})).statusCode).toBe(303);
    const after = await until(() => statusOf(s), (v) => v.status !== 'pending');
    expect(after).toMatchObject({ status: 'held', orders: [{ status: 'payment_held' }] });
  });

  it('gives the first payment to a retried Idempotency-Key and refuses to pay a paid checkout', async () => {
    const s = await started();
    const checkoutId = (await s.shopper.client.get(`/api/v1/me/orders/${s.orderNo}`)).json().checkoutId as string;
    const key = newKey();
    const a = await s.shopper.client.post(`/api/v1/me/checkouts/${checkoutId}/payments`, {}, { headers: { 'idempotency-key': key } });
    const b = await s.shopper.client.post(`/api/v1/me/checkouts/${checkoutId}/payments`, {}, { headers: { 'idempotency-key': key } });
    expect(a.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    await s.shopper.client.post(`/api/v1/sandbox-wallet/${a.json().paymentId}/approve`, {});
    await until(() => statusOf({ ...s, paymentId: a.json().paymentId }), (v) => v.status !== 'pending');
    const again = await s.shopper.client.post(`/api/v1/me/checkouts/${checkoutId}/payments`, {}, { headers: { 'idempotency-key': newKey() } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('nothing_to_pay');
    // Someone else's checkout is not found.
    const other = await readyShopper(app);
    expect((await other.client.post(`/api/v1/me/checkouts/${checkoutId}/payments`, {}, { headers: { 'idempotency-key': newKey() } })).statusCode).toBe(404);
  });
});
