// Checkouts lock stock rows in one fixed order: carts holding the same products, added in opposite
// orders, never deadlock on PostgreSQL (before the order was fixed, a third of them failed with 500).
// Its own test app: the cart's public rate limit counts per app, and the other races use it up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, readyShopper, stockedProduct, type ReadyShopper } from '../../../test/checkout.js';
import { loadPricingFixtures } from '../../../test/pricing.js';

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

describe('checkout lock order', () => {
  it('never deadlocks when carts hold the same products added in opposite orders (every checkout 201)', async () => {
    const products = [];
    for (let i = 0; i < 4; i++) products.push(await stockedProduct(app, seller, 500));
    const variants = products.map((p) => p.variants[0]!.id);
    const buyers: ReadyShopper[] = [];
    for (let i = 0; i < 40; i += 20) buyers.push(...(await Promise.all(Array.from({ length: 20 }, () => readyShopper(app)))));
    for (const [i, b] of buyers.entries()) {
      for (const v of i % 2 === 0 ? variants : [...variants].reverse()) expect((await b.client.post('/api/v1/cart/lines', { variantId: v, quantity: 1, mode: '9610' })).statusCode).toBe(201);
    }
    const answers = await Promise.all(buyers.map((b) => checkout(b)));
    expect(answers.filter((r) => r.statusCode !== 201).map((r) => r.body)).toEqual([]);
    for (const v of variants) expect(await level(v)).toEqual({ on_hand: 500, reserved: 40 });
  }, 60_000);
});
