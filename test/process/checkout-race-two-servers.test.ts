// Issue 6 across processes: two real servers on one database, 200 shoppers (half on each) racing to
// buy a SKU with exactly 50 units. Exactly 50 orders, 150 clear "sold out" answers, no 5xx, stock
// reserved 50 / available 0, and reservations agree with the orders (reconcileReservations).
// The engine is the one under test: PostgreSQL (a fresh database, dropped afterwards) when
// TEST_DATABASE_URL is set; otherwise one SQLite file (WAL) shared by both processes, as WAL allows.
import { afterAll, describe, expect, it } from 'vitest';
import { ID_CONSENT_VERSION, RISK_NOTICE_VERSION } from '../../src/modules/identity/index.js';
import { reconcileReservations } from '../../src/modules/orders/index.js';
import { residentId } from '../checkout.js';
import { Browser, engine, sharedDatabase, startServer, stopAllServers, type Answer, type Server, type SharedDatabase } from './servers.js';

/** The database both servers share, with their secrets, media and mail (servers.ts): made when the test runs. */
let shared: SharedDatabase | undefined;
afterAll(async () => {
  await stopAllServers();
  await shared?.drop();
}, 60_000);

// Two servers on one SQLite file work because transactions begin with BEGIN IMMEDIATE
// (src/db/database.ts): a deferred BEGIN that reads and then writes cannot wait for the other
// process's write lock and fails at once with SQLITE_BUSY (a 500).

const SHOPPERS = 200;
const UNITS = 50;
const SELLER = { email: 'sarah@tartcherry.example', password: 'gateway-demo' };

type Shopper = { browser: Browser; server: 'A' | 'B'; body: { identityId: unknown; addressId: unknown }; key: string };

async function newShopper(server: Server, name: 'A' | 'B', n: number, variantId: string): Promise<Shopper> {
  const browser = await new Browser(server.base).open();
  const ok = (r: Answer, what: string) => expect(r.status, `${what} for shopper ${n}: ${JSON.stringify(r.json)}\n${server.output().slice(-4000)}`).toBe(201);
  ok(await browser.request('POST', '/api/v1/auth/sign-up', { email: `race${n}@shopper.example`, password: 'race-test-password', name: `买家${n}` }), 'sign-up');
  const identity = await browser.request('POST', '/api/v1/me/identities', { realName: '李伟', idNumber: residentId(100_000 + n), mobile: '13800138000', consent: { noticeVersion: ID_CONSENT_VERSION, accepted: true } });
  ok(identity, 'identity');
  const address = await browser.request('POST', '/api/v1/me/addresses', { recipient: '李伟', phone: '13800138000', province: 'SH', city: '上海市', district: '浦东新区', street: '世纪大道100号', postcode: '200120' });
  ok(address, 'address');
  ok(await browser.request('POST', '/api/v1/me/risk-notice', { version: RISK_NOTICE_VERSION }), 'risk notice');
  ok(await browser.request('POST', '/api/v1/cart/lines', { variantId, quantity: 1, mode: '9610' }), 'cart line');
  return { browser, server: name, body: { identityId: identity.json['id'], addressId: address.json['id'] }, key: `race-${n}-${Date.now()}` };
}

type Level = { location: string; onHand: number; reserved: number; available: number };
async function directMailLevel(seller: Browser, productId: string, variantId: string): Promise<Level> {
  const stock = await seller.request('GET', `/api/v1/seller/products/${productId}/stock`);
  expect(stock.status).toBe(200);
  const variant = (stock.json['variants'] as Array<{ variantId: string; levels: Level[] }>).find((v) => v.variantId === variantId)!;
  return variant.levels.find((l) => l.location === 'us_warehouse') ?? { location: 'us_warehouse', onHand: 0, reserved: 0, available: 0 };
}

