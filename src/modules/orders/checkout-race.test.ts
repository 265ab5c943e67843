// Checkouts racing: stock is never oversold, one Idempotency-Key makes one set of orders, and one
// person's annual room is never spent twice — on SQLite and, with real concurrent connections, on
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, newKey, readyShopper, residentId, stockedProduct, type ReadyShopper } from '../../../test/checkout.js';
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

async function shoppersWith(n: number, variantId: string, quantity: number): Promise<ReadyShopper[]> {
  const out: ReadyShopper[] = [];
  // Built a few at a time: the point is the race at checkout, not at sign-up.
  for (let i = 0; i < n; i += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, n - i) }, () => readyShopper(app)));
    for (const s of batch) expect((await s.client.post('/api/v1/cart/lines', { variantId, quantity, mode: '9610' })).statusCode).toBe(201);
    out.push(...batch);
  }
  return out;
}

describe('checkout races', () => {
  it('sells exactly 50 units to 200 buyers racing for them: 150 clear "sold out" answers, no 5xx', async () => {
    const p = await stockedProduct(app, seller, 50);
    const variantId = p.variants[0]!.id;
    const buyers = await shoppersWith(200, variantId, 1);
    const answers = await Promise.all(buyers.map((b) => checkout(b)));
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c >= 500)).toEqual([]);
    expect(codes.filter((c) => c === 201)).toHaveLength(50);
    const refused = answers.filter((r) => r.statusCode !== 201);
    expect(refused).toHaveLength(150);
    for (const r of refused) expect(r.json().error.code).toBe('sold_out');
    expect(await level(variantId)).toEqual({ on_hand: 50, reserved: 50 });
    const lines = await app.db.selectFrom('order_lines').select((eb) => eb.fn.sum<number>('quantity').as('q')).where('variant_id', '=', variantId).executeTakeFirstOrThrow();
    expect(Number(lines.q)).toBe(50);
  }, 120_000);

  it('makes one set of orders from one Idempotency-Key sent 100 times at once, and answers every copy alike', async () => {
    const p = await stockedProduct(app, seller, 500);
    const [buyer] = await shoppersWith(1, p.variants[0]!.id, 2);
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 100 }, () => checkout(buyer!, key)));
    expect(answers.map((r) => r.statusCode).filter((c) => c !== 201)).toEqual([]);
    const bodies = new Set(answers.map((r) => r.body));
    expect(bodies.size).toBe(1);
    const orders = await app.db.selectFrom('orders').select('id').where('user_id', '=', buyer!.userId).execute();
    expect(orders).toHaveLength(1);
    expect(await level(p.variants[0]!.id)).toEqual({ on_hand: 500, reserved: 2 });
  }, 60_000);

  it('lets only one of two concurrent ¥3,000 orders through when the person has used ¥22,000 of the year', async () => {
    // ¥3,000-ish parcels: a $420 product (shelf ≈ ¥3,050 with tax); two accounts of the same person.
    const p = await stockedProduct(app, seller, 10, { variants: [{ sku: 'GIFT-420', options: { 规格: '礼盒' }, barcode: '0012345678905', weightGrams: 260, priceMinor: 42_000, statutoryUnit: 'g', statutoryQty: 227 }] });
    const idNumber = residentId(365_999);
    const a = await readyShopper(app, { idNumber });
    const b = await readyShopper(app, { idNumber });
    for (const s of [a, b]) expect((await s.client.post('/api/v1/cart/lines', { variantId: p.variants[0]!.id, quantity: 1, mode: '9610' })).statusCode).toBe(201);
    const hash = (await app.db.selectFrom('shopper_identities').select('id_number_hash').where('id', '=', a.identityId).executeTakeFirstOrThrow()).id_number_hash;
    const template = await app.db.selectFrom('orders').selectAll().limit(1).executeTakeFirstOrThrow();
    await app.db.insertInto('orders').values({ ...template, id: 'ord_00000000000000000000000022', order_no: 'GW20260101PRIOR00022', buyer_id_hash: hash, counts_toward_year_fen: 2_200_000, limit_year: Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)), status: 'paid' }).execute();
    const quote = (await a.client.get('/api/v1/cart?province=SH')).json();
    const parcel = quote.groups[0].quote.totals;
    expect(parcel.dutiableFen).toBeGreaterThan(200_000);
    expect(2_200_000 + 2 * parcel.dutiableFen).toBeGreaterThan(2_600_000);
    expect(2_200_000 + parcel.dutiableFen).toBeLessThanOrEqual(2_600_000);
    const [ra, rb] = await Promise.all([checkout(a), checkout(b)]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([201, 409]);
    const refused = ra.statusCode === 409 ? ra : rb;
    expect(refused.json().error.code).toBe('limit_exceeded');
    expect(await level(p.variants[0]!.id)).toEqual({ on_hand: 10, reserved: 1 });
  }, 60_000);
});
