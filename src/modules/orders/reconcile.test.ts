// The reconciliation agrees with a consistent database through checkouts, cancellations and expiries,
// and names the variant whose reservation disagrees with its orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner } from '../../../test/catalog.js';
import { checkout, readyShopper, stockedProduct } from '../../../test/checkout.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { expireOverdueOrders } from './expire-orders.js';
import { reconcileReservations } from './reconcile.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
});
afterAll(async () => app.cleanup());

describe('reconcileReservations', () => {
  it('finds no difference after orders are placed, cancelled and expired, and names one made by hand', async () => {
    const seller = await storeOwner(app);
    const p = await stockedProduct(app, seller, 20);
    const variantId = p.variants[0]!.id;
    const orderNos: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await readyShopper(app);
      await s.client.post('/api/v1/cart/lines', { variantId, quantity: i + 1, mode: '9610' });
      const res = await checkout(s);
      expect(res.statusCode).toBe(201);
      orderNos.push(res.json().orders[0].orderNo);
      if (i === 0) expect((await s.client.post(`/api/v1/me/orders/${orderNos[0]}/cancel`, { reason: 'changed my mind' })).statusCode).toBe(200);
    }
    expect((await reconcileReservations(app.db)).differences).toEqual([]);
    await app.db.updateTable('orders').set({ payment_due_at: new Date(0).toISOString() }).where('order_no', '=', orderNos[1]!).execute();
    expect(await expireOverdueOrders(app.db, new Date())).toBe(1);
    const after = await reconcileReservations(app.db);
    expect(after.differences).toEqual([]);
    const level = await app.db.selectFrom('stock_levels').select('reserved').where('variant_id', '=', variantId).executeTakeFirstOrThrow();
    expect(level.reserved).toBe(3);
    await app.db.updateTable('stock_levels').set({ reserved: 4 }).where('variant_id', '=', variantId).execute();
    expect((await reconcileReservations(app.db)).differences).toEqual([{ variantId, location: 'us_warehouse', reservedInStock: 4, heldByOrders: 3 }]);
  });
});
