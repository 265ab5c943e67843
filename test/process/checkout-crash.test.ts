// The real server killed (SIGKILL) in the middle of a checkout rush, then started again on the same
// database: every order that was acknowledged (201) is there, retries with the same Idempotency-Key
// never make a second order, and stock reservations agree exactly with the orders
// (reconcileReservations, what `npx gateway reconcile` runs). SQLite with its default durability
// (synchronous=FULL).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/config.js';
import { createDb } from '../../src/db/database.js';
import { ID_CONSENT_VERSION, RISK_NOTICE_VERSION } from '../../src/modules/identity/index.js';
import { reconcileReservations } from '../../src/modules/orders/index.js';
import { residentId } from '../checkout.js';

const dir = mkdtempSync(join(tmpdir(), 'gateway-crash-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function start(port: number): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: `file:${join(dir, 'db.sqlite')}`, SECRETS_DIR: join(dir, 'secrets'), MEDIA_DIR: join(dir, 'media'), MAIL_DIR: join(dir, 'mail'), LOG_LEVEL: 'warn', SEED_DEMO: 'true', PASSWORD_SCRYPT_N: String(2 ** 14), PUBLIC_API_RATE_LIMIT_PER_MINUTE: '100000', AUTH_RATE_LIMIT_PER_MINUTE: '100000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return { child, exited };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

type Session = { cookie: string; csrf: string };
async function call(base: string, s: Session | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as Record<string, unknown> & { [k: string]: unknown }, headers: res.headers };
}

async function newShopper(base: string, n: number, variantId: string) {
  const first = await fetch(`${base}/api/v1/auth/session`);
  const anon = { cookie: first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrf: ((await first.json()) as { csrfToken: string }).csrfToken };
  const up = await fetch(`${base}/api/v1/auth/sign-up`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: anon.cookie, 'x-csrf-token': anon.csrf }, body: JSON.stringify({ email: `crash${n}@shopper.example`, password: 'crash-test-password', name: `买家${n}` }) });
  expect(up.status).toBe(201);
  const cookie = [anon.cookie, ...up.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
  const s: Session = { cookie, csrf: ((await up.json()) as { csrfToken: string }).csrfToken };
  const identity = await call(base, s, 'POST', '/api/v1/me/identities', { realName: '李伟', idNumber: residentId(200_000 + n), mobile: '13800138000', consent: { noticeVersion: ID_CONSENT_VERSION, accepted: true } });
  expect(identity.status).toBe(201);
  const address = await call(base, s, 'POST', '/api/v1/me/addresses', { recipient: '李伟', phone: '13800138000', province: 'SH', city: '上海市', district: '浦东新区', street: '世纪大道100号', postcode: '200120' });
  expect(address.status).toBe(201);
  expect((await call(base, s, 'POST', '/api/v1/me/risk-notice', { version: RISK_NOTICE_VERSION })).status).toBe(201);
  expect((await call(base, s, 'POST', '/api/v1/cart/lines', { variantId, quantity: 1, mode: '9610' })).status).toBe(201);
  return { s, body: { identityId: identity.json['id'], addressId: address.json['id'] }, key: `crash-${n}-${Date.now()}` };
}

describe('checkout survives a killed server', () => {
  it('keeps every acknowledged order and reconciles stock exactly after SIGKILL and restart', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let server = await start(port);
    const search = await call(base, null, 'GET', `/api/v1/search?q=${encodeURIComponent('樱桃')}&inStock=true&mode=9610`);
    const productId = (search.json['items'] as Array<{ productId: string }>)[0]!.productId;
    const page = await call(base, null, 'GET', `/api/v1/storefront/products/${productId}`);
    const variant = (page.json['variants'] as Array<{ variantId: string; offers: Array<{ mode: string; available: number }> }>).find((v) => v.offers.some((o) => o.mode === '9610' && o.available >= 40))!;
    const buyers = [];
    for (let i = 0; i < 40; i++) buyers.push(await newShopper(base, i, variant.variantId));

    const answers = buyers.map((b) => call(base, b.s, 'POST', '/api/v1/checkout', b.body, { 'idempotency-key': b.key }).catch(() => null));
    await new Promise((r) => setTimeout(r, 40));
    server.child.kill('SIGKILL');
    await server.exited;
    const settled = await Promise.all(answers);
    const acknowledged = settled.flatMap((r, i) => (r?.status === 201 ? [{ i, orderNo: (r.json['orders'] as Array<{ orderNo: string }>)[0]!.orderNo }] : []));

    server = await start(port);
    for (const a of acknowledged) expect((await call(base, buyers[a.i]!.s, 'GET', `/api/v1/me/orders/${a.orderNo}`)).status).toBe(200);
    // Every buyer retries with the same key: the acknowledged get their order back, the others get one now.
    const retried = await Promise.all(buyers.map((b) => call(base, b.s, 'POST', '/api/v1/checkout', b.body, { 'idempotency-key': b.key })));
    for (const a of acknowledged) expect((retried[a.i]!.json['orders'] as Array<{ orderNo: string }>)[0]!.orderNo).toBe(a.orderNo);
    expect(retried.filter((r) => r.status >= 500)).toEqual([]);
    server.child.kill('SIGTERM');
    await server.exited;

    const { db } = createDb(parseDatabaseUrl(`file:${join(dir, 'db.sqlite')}`, 'FULL', 1));
    try {
      const perUser = await db.selectFrom('orders').innerJoin('users', 'users.id', 'orders.user_id').select(['users.email', (eb) => eb.fn.countAll<number>().as('n')]).where('users.email', 'like', 'crash%').groupBy('users.email').execute();
      expect(perUser.every((u) => Number(u.n) === 1)).toBe(true);
      expect(perUser).toHaveLength(retried.filter((r) => r.status === 201).length);
      expect((await reconcileReservations(db)).differences).toEqual([]);
    } finally {
      await db.destroy();
    }
  }, 240_000);
});
