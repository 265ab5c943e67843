// Issue 7 across processes: the registration rush on two real servers sharing one database. 5,000
// businesses (distinct e-mails, half sent to each server, hundreds in flight at once) register for an
// event with 1,000 seats: exactly 1,000 confirmed, 4,000 waitlisted with positions 1..4,000 (no gaps,
// no duplicates, in each server's arrival order), one row per e-mail, no 5xx; the counters agree
// through either server, and repeating e-mails gets 409 already_registered. The time to absorb the
// rush is printed and annotated (the benchmark is bench/conference-registration.ts). The sending and
// the checks are src/modules/conference/registration-rush.ts, shared with that bench.
// The engine is the one under test: PostgreSQL (a fresh database, dropped afterwards) when
// TEST_DATABASE_URL is set; otherwise one SQLite file shared by both processes.
import { afterAll, describe, expect, it } from 'vitest';
import {
  createRushEvent, rushAnswerProblems, rushByServer, rushCounterProblems, rushForm, rushRowProblems, runRegistrationRush, type RushOpsEvent, type RushRow, type RushSend,
} from '../../src/modules/conference/registration-rush.js';
import { Browser, engine, sharedDatabase, startServer, stopAllServers, type SharedDatabase } from './servers.js';

let shared: SharedDatabase | undefined;
afterAll(async () => {
  await stopAllServers();
  await shared?.drop();
}, 60_000);

const SEATS = 1000;
const RUSH = 5000;
const size = { seats: SEATS, registrants: RUSH };
/** Requests in flight at once, over both servers (5,000 sockets at once would only measure the kernel's backlog). */
const IN_FLIGHT = 500;
const OPERATOR = { email: 'ops@gateway.example', password: 'gateway-demo' };
const SLUG = 'rush-two-servers';

const sender = (b: Browser): RushSend => (method, path, body) => b.request(method, path, body);

describe(`registration rush across two server processes (${engine})`, () => {
  const title = `confirms exactly ${SEATS} of ${RUSH} registrations split over two servers on one ${engine} database, waitlists the rest 1..${RUSH - SEATS}, no 5xx`;
  it(title, async ({ annotate }) => {
    shared = await sharedDatabase('rush');
    const env = { ...shared.env, SEED_DEMO: 'true', PG_POOL_MAX: '10' };
    // The second server starts once the first has migrated and seeded (the demo operator signs in below).
    const a = await startServer(env);
    const b = await startServer(env);
    const logs = () => `server A:\n${a.output().slice(-4000)}\nserver B:\n${b.output().slice(-4000)}`;

    // The operator sets up the event through server A.
    const op = new Browser(a.base);
    expect((await op.signIn(OPERATOR.email, OPERATOR.password)).status).toBe(200);
    const eventId = await createRushEvent(sender(op), SLUG, size);

    // One anonymous visitor per server (its session's CSRF token); even registrations go to A, odd to B.
    const visitors = [await new Browser(a.base).open(), await new Browser(b.base).open()];
    // Both processes have seen the event before the rush (the page answers through each).
    for (const v of visitors) expect((await v.request('GET', `/api/v1/conference/events/${SLUG}`)).status).toBe(200);

    const outcome = await runRegistrationRush(visitors.map(sender), SLUG, RUSH, IN_FLIGHT);
    const seconds = outcome.ms / 1000;
    const line = `${engine}, two servers: ${RUSH} registrations for ${SEATS} seats absorbed in ${seconds.toFixed(1)} s (${Math.round(RUSH / seconds)}/s, ${IN_FLIGHT} in flight)`;
    console.warn(`registration rush: ${line}`);
    await annotate(line);

    expect(outcome.answers.filter((r) => r.status >= 500 || r.status === 0).slice(0, 5), logs()).toEqual([]);
    expect(rushAnswerProblems(outcome, size), logs()).toEqual([]);

    // Both servers took part: each confirmed and each waitlisted some of its half.
    const byServer = rushByServer(outcome);
    const split = `${engine}: ${byServer.map((x, s) => `server ${'AB'[s]}: ${x.confirmed} confirmed, ${x.waitlisted} waitlisted`).join('; ')}`;
    console.warn(`registration rush: ${split}`);
    await annotate(split);
    for (const [s, x] of byServer.entries()) {
      expect(x.sent).toBe(RUSH / 2);
      expect(x.confirmed, `confirmed through server ${'AB'[s]}`).toBeGreaterThan(0);
      expect(x.waitlisted, `waitlisted through server ${'AB'[s]}`).toBeGreaterThan(0);
    }

    // The counters, as operators see them through either server.
    const opB = new Browser(b.base);
    expect((await opB.signIn(OPERATOR.email, OPERATOR.password)).status).toBe(200);
    for (const view of [op, opB]) {
      const ev = await view.request('GET', `/api/v1/ops/conference/events/${eventId}`);
      expect(ev.status).toBe(200);
      expect(rushCounterProblems(ev.json as unknown as RushOpsEvent, size)).toEqual([]);
    }

    // The rows: one per e-mail, statuses and positions matching the answers.
    const rows = await shared.read((db) => db.selectFrom('conf_registrations').select(['id', 'email_key', 'status', 'waitlist_position']).where('event_id', '=', eventId).execute());
    expect(rushRowProblems(rows as RushRow[], outcome, size)).toEqual([]);

    // 20 of the e-mails again, through both servers (case and spaces changed on some): 409 each, nothing moves.
    const again = await Promise.all(
      Array.from({ length: 20 }, (_, k) => {
        const i = k * 241;
        const body = { ...rushForm(i), email: k % 3 === 0 ? `  ${rushForm(i).email.toUpperCase()} ` : rushForm(i).email };
        return visitors[k % 2]!.request('POST', `/api/v1/conference/events/${SLUG}/registrations`, body);
      }),
    );
    expect(again.map((r) => `${r.status} ${(r.json['error'] as { code?: string } | undefined)?.code}`)).toEqual(Array.from({ length: 20 }, () => '409 already_registered'));
    const after = (await op.request('GET', `/api/v1/ops/conference/events/${eventId}`)).json as unknown as RushOpsEvent;
    expect(rushCounterProblems(after, size)).toEqual([]);
  }, 180_000);
});
