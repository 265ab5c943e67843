// Checkout through the real routes: orders per parcel priced by the quote, stock reserved, the cart
// emptied; refusals (sold out, over the limit, no risk notice, someone else's identity) write nothing;
// one Idempotency-Key gives one set of orders however often it is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { checkout, newKey, readyShopper, stockedProduct } from '../../../test/checkout.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { signedInAs } from '../../../test/factories.js';

let app: TestApp;
let seller: StoreOwner;

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  seller = await storeOwner(app);
});
afterAll(async () => app.cleanup());

const add = (s: { client: { post: (u: string, b: unknown) => Promise<{ statusCode: number; body: string }> } }, variantId: string, quantity: number, mode = '9610') =>
  s.client.post('/api/v1/cart/lines', { variantId, quantity, mode });
const level = async (variantId: string) => app.db.selectFrom('stock_levels').select(['on_hand', 'reserved']).where('variant_id', '=', variantId).executeTakeFirstOrThrow();
const count = async (table: 'orders' | 'order_lines' | 'order_events' | 'idempotency_keys') => Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('checkout', () => {
  it('places one order per seller and mode, priced as the cart quoted it, reserving stock and emptying the cart', async () => {
    const both = await stockedProduct(app, seller, 20, { shippingModes: ['9610', '1210'] });
    const other = await storeOwner(app);
    const theirs = await stockedProduct(app, other, 20);
    const shopper = await readyShopper(app);
    await add(shopper, both.variants[0]!.id, 2);
    await add(shopper, both.variants[0]!.id, 1, '1210');
    await add(shopper, theirs.variants[0]!.id, 3);
    const cart = (await shopper.client.get('/api/v1/cart?province=SH')).json();

    const res = await checkout(shopper);
    expect(res.statusCode, res.body).toBe(201);
    const { orders } = res.json() as { orders: Array<{ orderNo: string; status: string; mode: string; sellerId: string; totals: { totalFen: number; taxFen: number }; lines: Array<{ quantity: number }> }> };
    expect(orders.map((o) => [o.sellerId, o.mode]).sort()).toEqual([[seller.sellerId, '1210'], [seller.sellerId, '9610'], [other.sellerId, '9610']].sort());
    for (const o of orders) {
      expect(o.status).toBe('pending_payment');
      expect(o.orderNo).toMatch(/^GW\d{8}[0-9A-Z]{10}$/);
      expect(o.orderNo.length).toBeLessThanOrEqual(30);
      const group = cart.groups.find((g: { sellerId: string; mode: string }) => g.sellerId === o.sellerId && g.mode === o.mode);
      expect(o.totals.totalFen).toBe(group.quote.totals.totalFen);
      expect(o.totals.taxFen).toBe(group.quote.totals.taxFen);
    }
    expect(await level(theirs.variants[0]!.id)).toEqual({ on_hand: 20, reserved: 3 });
    expect((await shopper.client.get('/api/v1/cart/count')).json()).toMatchObject({ lineCount: 0 });
    const mine = (await shopper.client.get('/api/v1/me/orders')).json();
    expect(mine.items).toHaveLength(3);
    const detail = (await shopper.client.get(`/api/v1/me/orders/${orders[0]!.orderNo}`)).json();
    expect(detail.events).toEqual([expect.objectContaining({ action: 'place', from: null, to: 'pending_payment', by: 'shopper' })]);
    expect(detail.consignee.phoneMasked).toBe('138****8000');
  });

  it('refuses a line that is sold out and writes nothing: no order, no reservation, cart kept', async () => {
    const p = await stockedProduct(app, seller, 2);
    const shopper = await readyShopper(app);
    await add(shopper, p.variants[0]!.id, 3);
    const before = { orders: await count('orders'), keys: await count('idempotency_keys') };
    const res = await checkout(shopper);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'sold_out', details: { available: 2, requested: 3 } });
    expect({ orders: await count('orders'), keys: await count('idempotency_keys') }).toEqual(before);
    expect(await level(p.variants[0]!.id)).toEqual({ on_hand: 2, reserved: 0 });
    expect((await shopper.client.get('/api/v1/cart/count')).json()).toMatchObject({ lineCount: 1 });
  });

  it('returns the first answer to a retried Idempotency-Key, refuses the key with another body, and needs one', async () => {
    const p = await stockedProduct(app, seller, 10);
    const shopper = await readyShopper(app);
    await add(shopper, p.variants[0]!.id, 1);
    const key = newKey();
    const first = await checkout(shopper, key);
    expect(first.statusCode).toBe(201);
    const again = await checkout(shopper, key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await level(p.variants[0]!.id)).toEqual({ on_hand: 10, reserved: 1 });
    const other = (await shopper.client.get('/api/v1/me/addresses')).json().items[0].id as string;
    const second = await shopper.client.post('/api/v1/me/addresses', { recipient: '王芳', phone: '13900139000', province: 'BJ', city: '北京市', district: '朝阳区', street: '建国路88号', postcode: '100022' });
    const mismatch = await checkout(shopper, key, { identityId: shopper.identityId, addressId: second.json().id });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().error.code).toBe('idempotency_key_reused');
    expect(other).toBeTruthy();
    const missing = await shopper.client.post('/api/v1/checkout', { identityId: shopper.identityId, addressId: shopper.addressId });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('idempotency-key');
  });

  it('needs the risk notice, the caller’s own identity and address, and a cart', async () => {
    const p = await stockedProduct(app, seller, 10);
    const shopper = await readyShopper(app);
    const stranger = await readyShopper(app);
    expect((await checkout(shopper)).json().error.code).toBe('cart_empty');
    await add(shopper, p.variants[0]!.id, 1);
    const theirs = await checkout(shopper, newKey(), { identityId: stranger.identityId, addressId: shopper.addressId });
    expect(theirs.statusCode).toBe(400);
    expect(JSON.stringify(theirs.json())).toContain('identityId');
    const theirAddress = await checkout(shopper, newKey(), { identityId: shopper.identityId, addressId: stranger.addressId });
    expect(theirAddress.statusCode).toBe(400);
    expect(JSON.stringify(theirAddress.json())).toContain('addressId');
    const unconfirmed = await readyShopper(app, { riskNotice: false });
    await add(unconfirmed, p.variants[0]!.id, 1);
    const res = await checkout(unconfirmed);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('risk_notice_required');
    expect(await level(p.variants[0]!.id)).toEqual({ on_hand: 10, reserved: 0 });
    const { client } = await signedInAs(app, 'seller');
    expect((await client.post('/api/v1/checkout', { identityId: shopper.identityId, addressId: shopper.addressId }, { headers: { 'idempotency-key': newKey() } })).statusCode).toBe(403);
  });

  it('counts the buyer’s year across checkouts: ¥25,500 used leaves no room for a ¥600 order', async () => {
    const pricey = await stockedProduct(app, seller, 50, { variants: [{ sku: 'BIG', options: { 规格: '大' }, barcode: '0012345678905', weightGrams: 260, priceMinor: 8_000, statutoryUnit: 'g', statutoryQty: 227 }] });
    const shopper = await readyShopper(app);
    // Usage already recorded this year for the same person (another account, same ID hash).
    const hash = (await app.db.selectFrom('shopper_identities').select('id_number_hash').where('id', '=', shopper.identityId).executeTakeFirstOrThrow()).id_number_hash;
    const prior = (await app.db.selectFrom('orders').selectAll().limit(1).executeTakeFirstOrThrow());
    await app.db.insertInto('orders').values({ ...prior, id: 'ord_00000000000000000000000025', order_no: 'GW20260101PRIOR00001', buyer_id_hash: hash, counts_toward_year_fen: 2_550_000, limit_year: Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)), status: 'paid' }).execute();
    await add(shopper, pricey.variants[0]!.id, 1);
    const res = await checkout(shopper);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('limit_exceeded');
    expect(res.json().error.message).toMatch(/26,000/);
    expect(await level(pricey.variants[0]!.id)).toEqual({ on_hand: 50, reserved: 0 });
  });
});
