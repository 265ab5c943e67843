import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { TestClient } from '../../../test/client.js';
import { buildUser, PASSWORD, signedInAs } from '../../../test/factories.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { seedStock } from '../inventory/index.js';

let app: TestApp;
let owner: StoreOwner;
let variantId: string;
let n = 0;

async function publishedProduct(overrides: Parameters<typeof cherryInput>[0] = {}) {
  n++;
  const base = cherryInput();
  const input = cherryInput({ titleEn: `${base.titleEn} ${n}`, imageIds: [await productImage(app, owner.sellerId, owner.userId)], variants: base.variants.map((v) => ({ ...v, sku: `${v.sku}-${n}` })), ...overrides });
  const product = (await owner.client.post('/api/v1/seller/products', input)).json();
  expect((await owner.client.post(`/api/v1/seller/products/${product.id}/publish`)).statusCode).toBe(200);
  await seedStock(app.db, product.variants.map((v: { id: string }) => ({ variantId: v.id, productId: product.id, sellerId: owner.sellerId, location: 'us_warehouse', delta: 500 })), new Date());
  return product as { id: string; variants: Array<{ id: string }> };
}

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  owner = await storeOwner(app);
  variantId = (await publishedProduct()).variants[0]!.id;
});
afterAll(async () => app.cleanup());

const add = (c: TestClient, body: object) => c.post('/api/v1/cart/lines', body);
const patch = (c: TestClient, lineId: string, body: object) => c.request('PATCH', `/api/v1/cart/lines/${lineId}`, body);

