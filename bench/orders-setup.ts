// Who buys and what they buy, for the order benchmarks. Shoppers are written straight into the
// database: account, session, verified identity (the ID number sealed with the identity module's own
// cipher under the server's PII key), consent, address and risk-notice confirmation — through HTTP,
// 10,000 shoppers took 3 minutes (sign-up alone is a scrypt hash each), and none of it is measured.
// No audit entries are written for them. Each then asks GET /api/v1/auth/session for its CSRF token,
// as a browser does; stock goes through the seller's own route, carts through the cart API. The
// products are the demo world's published ones (SEED_DEMO=true): no eligibility rule is bypassed.
import { randomBytes } from 'node:crypto';
import { parseDatabaseUrl } from '../src/config.js';
import { createDb, type Db, type DbHandle } from '../src/db/database.js';
import { hashToken } from '../src/modules/accounts/sessions.js';
import { ID_CONSENT_VERSION, maskIdNumber, RISK_NOTICE_VERSION } from '../src/modules/identity/index.js';
import { CONSENT_PURPOSE } from '../src/modules/identity/identities.js';
import { piiCipher } from '../src/modules/identity/pii-cipher.js';
import { loadOrCreateSecret } from '../src/platform/secrets.js';
import { hashPassword } from '../src/platform/passwords.js';
import { newId } from '../src/platform/ids.js';
import { eachLimit, expectStatus, type HttpClient } from './orders-load.js';

export type Shopper = { userId: string; headers: Record<string, string>; identityId: string; addressId: string };
export type Item = { variantId: string; productId: string; sellerId: string; sku: string; priceMinor: number; titleZh: string; titleEn: string };
export type Store = { sellerId: string; ownerUserId: string; items: Item[] };

/** The bench's own handle on the server's database (SQLite in WAL mode takes a second process). */
export const openBenchDb = (url: string): DbHandle => createDb(parseDatabaseUrl(url, 'NORMAL', 4));

const SETUP_WORKERS = 50;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Valid 18-character resident ID numbers (GB 11643 checksum, a real birth date 1950–1999), distinct
 * per n < 18,000,000; `region` (6 digits, random per run) keeps runs on one database apart, so no
 * buyer inherits an earlier run's annual usage.
 */
