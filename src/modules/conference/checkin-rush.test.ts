// The door rush: 3,000 tickets checked in from 10 devices at once, half of them offline and syncing
// their queues together (and retrying them at once), some tickets scanned by two devices, then every
// queue replayed again. Each ticket must be checked in exactly once, second scans flagged, replays
// answered as first answered, and no request may fail. p99 batch latency is printed for information.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadOrCreateSecret } from '../../platform/secrets.js';
import { insertFixtureEvent, insertFixtureRegistrations } from './fixtures.js';
import { percentile, planDoorRush, runDoorRush, rushProblems, type RushAnswer } from './door-rush.js';
import { signTicket } from './ticket-token.js';

const TICKETS = 3000;
let app: TestApp;
let ops: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  ops = (await signedInAs(app, 'operator')).client;
});
afterAll(async () => app.cleanup());

describe('door rush', () => {
  it(`checks ${TICKETS.toLocaleString('en-US')} tickets in exactly once from 10 devices with offline queues replayed together`, async () => {
    const key = loadOrCreateSecret(app.config.secretsDir, 'conference-ticket-key');
    const event = await insertFixtureEvent(app.db);
    await insertFixtureRegistrations(app.db, event, TICKETS);
    const rows = await app.db.selectFrom('conf_registrations').select(['id', 'ticket_nonce']).where('event_id', '=', event.id).execute();
    const plan = planDoorRush(rows.map((r) => ({ id: r.id, token: signTicket(key, r.id, r.ticket_nonce) })));
    const url = `/api/v1/ops/conference/events/${event.id}/checkins`;

    const outcome = await runDoorRush(plan, async (scans) => {
      const res = await ops.post(url, { scans });
      return { status: res.statusCode, results: res.statusCode === 200 ? (res.json() as { results: RushAnswer[] }).results : [] };
    });

    expect(rushProblems(plan, outcome)).toEqual([]);
    expect(outcome.statuses).toEqual({ '200': outcome.batches });
    // The database agrees: one check-in per ticket, the second scans stored as duplicates, nothing else.
    const byResult = await app.db.selectFrom('conf_checkins').select(['result', (eb) => eb.fn.countAll<number>().as('n')]).where('event_id', '=', event.id).groupBy('result').orderBy('result').execute();
    expect(byResult.map((r) => [r.result, Number(r.n)])).toEqual([['checked_in', TICKETS], ['duplicate', plan.doubles]]);
    const perTicket = await app.db.selectFrom('conf_checkins').select(['registration_id', (eb) => eb.fn.countAll<number>().as('n')]).where('event_id', '=', event.id).where('result', '=', 'checked_in').groupBy('registration_id').execute();
    expect(perTicket.length).toBe(TICKETS);
    expect(perTicket.every((r) => Number(r.n) === 1)).toBe(true);
    const arrived = await app.db.selectFrom('conf_registrations').select((eb) => eb.fn.count<number>('checked_in_at').as('n')).where('event_id', '=', event.id).executeTakeFirstOrThrow();
    expect(Number(arrived.n)).toBe(TICKETS);
    const stats = (await ops.get(`/api/v1/ops/conference/events/${event.id}/checkins/stats`)).json() as { arrived: number; duplicates: number; byHour: Array<{ arrivals: number }> };
    expect(stats).toMatchObject({ arrived: TICKETS, duplicates: plan.doubles });
    expect(stats.byHour.reduce((s, h) => s + h.arrivals, 0)).toBe(TICKETS);

    const ms = (q: number) => percentile(outcome.latenciesMs, q).toFixed(1);
    process.stdout.write(
      `door rush (${app.engine}): ${TICKETS} tickets, ${plan.doubles} scanned twice, ${outcome.batches} batches; ` +
        `batch latency p50 ${ms(0.5)} ms, p99 ${ms(0.99)} ms, max ${ms(1)} ms; phases ${outcome.phases.map((p) => `${(p.ms / 1000).toFixed(1)} s`).join(' / ')}\n`,
    );
  }, 300_000);
});