describe('guest cart', () => {
  it('keeps a guest cart by an HttpOnly SameSite=Lax cookie whose token is stored only as a hash', async () => {
    const guest = new TestClient(app);
    expect((await guest.get('/api/v1/cart')).json()).toMatchObject({ lineCount: 0, groups: [] });
    const res = await add(guest, { variantId, quantity: 2, mode: '9610' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ line: { variantId, mode: '9610', quantity: 2 }, capped: false, itemCount: 2, lineCount: 1 });
    const cookie = res.cookies.find((c) => c.name === 'gw_cart')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const carts = await app.db.selectFrom('carts').select(['token_hash', 'user_id']).execute();
    expect(carts.some((c) => c.token_hash === cookie.value)).toBe(false);
    const count = await guest.get('/api/v1/cart/count');
    expect(count.json()).toMatchObject({ itemCount: 2, lineCount: 1 });
    expect(count.headers['cache-control']).toBe('private, no-store');
    expect((await new TestClient(app).get('/api/v1/cart/count')).json()).toMatchObject({ itemCount: 0 });
  });

  it('refuses guest writes without the CSRF token of the same browser', async () => {
    const guest = new TestClient(app);
    await guest.refreshCsrf();
    const forged = await app.inject({ method: 'POST', url: '/api/v1/cart/lines', payload: { variantId, quantity: 1, mode: '9610' }, headers: { 'x-csrf-token': guest.csrfToken! } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_invalid');
  });

  it('merges the guest cart into the account at sign-in: quantities add up, capped, once', async () => {
    const user = await buildUser(app.db);
    const account = new TestClient(app);
    await account.signIn(user.email, PASSWORD);
    await add(account, { variantId, quantity: 3, mode: '9610' });
    const other = (await publishedProduct()).variants[0]!.id;

    const browser = new TestClient(app);
    await add(browser, { variantId, quantity: 4, mode: '9610' });
    await add(browser, { variantId: other, quantity: 1, mode: '9610' });
    await browser.signIn(user.email, PASSWORD);
    const merged = await browser.get('/api/v1/cart');
    expect(merged.statusCode).toBe(200);
    expect(merged.json().merged).toEqual({ lines: 2, capped: 0, dropped: 0 });
    expect(merged.cookies.find((c) => c.name === 'gw_cart')?.value).toBe('');
    expect(browser.cookie('gw_cart')).toBeUndefined();
    const lines = merged.json().groups.flatMap((g: { lines: object[] }) => g.lines);
    expect(lines.map((l: { variantId: string; quantity: number }) => [l.variantId, l.quantity]).sort()).toEqual([[variantId, 7], [other, 1]].sort());
    const again = (await browser.get('/api/v1/cart')).json();
    expect(again.merged).toBeNull();
    expect(again.itemCount).toBe(8);
    expect((await account.get('/api/v1/cart/count')).json().itemCount).toBe(8);

    const capped = new TestClient(app);
    await add(capped, { variantId, quantity: 95, mode: '9610' });
    await capped.signIn(user.email, PASSWORD);
    expect((await capped.get('/api/v1/cart/count')).json()).toMatchObject({ itemCount: 99 + 1, merged: { lines: 1, capped: 1, dropped: 0 } });
  });
});

describe('merge races', () => {
  it('merges once when several requests after sign-in carry the same guest cookie', async () => {
    const user = await buildUser(app.db);
    const browser = new TestClient(app);
    await add(browser, { variantId, quantity: 4, mode: '9610' });
    await browser.signIn(user.email, PASSWORD);
    const answers = await Promise.all(Array.from({ length: 6 }, () => browser.get('/api/v1/cart/count')));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    expect(answers.filter((r) => r.json().merged !== null)).toHaveLength(1);
    expect((await browser.get('/api/v1/cart/count')).json().itemCount).toBe(4);
  });
});

describe('lines', () => {
  it('adds the same variant and mode to one line, capped at 99, and sets quantities within 1..99', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const first = (await add(client, { variantId, quantity: 60, mode: '9610' })).json();
    const second = (await add(client, { variantId, quantity: 60, mode: '9610' })).json();
    expect(second).toMatchObject({ line: { id: first.line.id, quantity: 99 }, capped: true, lineCount: 1 });
    expect((await patch(client, first.line.id, { quantity: 5 })).json()).toMatchObject({ line: { quantity: 5 }, itemCount: 5 });
    for (const quantity of [0, 100, 1.5, 'three', null, -5]) {
      const res = await patch(client, first.line.id, { quantity });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('quantity');
    }
    expect((await client.request('DELETE', `/api/v1/cart/lines/${first.line.id}`)).statusCode).toBe(204);
    expect((await client.get('/api/v1/cart/count')).json().lineCount).toBe(0);
  });

  it('counts every one of concurrent adds of the same line, and a first cart only once', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    await client.refreshCsrf();
    const answers = await Promise.all(Array.from({ length: 10 }, () => add(client, { variantId, quantity: 5, mode: '9610' })));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    expect((await client.get('/api/v1/cart/count')).json()).toMatchObject({ itemCount: 50, lineCount: 1 });
    expect(await app.db.selectFrom('carts').select('id').where('user_id', '=', user.id).execute()).toHaveLength(1);
  });

  it('answers 404 when another shopper or a guest touches your line', async () => {
    const { client: mine } = await signedInAs(app, 'shopper');
    const { client: theirs } = await signedInAs(app, 'shopper');
    await add(theirs, { variantId, quantity: 1, mode: '9610' });
    const lineId = (await add(mine, { variantId, quantity: 2, mode: '9610' })).json().line.id;
    const guest = new TestClient(app);
    for (const c of [theirs, guest]) {
      expect((await patch(c, lineId, { quantity: 9 })).statusCode).toBe(404);
      expect((await c.request('DELETE', `/api/v1/cart/lines/${lineId}`)).statusCode).toBe(404);
    }
    expect((await mine.get('/api/v1/cart/count')).json().itemCount).toBe(2);
  });

  it('refuses a mode the product does not ship by, naming the field, and products not on sale', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const res = await add(client, { variantId, quantity: 1, mode: '1210' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'mode_not_offered', details: { fields: [{ field: 'mode' }] } });
    const missing = await add(client, { variantId: 'var_00000000000000000000000000', quantity: 1, mode: '9610' });
    expect(missing.json().error.details.fields[0].field).toBe('variantId');
  });

  it('holds at most 50 lines', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    await add(client, { variantId, quantity: 1, mode: '9610' });
    const cart = await app.db.selectFrom('carts').select('id').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    const filler = Array.from({ length: 49 }, (_, i) => ({ id: `cln_${String(i).padStart(26, '0')}`, cart_id: cart.id, variant_id: `var_${String(i).padStart(26, '0')}`, product_id: 'prd_x', seller_id: owner.sellerId, mode: '9610' as const, quantity: 1, sku: `X-${i}`, title_zh: '旧商品', title_en: 'Old', created_at: at, updated_at: at }));
    await app.db.insertInto('cart_lines').values(filler).execute();
    const full = await add(client, { variantId: (await publishedProduct()).variants[0]!.id, quantity: 1, mode: '9610' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('cart_full');
    expect((await add(client, { variantId, quantity: 1, mode: '9610' })).statusCode).toBe(201);
  });

  it('never answers 5xx to bad input', async () => {
    const guest = new TestClient(app);
    const bodies = [undefined, {}, [], 'x', { variantId, quantity: 1 }, { variantId, quantity: 1, mode: '9999' }, { variantId: 'var_' + 'z'.repeat(5000), quantity: 1, mode: '9610' }, { variantId, quantity: -1, mode: '9610' }, { variantId, quantity: 1e20, mode: '9610' }, { variantId, quantity: 1, mode: '9610', extra: 1 }, { variantId: '\ud800', quantity: 1, mode: '9610' }];
    for (const body of bodies) {
      const res = await add(guest, body as object);
      expect([400, 415]).toContain(res.statusCode);
      expect(res.json().error.code).toBeTruthy();
    }
    for (const id of ['x', 'cln_', `cln_${'0'.repeat(26)}`, '%00', 'cln_' + '😀'.repeat(13)]) {
      const res = await patch(guest, encodeURIComponent(id), { quantity: 1 });
      expect([400, 404]).toContain(res.statusCode);
    }
    for (const province of ['', 'sh', 'ZZ', 'S"', 'x'.repeat(5000)]) {
      const res = await guest.get(`/api/v1/cart?province=${encodeURIComponent(province)}`);
      expect(res.statusCode).toBeLessThan(500);
    }
    const spec = (await guest.get('/openapi.json')).json();
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/api/v1/cart')).sort()).toEqual(['/api/v1/cart', '/api/v1/cart/count', '/api/v1/cart/lines', '/api/v1/cart/lines/{lineId}']);
    const bad = await guest.get('/api/v1/cart?unknown=1');
    expect(bad.statusCode).toBe(400);
    const forgedCookie = await app.inject({ method: 'GET', url: '/api/v1/cart/count', cookies: { gw_cart: 'x'.repeat(43) } });
    expect(forgedCookie.json()).toMatchObject({ itemCount: 0 });
  });
});