export function residentIdOf(region: number, n: number): string {
  const day = new Date(Date.UTC(1950, 0, 1) + Math.floor(n / 1000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `${region}${day}${String(n % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

/**
 * Stores whose published products ship by 9610 (direct mail), cheapest first, ranked by how many
 * distinct products they have: the flash sale takes the second, place-order the others, so the two
 * never share a SKU. Demo products only (a generated catalog in the same database is ignored).
 */
export async function rankStores(db: Db): Promise<Store[]> {
  const rows = await db
    .selectFrom('product_variants as v')
    .innerJoin('products as p', 'p.id', 'v.product_id')
    .innerJoin('seller_members as m', (j) => j.onRef('m.seller_id', '=', 'v.seller_id').on('m.role', '=', 'owner'))
    .select(['v.id as variantId', 'v.product_id as productId', 'v.seller_id as sellerId', 'v.sku', 'v.price_minor as priceMinor', 'p.title_zh as titleZh', 'p.title_en as titleEn', 'p.shipping_modes as modes', 'm.user_id as ownerUserId'])
    .where('p.status', '=', 'published')
    .where('v.sku', 'not like', 'GEN-%')
    .orderBy('v.price_minor')
    .orderBy('v.id')
    .execute();
  const stores = new Map<string, Store>();
  for (const r of rows) {
    if (!(JSON.parse(r.modes) as string[]).includes('9610')) continue;
    const store = stores.get(r.sellerId) ?? { sellerId: r.sellerId, ownerUserId: r.ownerUserId, items: [] };
    // One variant per product: lines of an order are different products, as a shopper's would be.
    if (!store.items.some((i) => i.productId === r.productId)) store.items.push({ variantId: r.variantId, productId: r.productId, sellerId: r.sellerId, sku: r.sku, priceMinor: Number(r.priceMinor), titleZh: r.titleZh, titleEn: r.titleEn });
    stores.set(r.sellerId, store);
  }
  const ranked = [...stores.values()].sort((a, b) => b.items.length - a.items.length || a.sellerId.localeCompare(b.sellerId));
  if (ranked.length < 2 || ranked[0]!.items.length < 3) throw new Error(`order bench: need two demo stores with published 9610 products (the first with 3+), found ${ranked.map((s) => s.items.length).join(', ') || 'none'}`);
  return ranked;
}

/** A session for an existing account, as the browser would hold it: cookie, CSRF token, JSON. */
export async function sessionHeaders(db: Db, client: HttpClient, userId: string): Promise<Record<string, string>> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({ id: hashToken(token), user_id: userId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + 86_400_000).toISOString(), last_seen_at: now.toISOString(), ip: null, user_agent: 'gateway-bench', revoked_at: null })
    .execute();
  return csrfFor(client, `gw_session=${token}`);
}

async function csrfFor(client: HttpClient, cookie: string): Promise<Record<string, string>> {
  const answer = await client.send({ method: 'GET', path: '/api/v1/auth/session', headers: { cookie } });
  const { csrfToken, user } = expectStatus(answer, 'GET /api/v1/auth/session', 200) as { csrfToken: string; user: unknown };
  if (!user) throw new Error('order bench: the session written to the database is not recognised by the server');
  const csrf = answer.setCookies.map((c) => c.split(';')[0]!).filter((c) => c.startsWith('gw_csrf='));
  return { cookie: [cookie, ...csrf].join('; '), 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

/** Adds (or, negative, takes out) stock through the seller's own route; returns what is available after. */
export async function adjustStock(client: HttpClient, seller: Record<string, string>, variantId: string, delta: number): Promise<number> {
  const body = JSON.stringify({ variantId, location: 'us_warehouse', delta, reason: delta > 0 ? 'received' : 'correction', note: 'gateway bench' });
  const answer = await client.send({ method: 'POST', path: '/api/v1/seller/stock/adjustments', headers: seller, body });
  return (expectStatus(answer, 'POST /api/v1/seller/stock/adjustments', 200) as { level: { available: number } }).level.available;
}

/** Units of a variant a shopper can buy now at the US warehouse (9610). */
export async function availableOf(client: HttpClient, seller: Record<string, string>, productId: string, variantId: string): Promise<{ onHand: number; reserved: number; available: number }> {
  const answer = await client.send({ method: 'GET', path: `/api/v1/seller/products/${productId}/stock`, headers: seller });
  const { variants } = expectStatus(answer, 'GET seller stock', 200) as { variants: Array<{ variantId: string; levels: Array<{ location: string; onHand: number; reserved: number; available: number }> }> };
  const level = variants.find((v) => v.variantId === variantId)?.levels.find((l) => l.location === 'us_warehouse');
  return level ?? { onHand: 0, reserved: 0, available: 0 };
}

/**
 * `count` shoppers ready to check out, written in transactions of 500; `secretsDir` is the server's,
 * whose PII key (created at its start) seals the ID numbers as the identity module would. With
 * `inCart`, each one's cart already holds one unit of that 9610 item (as the cart API would write it).
 */
export async function createShoppers(db: Db, client: HttpClient, count: number, label: string, secretsDir: string, inCart?: Item): Promise<Shopper[]> {
  const started = performance.now();
  const cipher = piiCipher(loadOrCreateSecret(secretsDir, 'pii-key'));
  const tag = `${label}-${Date.now().toString(36)}`;
  const region = 110000 + Math.floor(Math.random() * 700_000);
  const idBase = Math.floor(Math.random() * 1000) * 10_000;
  const passwordHash = await hashPassword(randomBytes(16).toString('hex'), 2 ** 14);
  const at = new Date().toISOString();
  const expires = new Date(Date.now() + 86_400_000).toISOString();
  const people = Array.from({ length: count }, (_, i) => ({
    userId: newId('usr'), token: randomBytes(32).toString('base64url'), idNumber: residentIdOf(region, idBase + i), email: `buyer-${tag}-${i}@bench.example`,
    identityId: newId('sid'), addressId: newId('adr'),
  }));
  const person = { real_name: '李伟', mobile: '13800138000' };
  for (let i = 0; i < people.length; i += 500) {
    const chunk = people.slice(i, i + 500);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values(chunk.map((p) => ({ id: p.userId, email: p.email, name: person.real_name, password_hash: passwordHash, role: 'shopper' as const, locale: 'zh-CN' as const, status: 'active' as const, created_at: at, updated_at: at, password_changed_at: at }))).execute();
      await trx.insertInto('sessions').values(chunk.map((p) => ({ id: hashToken(p.token), user_id: p.userId, created_at: at, expires_at: expires, last_seen_at: at, ip: null, user_agent: 'gateway-bench', revoked_at: null }))).execute();
      await trx
        .insertInto('shopper_identities')
        .values(chunk.map((p) => ({ id: p.identityId, user_id: p.userId, ...person, id_number_enc: cipher.encrypt(p.idNumber), id_number_hash: cipher.lookupHash(p.idNumber), id_number_masked: maskIdNumber(p.idNumber), status: 'active' as const, created_at: at, updated_at: at, removed_at: null })))
        .execute();
      await trx.insertInto('identity_consents').values(chunk.map((p) => ({ id: newId('cns'), user_id: p.userId, identity_id: p.identityId, purpose: CONSENT_PURPOSE, notice_version: ID_CONSENT_VERSION, consented_at: at, withdrawn_at: null }))).execute();
      await trx
        .insertInto('shopper_addresses')
        .values(chunk.map((p) => ({ id: p.addressId, user_id: p.userId, recipient: person.real_name, phone: person.mobile, province: 'SH', city: '上海市', district: '浦东新区', street: '世纪大道100号', postcode: '200120', made_default_at: at, created_at: at, updated_at: at, deleted_at: null })))
        .execute();
      await trx.insertInto('risk_notice_confirmations').values(chunk.map((p) => ({ id: newId('rnc'), user_id: p.userId, notice_version: RISK_NOTICE_VERSION, confirmed_at: at }))).execute();
      if (!inCart) return;
      const carts = chunk.map((p) => ({ id: newId('crt'), user_id: p.userId, token_hash: null, created_at: at, updated_at: at }));
      await trx.insertInto('carts').values(carts).execute();
      const i = inCart;
      await trx
        .insertInto('cart_lines')
        .values(carts.map((c) => ({ id: newId('cln'), cart_id: c.id, variant_id: i.variantId, product_id: i.productId, seller_id: i.sellerId, mode: '9610' as const, quantity: 1, sku: i.sku, title_zh: i.titleZh, title_en: i.titleEn, created_at: at, updated_at: at })))
        .execute();
    });
  }
  const inserted = performance.now();
  const shoppers = await eachLimit(people, SETUP_WORKERS, async (p): Promise<Shopper> => ({ userId: p.userId, headers: await csrfFor(client, `gw_session=${p.token}`), identityId: p.identityId, addressId: p.addressId }));
  // What the server makes of the first: its identity and the risk notice, read back through the API.
  const first = shoppers[0]!;
  const identities = expectStatus(await client.send({ method: 'GET', path: '/api/v1/me/identities', headers: first.headers }), 'GET /api/v1/me/identities', 200) as { items: Array<{ id: string }> };
  const risk = expectStatus(await client.send({ method: 'GET', path: '/api/v1/me/risk-notice', headers: first.headers }), 'GET /api/v1/me/risk-notice', 200) as { confirmedAt: string | null };
  if (identities.items[0]?.id !== first.identityId || !risk.confirmedAt) throw new Error('order bench: the server does not see the shoppers written to the database as ready to check out');
  if (inCart) {
    const cart = expectStatus(await client.send({ method: 'GET', path: '/api/v1/cart/count', headers: first.headers }), 'GET /api/v1/cart/count', 200) as { itemCount: number };
    if (cart.itemCount !== 1) throw new Error(`order bench: the first shopper's cart holds ${cart.itemCount} items, not 1`);
  }
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`${count.toLocaleString('en-US')} shoppers (${label}): written to the database in ${s(inserted - started)} s, CSRF tokens over HTTP in ${s(performance.now() - inserted)} s`);
  return shoppers;
}

/** Puts lines in a shopper's cart through the cart API (what a shopper does before checkout). */
export async function fillCart(client: HttpClient, shopper: Shopper, lines: Array<{ variantId: string; quantity: number }>): Promise<void> {
  for (const line of lines) {
    const answer = await client.send({ method: 'POST', path: '/api/v1/cart/lines', headers: shopper.headers, body: JSON.stringify({ ...line, mode: '9610' }) });
    expectStatus(answer, 'POST /api/v1/cart/lines', 201);
  }
}

/** The checkout request itself: a fresh Idempotency-Key per attempt, as the storefront sends it. */
export const checkoutCall = (shopper: Shopper) => ({
  method: 'POST' as const,
  path: '/api/v1/checkout',
  headers: { ...shopper.headers, 'idempotency-key': `bench-${randomBytes(12).toString('base64url')}` },
  body: JSON.stringify({ identityId: shopper.identityId, addressId: shopper.addressId }),
});
