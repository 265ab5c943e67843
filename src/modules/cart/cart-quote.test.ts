import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { TestClient } from '../../../test/client.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { seedStock } from '../inventory/index.js';

let app: TestApp;
let owner: StoreOwner;
let n = 0;

type Product = { id: string; variants: Array<{ id: string }> };

async function publishedProduct(seller: StoreOwner, overrides: Parameters<typeof cherryInput>[0] = {}, stock = 500): Promise<Product> {
  n++;
  const base = cherryInput();
  const input = cherryInput({ titleEn: `${base.titleEn} ${n}`, imageIds: [await productImage(app, seller.sellerId, seller.userId)], variants: base.variants.map((v) => ({ ...v, sku: `${v.sku}-${n}` })), ...overrides });
  const product = (await seller.client.post('/api/v1/seller/products', input)).json() as Product;
  expect((await seller.client.post(`/api/v1/seller/products/${product.id}/publish`)).statusCode).toBe(200);
  const rows = product.variants.flatMap((v) => (input.shippingModes ?? ['9610']).map((mode) => ({ variantId: v.id, productId: product.id, sellerId: seller.sellerId, location: mode === '1210' ? ('bonded' as const) : ('us_warehouse' as const), delta: stock })));
  if (stock > 0) await seedStock(app.db, rows, new Date());
  return product;
}

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  owner = await storeOwner(app);
});
afterAll(async () => app.cleanup());

const add = (c: TestClient, variantId: string, quantity: number, mode = '9610') => c.post('/api/v1/cart/lines', { variantId, quantity, mode });
type Group = { sellerId: string; mode: string; lines: Array<{ id: string; state: string; variantId: string; price: { taxFen: number } | null }>; quote: Record<string, unknown> & { totals: { totalFen: number; taxFen: number } }; checkout: { allowed: boolean; problems: Array<{ code: string; lineId: string | null; details: Record<string, unknown> }> } };

describe('cart quote', () => {
  it('groups lines into parcels by seller and mode, each quoted exactly like POST /api/v1/quotes', async () => {
    const both = await publishedProduct(owner, { shippingModes: ['9610', '1210'] });
    const one = await publishedProduct(owner);
    const other = await storeOwner(app);
    const theirs = await publishedProduct(other);
    const guest = new TestClient(app);
    await add(guest, both.variants[0]!.id, 2);
    await add(guest, one.variants[0]!.id, 1);
    await add(guest, both.variants[0]!.id, 1, '1210');
    await add(guest, theirs.variants[0]!.id, 3);
    const cart = (await guest.get('/api/v1/cart?province=SH')).json();
    expect(cart.groups.map((g: Group) => [g.sellerId, g.mode])).toEqual([[owner.sellerId, '9610'], [owner.sellerId, '1210'], [other.sellerId, '9610']]);
    const first = cart.groups[0] as Group;
    expect(first.lines.map((l) => l.variantId)).toEqual([both.variants[0]!.id, one.variants[0]!.id]);

    const direct = (await guest.post('/api/v1/quotes', { lines: [{ variantId: both.variants[0]!.id, quantity: 2 }, { variantId: one.variants[0]!.id, quantity: 1 }], mode: '9610', province: 'SH' })).json();
    const { id, expiresAt, ...figures } = direct;
    expect(first.quote.id).toMatch(/^quo_/);
    expect(first.quote.id).not.toBe(id);
    expect(Date.parse(first.quote['expiresAt'] as string)).toBeGreaterThan(Date.now());
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    expect(first.quote).toMatchObject(figures);
    expect((await guest.get(`/api/v1/quotes/${first.quote.id}`)).json().totals).toEqual(direct.totals);
    expect(first.lines[0]!.price!.taxFen).toBe(direct.lines[0].tax.totalFen);
    expect(first.quote.totals.taxFen).toBeGreaterThan(0);
    expect(first.checkout).toEqual({ allowed: true, problems: [] });
    const sum = cart.groups.reduce((s: number, g: Group) => s + g.quote.totals.totalFen, 0);
    expect(cart.totals.totalFen).toBe(sum);
    expect(cart.totals.taxFen).toBe(cart.groups.reduce((s: number, g: Group) => s + g.quote.totals.taxFen, 0));
    expect(cart.checkoutAllowed).toBe(true);
    expect(cart.limits).toMatchObject({ singleLimitFen: 500_000, annualLimitFen: 2_600_000, yearToDate: 'unknown', yearToDateFen: null, annualRoomFen: null });
    expect(cart.limits.note).toContain('not known');
  });

  it('shows the single-transaction limit on a parcel of divisible goods over ¥5,000 and blocks its checkout', async () => {
    const base = cherryInput();
    const dear = await publishedProduct(owner, { variants: base.variants.map((v) => ({ ...v, priceMinor: 50_000 })) });
    const guest = new TestClient(app);
    await add(guest, dear.variants[0]!.id, 2);
    const cart = (await guest.get('/api/v1/cart')).json();
    const group = cart.groups[0] as Group;
    expect(group.quote['classification']).toMatchObject({ kind: 'rejected', reason: { code: 'over_single_limit' } });
    expect(group.checkout.allowed).toBe(false);
    const problem = group.checkout.problems.find((p) => p.code === 'over_single_limit')!;
    expect(problem.details).toMatchObject({ limitFen: 500_000, roomLeftFen: 500_000 });
    expect(problem.details['attemptedFen']).toBeGreaterThan(500_000);
    expect(cart.checkoutAllowed).toBe(false);
  });

  it('flags lines whose product was unpublished or ran out, without dropping them, and prices the rest', async () => {
    const gone = await publishedProduct(owner);
    const empty = await publishedProduct(owner, {}, 0);
    const fine = await publishedProduct(owner);
    const guest = new TestClient(app);
    await add(guest, gone.variants[0]!.id, 1);
    await add(guest, empty.variants[0]!.id, 1);
    await add(guest, fine.variants[0]!.id, 1);
    expect((await owner.client.post(`/api/v1/seller/products/${gone.id}/unpublish`)).statusCode).toBe(200);
    const group = (await guest.get('/api/v1/cart')).json().groups[0] as Group;
    expect(group.lines.map((l) => l.state)).toEqual(['unpublished', 'out_of_stock', 'ok']);
    expect(group.lines.map((l) => l.price === null)).toEqual([true, true, false]);
    expect((group.quote['lines'] as unknown[]).length).toBe(1);
    expect(group.checkout.allowed).toBe(false);
    expect(group.checkout.problems.map((p) => [p.code, p.lineId])).toEqual([['unpublished', group.lines[0]!.id], ['out_of_stock', group.lines[1]!.id]]);
    await guest.request('DELETE', `/api/v1/cart/lines/${group.lines[0]!.id}`);
    await guest.request('DELETE', `/api/v1/cart/lines/${group.lines[1]!.id}`);
    expect(((await guest.get('/api/v1/cart')).json().groups[0] as Group).checkout.allowed).toBe(true);
  });

  it('says when a parcel cannot be priced, and refuses an unknown province with 400', async () => {
    const guest = new TestClient(app);
    await add(guest, (await publishedProduct(owner)).variants[0]!.id, 1);
    const res = await guest.get('/api/v1/cart?province=ZZ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('province');
    await app.db.deleteFrom('vat_rates').where('hs_code', '=', '08134090').execute();
    const group = (await guest.get('/api/v1/cart')).json().groups[0];
    expect(group.quote).toBeNull();
    expect(group.quoteError.code).toBe('vat_rate_missing');
    expect(group.checkout.problems[0].code).toBe('quote_unavailable');
  });
});
