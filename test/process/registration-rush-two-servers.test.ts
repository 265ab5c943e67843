// Issue 7 across processes: the registration rush on two real servers sharing one database. 5,000
// businesses (distinct e-mails, half sent to each server, hundreds in flight at once) register for an
// event with 1,000 seats: exactly 1,000 confirmed, 4,000 waitlisted with positions 1..4,000 (no gaps,
// no duplicates), one row per e-mail, no 5xx; the counters agree through either server, and repeating
// e-mails gets 409 already_registered. The time to absorb the rush is printed and annotated.
// The engine is the one under test: PostgreSQL (a fresh database, dropped afterwards) when
// TEST_DATABASE_URL is set; otherwise one SQLite file shared by both processes (transactions begin
// IMMEDIATE, so the second process waits for the first's write lock instead of failing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/config.js';
import { createDb } from '../../src/db/database.js';
import { Browser, startServer, stopAllServers, type Answer } from './servers.js';

const pgUrl = process.env['TEST_DATABASE_URL'];
const engine = pgUrl ? 'PostgreSQL' : 'SQLite';
/** Secrets, media, mail (and the SQLite file) of both servers: made when the test runs. */
let dir = '';
// A database of its own (not a schema in `test`), as in the checkout race: the migrator would find
// another test's kysely_migration tables through search_path.
const database = `gw_rush_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

const SEATS = 1000;
const RUSH = 5000;
/** Requests in flight at once, over both servers (5,000 sockets at once would only measure the kernel's backlog). */
const IN_FLIGHT = 500;
const OPERATOR = { email: 'ops@gateway.example', password: 'gateway-demo' };
const SLUG = 'rush-two-servers';

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** DATABASE_URL for both servers: the fresh PostgreSQL database on TEST_DATABASE_URL's server, or the shared SQLite file. */
function databaseUrl(): string {
  if (!pgUrl) return `file:${join(dir, 'db.sqlite')}`;
  const url = new URL(pgUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

afterAll(async () => {
  await stopAllServers();
  if (pgUrl) await admin((c) => c.query(`drop database if exists ${database} with (force)`));
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

const form = (i: number) => ({
  email: `rush-${i}@business.example`,
  firstName: 'Rush',
  lastName: `Registrant ${i}`,
  company: `Company ${i}`,
  businessType: 'farm',
  state: 'MI',
  sells: 'tart cherries',
  chinaExperience: 'exploring',
  interests: ['food_agriculture'],
  consentContact: i % 2 === 0,
  ticketType: 'general',
});

type Registration = { id: string; status: string; waitlistPosition: number | null; email: string };
type OpsEvent = { held: number; waitlistNext: number; counts: Record<string, number>; capacity: { seatsLeft: number; status: string; waitlisted: number }; ticketTypes: Array<{ code: string; held: number }> };

/** Runs `job(0..n-1)` with at most `limit` running at once; the answers in index order. */
async function pooled<T>(n: number, limit: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await job(i);
      }
    }),
  );
  return out;
}

/** An answer, or the network error turned into a status 0 (so one refused socket is reported, not thrown). */
async function attempt(browser: Browser, i: number): Promise<Answer> {
  try {
    return await browser.request('POST', `/api/v1/conference/events/${SLUG}/registrations`, form(i));
  } catch (err) {
    return { status: 0, json: { error: String(err) } };
  }
}

describe(`registration rush across two server processes (${engine})`, () => {
  const title = `confirms exactly ${SEATS} of ${RUSH} registrations split over two servers on one ${engine} database, waitlists the rest 1..${RUSH - SEATS}, no 5xx`;
  it(title, async ({ annotate }) => {
    dir = mkdtempSync(join(tmpdir(), 'gateway-rush-'));
    if (pgUrl) await admin((c) => c.query(`create database ${database}`));
    const env = { DATABASE_URL: databaseUrl(), SECRETS_DIR: join(dir, 'secrets'), MEDIA_DIR: join(dir, 'media'), MAIL_DIR: join(dir, 'mail'), SEED_DEMO: 'true', PG_POOL_MAX: '10' };
    // The second server starts once the first has migrated and seeded (the demo operator signs in below).
    const a = await startServer(env);
    const b = await startServer(env);
    const logs = () => `server A:\n${a.output().slice(-4000)}\nserver B:\n${b.output().slice(-4000)}`;

    // The operator sets up the event through server A: 1,000 seats, a free ticket type whose quota is
    // above the capacity (the event's counter is the one that runs out), registration open now.
    const op = new Browser(a.base);
    expect((await op.signIn(OPERATOR.email, OPERATOR.password)).status).toBe(200);
    const created = await op.request('POST', '/api/v1/ops/conference/events', {
      slug: SLUG, name: 'Rush Across Servers', tagline: '', description: '', venueName: 'Hall A', venueAddress: '1 Washington Blvd, Detroit, MI 48226',
      timeZone: 'America/Detroit', startsOn: '2027-06-22', endsOn: '2027-06-23', registrationOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
      registrationClosesAt: new Date(Date.now() + 86_400_000).toISOString(), capacity: SEATS, status: 'published',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const eventId = created.json['id'] as string;
    const ticketType = await op.request('POST', `/api/v1/ops/conference/events/${eventId}/ticket-types`, { code: 'general', name: 'General admission', description: '', priceCents: 0, quota: RUSH, includesWorkshops: false });
    expect(ticketType.status, JSON.stringify(ticketType.json)).toBe(201);

    // One anonymous visitor per server (its session's CSRF token); even registrations go to A, odd to B.
    const visitors = { A: await new Browser(a.base).open(), B: await new Browser(b.base).open() };
    const serverOf = (i: number): 'A' | 'B' => (i % 2 === 0 ? 'A' : 'B');
    // Both processes have seen the event before the rush (the page answers through each).
    for (const v of Object.values(visitors)) expect((await v.request('GET', `/api/v1/conference/events/${SLUG}`)).status).toBe(200);

    const started = performance.now();
    const answers = await pooled(RUSH, IN_FLIGHT, (i) => attempt(visitors[serverOf(i)], i));
    const seconds = (performance.now() - started) / 1000;
    const line = `${engine}, two servers: ${RUSH} registrations for ${SEATS} seats absorbed in ${seconds.toFixed(1)} s (${Math.round(RUSH / seconds)}/s, ${IN_FLIGHT} in flight)`;
    console.warn(`registration rush: ${line}`);
    await annotate(line);

    const failed = answers.flatMap((r, i) => (r.status !== 201 ? [{ i, server: serverOf(i), status: r.status, body: r.json }] : []));
    expect(failed.filter((f) => f.status >= 500 || f.status === 0).slice(0, 5), logs()).toEqual([]);
    expect(failed.slice(0, 5), logs()).toEqual([]);

    const registrations = answers.map((r) => r.json['registration'] as Registration);
    // Each answer is the registration asked for: its own e-mail, its own id.
    expect(registrations.map((r) => r.email)).toEqual(answers.map((_, i) => form(i).email));
    expect(new Set(registrations.map((r) => r.id)).size).toBe(RUSH);
    const confirmed = registrations.filter((r) => r.status === 'confirmed');
    const waitlisted = registrations.filter((r) => r.status === 'waitlisted');
    expect(confirmed).toHaveLength(SEATS);
    expect(waitlisted).toHaveLength(RUSH - SEATS);
    expect(confirmed.every((r) => r.waitlistPosition === null)).toBe(true);
    // Positions 1..4,000: no gaps and no duplicates, though two processes handed them out.
    expect(waitlisted.map((r) => r.waitlistPosition).sort((x, y) => x! - y!)).toEqual(Array.from({ length: RUSH - SEATS }, (_, i) => i + 1));

    // Both servers took part: each confirmed and each waitlisted some of its half.
    const byServer = (['A', 'B'] as const).map((name) => {
      const mine = registrations.filter((_, i) => serverOf(i) === name);
      return { name, sent: mine.length, confirmed: mine.filter((r) => r.status === 'confirmed').length, waitlisted: mine.filter((r) => r.status === 'waitlisted').length };
    });
    const split = `${engine}: ${byServer.map((x) => `server ${x.name}: ${x.confirmed} confirmed, ${x.waitlisted} waitlisted`).join('; ')}`;
    console.warn(`registration rush: ${split}`);
    await annotate(split);
    for (const x of byServer) {
      expect(x.sent).toBe(RUSH / 2);
      expect(x.confirmed, `confirmed through server ${x.name}`).toBeGreaterThan(0);
      expect(x.waitlisted, `waitlisted through server ${x.name}`).toBeGreaterThan(0);
    }

    // The counters, as operators see them through either server.
    const opB = new Browser(b.base);
    expect((await opB.signIn(OPERATOR.email, OPERATOR.password)).status).toBe(200);
    for (const view of [op, opB]) {
      const ev = await view.request('GET', `/api/v1/ops/conference/events/${eventId}`);
      expect(ev.status).toBe(200);
      const e = ev.json as unknown as OpsEvent;
      expect({ held: e.held, waitlistNext: e.waitlistNext, confirmed: e.counts['confirmed'], waitlisted: e.counts['waitlisted'] }).toEqual({ held: SEATS, waitlistNext: RUSH - SEATS + 1, confirmed: SEATS, waitlisted: RUSH - SEATS });
      expect(e.capacity).toMatchObject({ seatsLeft: 0, status: 'waitlist_only', waitlisted: RUSH - SEATS });
      expect(e.ticketTypes.map((t) => [t.code, t.held])).toEqual([['general', SEATS]]);
    }

    // The rows: one per e-mail, statuses matching the answers.
    const { db } = createDb(parseDatabaseUrl(databaseUrl(), 'FULL', 2));
    try {
      const rows = await db.selectFrom('conf_registrations').select(['id', 'email_key', 'status', 'waitlist_position']).where('event_id', '=', eventId).execute();
      expect(rows).toHaveLength(RUSH);
      expect(new Set(rows.map((r) => r.email_key)).size).toBe(RUSH);
      const answered = new Map(registrations.map((r) => [r.id, [r.status, r.waitlistPosition]]));
      expect(rows.every((r) => JSON.stringify(answered.get(r.id)) === JSON.stringify([r.status, r.waitlist_position === null ? null : Number(r.waitlist_position)]))).toBe(true);
    } finally {
      await db.destroy();
    }

    // 20 of the e-mails again, through both servers (case and spaces changed on some): 409 each, nothing moves.
    const again = await Promise.all(
      Array.from({ length: 20 }, (_, k) => {
        const i = k * 241;
        const body = { ...form(i), email: k % 3 === 0 ? `  ${form(i).email.toUpperCase()} ` : form(i).email };
        return (k % 2 === 0 ? visitors.A : visitors.B).request('POST', `/api/v1/conference/events/${SLUG}/registrations`, body);
      }),
    );
    expect(again.map((r) => `${r.status} ${(r.json['error'] as { code?: string } | undefined)?.code}`)).toEqual(Array.from({ length: 20 }, () => '409 already_registered'));
    const after = (await op.request('GET', `/api/v1/ops/conference/events/${eventId}`)).json as unknown as OpsEvent;
    expect({ held: after.held, waitlistNext: after.waitlistNext, waitlisted: after.counts['waitlisted'] }).toEqual({ held: SEATS, waitlistNext: RUSH - SEATS + 1, waitlisted: RUSH - SEATS });
  }, 180_000);
});