describe(`checkout race across two server processes (${engine})`, () => {
  const title = `sells exactly ${UNITS} units to ${SHOPPERS} buyers split over two servers on one ${engine} database: ${SHOPPERS - UNITS} "sold out" answers, no 5xx`;
  it(title, async ({ annotate }) => {
    shared = await sharedDatabase('race');
    const env = { ...shared.env, SEED_DEMO: 'true', PG_POOL_MAX: '10' };
    // The second server starts once the first has migrated and seeded: what it finds is already there.
    const a = await startServer(env);
    const b = await startServer(env);
    const logs = () => `server A:\n${a.output()}\nserver B:\n${b.output()}`;

    // The demo seller's first published product, its first variant held at exactly 50 available for direct mail (9610).
    const seller = new Browser(a.base);
    expect((await seller.signIn(SELLER.email, SELLER.password)).status).toBe(200);
    const listed = await seller.request('GET', '/api/v1/seller/products?status=published&limit=50');
    const product = (listed.json['items'] as Array<{ id: string; shippingModes: string[]; variants: Array<{ id: string }> }>).find((p) => p.shippingModes.includes('9610'))!;
    const variantId = product.variants[0]!.id;
    const before = await directMailLevel(seller, product.id, variantId);
    if (before.available !== UNITS) {
      const adjusted = await seller.request('POST', '/api/v1/seller/stock/adjustments', { variantId, location: 'us_warehouse', delta: UNITS - before.available, reason: 'counted', note: 'race test' });
      expect(adjusted.status, JSON.stringify(adjusted.json)).toBe(200);
    }
    const start = await directMailLevel(seller, product.id, variantId);
    expect(start.available).toBe(UNITS);

    // 200 shoppers made ready over the API, alternately on server A and server B, 20 at a time.
    const shoppers: Shopper[] = [];
    for (let i = 0; i < SHOPPERS; i += 20) {
      shoppers.push(...(await Promise.all(Array.from({ length: 20 }, (_, j) => ((i + j) % 2 === 0 ? newShopper(a, 'A', i + j, variantId) : newShopper(b, 'B', i + j, variantId))))));
    }

    // Every checkout sent at once.
    const answers = await Promise.all(shoppers.map((s) => s.browser.request('POST', '/api/v1/checkout', s.body, { 'idempotency-key': s.key })));

    const statuses = answers.map((r) => r.status);
    expect(answers.filter((r) => r.status >= 500), logs()).toEqual([]);
    const sold = answers.flatMap((r, i) => (r.status === 201 ? [{ shopper: shoppers[i]!, orders: r.json['orders'] as Array<{ orderNo: string }> }] : []));
    const refused = answers.filter((r) => r.status !== 201);
    expect(sold, `statuses: ${JSON.stringify(statuses)}`).toHaveLength(UNITS);
    expect(refused).toHaveLength(SHOPPERS - UNITS);
    for (const r of refused) expect({ status: r.status, code: (r.json['error'] as { code?: string } | undefined)?.code }).toEqual({ status: 409, code: 'sold_out' });
    // Each sale is one order of its own.
    expect(sold.every((s) => s.orders.length === 1)).toBe(true);
    expect(new Set(sold.map((s) => s.orders[0]!.orderNo)).size).toBe(UNITS);
    // Half the buyers on each server, and both servers sold: the two processes really competed for the stock.
    const byServer = (['A', 'B'] as const).map((name) => ({ name, buyers: shoppers.filter((s) => s.server === name).length, sold: sold.filter((s) => s.shopper.server === name).length }));
    await annotate(`${engine}: orders placed through ${byServer.map((x) => `server ${x.name}: ${x.sold}`).join(', ')}`);
    for (const x of byServer) {
      expect(x.buyers).toBe(SHOPPERS / 2);
      expect(x.sold, `orders placed through server ${x.name}`).toBeGreaterThan(0);
    }

    // The stock, as the seller sees it through either server: all 50 reserved, none left.
    for (const server of [a, b]) {
      const view = server === a ? seller : new Browser(b.base);
      if (server === b) expect((await view.signIn(SELLER.email, SELLER.password)).status).toBe(200);
      expect(await directMailLevel(view, product.id, variantId)).toEqual({ ...start, reserved: start.reserved + UNITS, available: 0 });
    }

    // The books: 50 units on pending orders, one order per winning buyer, and reservations agree with orders.
    await shared.read(async (db) => {
      const lines = await db.selectFrom('order_lines').innerJoin('orders', 'orders.id', 'order_lines.order_id').select((eb) => eb.fn.sum<number>('order_lines.quantity').as('q')).where('order_lines.variant_id', '=', variantId).where('orders.status', '=', 'pending_payment').executeTakeFirstOrThrow();
      expect(Number(lines.q)).toBe(UNITS);
      const buyers = await db.selectFrom('orders').innerJoin('users', 'users.id', 'orders.user_id').select(['users.email', (eb) => eb.fn.countAll<number>().as('n')]).where('users.email', 'like', 'race%@shopper.example').groupBy('users.email').execute();
      expect(buyers.map((u) => [u.email, Number(u.n)]).sort()).toEqual(sold.map((s) => [`race${shoppers.indexOf(s.shopper)}@shopper.example`, 1]).sort());
      expect((await reconcileReservations(db)).differences).toEqual([]);
    });
  }, 150_000);
});
