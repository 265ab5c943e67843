// The shopper is told by e-mail, after the change commits: the order placed (with its number, total
// and 税费) and then what became of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner } from '../../../test/catalog.js';
import { checkout, readyShopper, stockedProduct } from '../../../test/checkout.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { signedInAs } from '../../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
});
afterAll(async () => app.cleanup());

/** Subject and text of every message sent to `to`, oldest first, as operators see them (GET /api/v1/ops/mail). */
async function mailsTo(to: string): Promise<string[]> {
  const { client } = await signedInAs(app, 'operator');
  const res = await client.get('/api/v1/ops/mail?limit=200');
  expect(res.statusCode).toBe(200);
  const { items } = res.json() as { items: Array<{ to: string; subject: string; text: string }> };
  return items.filter((m) => m.to === to).reverse().map((m) => `${m.subject}\n${m.text}`);
}

async function deliver(): Promise<void> {
  while ((await app.events.drain()) > 0);
}

describe('order e-mails', () => {
  it('confirms the order with its number and total, then says it was cancelled', async () => {
    const seller = await storeOwner(app);
    const p = await stockedProduct(app, seller, 5);
    const shopper = await readyShopper(app);
    const email = (await app.db.selectFrom('users').select('email').where('id', '=', shopper.userId).executeTakeFirstOrThrow()).email;
    await shopper.client.post('/api/v1/cart/lines', { variantId: p.variants[0]!.id, quantity: 1, mode: '9610' });
    const placed = (await checkout(shopper)).json();
    const order = placed.orders[0] as { orderNo: string; totals: { totalFen: number } };
    await deliver();
    const first = await mailsTo(email);
    expect(first).toHaveLength(1);
    expect(first[0]).toContain('订单已提交');
    expect(first[0]).toContain(order.orderNo);
    expect(first[0]).toContain(`¥${(order.totals.totalFen / 100).toFixed(2)}`);
    expect((await shopper.client.post(`/api/v1/me/orders/${order.orderNo}/cancel`, { reason: '不要了' })).statusCode).toBe(200);
    await deliver();
    const all = await mailsTo(email);
    expect(all).toHaveLength(2);
    expect(all[1]).toContain('订单已取消');
  });
});
