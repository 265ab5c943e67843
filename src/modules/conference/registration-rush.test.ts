// The registration rush (issue 7): 5,000 businesses register at once for 1,000 seats, through the real
// HTTP route. Exactly 1,000 are confirmed, 4,000 waitlisted with positions 1..4,000 in the order the
// server took them (no gaps, no duplicates), every e-mail once, no 5xx; the counters match the rows.
// The sending and the checks are registration-rush.ts, shared with the two-server test and the bench.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import {
  createRushEvent, rushAnswerProblems, rushCounterProblems, rushEmail, rushForm, rushRowProblems, runRegistrationRush, type RushOpsEvent, type RushOutcome, type RushSend,
} from './registration-rush.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

const SEATS = 1000;
const RUSH = 5000;

describe('registration rush', () => {
  it(`absorbs ${RUSH} concurrent registrations for ${SEATS} seats: exactly ${SEATS} confirmed, the rest waitlisted 1..${RUSH - SEATS}`, async () => {
    const { client: op } = await signedInAs(app, 'operator');
    const size = { seats: SEATS, registrants: RUSH };
    const viaInject = (client: TestClient): RushSend => async (method, path, body) => {
      const res = method === 'GET' ? await client.get(path) : await client.post(path, body);
      return { status: res.statusCode, json: res.body ? (res.json() as Record<string, unknown>) : {} };
    };
    const eventId = await createRushEvent(viaInject(op), 'rush-test', size);

    const anonymous = new TestClient(app);
    await anonymous.refreshCsrf();
    // All at once: app.inject has no sockets to run out of.
    const outcome = await runRegistrationRush([viaInject(anonymous)], 'rush-test', RUSH, RUSH);
    const seconds = outcome.ms / 1000;
    console.warn(`registration rush: ${RUSH} registrations for ${SEATS} seats absorbed in ${seconds.toFixed(1)} s (${Math.round(RUSH / seconds)}/s)`);

    expect(outcome.answers.filter((a) => a.status >= 500)).toEqual([]);
    // 201 each, its own e-mail; exactly 1,000 confirmed; positions 1..4,000 without gaps or duplicates,
    // handed out in the order the server took the registrations (ids are time-ordered and drawn under
    // the seat lock), all after the last seat went.
    expect(rushAnswerProblems(outcome, size)).toEqual([]);
    const waitlisted = outcome.answers.flatMap((a) => (a.registration?.status === 'waitlisted' ? [a.registration] : []));
    expect(waitlisted.sort((a, b) => a.id.localeCompare(b.id)).map((r) => r.waitlistPosition)).toEqual(Array.from({ length: RUSH - SEATS }, (_, i) => i + 1));

    const rows = await app.db.selectFrom('conf_registrations').select(['id', 'email_key', 'status', 'waitlist_position']).where('event_id', '=', eventId).execute();
    expect(rushRowProblems(rows, outcome, size)).toEqual([]);
    const event = await app.db.selectFrom('conf_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(event.held).toBe(SEATS);
    expect(event.waitlist_next).toBe(RUSH - SEATS + 1);
    const ticketType = await app.db.selectFrom('conf_ticket_types').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
    expect(ticketType.held).toBe(SEATS);
    expect(rushCounterProblems((await op.get(`/api/v1/ops/conference/events/${eventId}`)).json() as RushOpsEvent, size)).toEqual([]);

    // The same rush again changes nothing: every e-mail is already registered.
    const again = await Promise.all(Array.from({ length: 50 }, (_, i) => anonymous.post('/api/v1/conference/events/rush-test/registrations', rushForm(i * 97))));
    expect(new Set(again.map((a) => `${a.statusCode} ${a.json().error?.code}`))).toEqual(new Set(['409 already_registered']));
    const after = await app.db.selectFrom('conf_events').select(['held', 'waitlist_next']).where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(after).toEqual({ held: SEATS, waitlist_next: RUSH - SEATS + 1 });

    const page = (await anonymous.get('/api/v1/conference/events/rush-test')).json();
    expect(page.capacity).toEqual({ total: SEATS, seatsLeft: 0, status: 'waitlist_only', waitlisted: RUSH - SEATS });
    expect(page.ticketTypes[0]).toMatchObject({ code: 'general', seatsLeft: 0, status: 'waitlist' });
  }, 180_000);
});

// The checks the rush tests and the bench rely on find what a broken rush would leave.
describe('registration rush checks', () => {
  const size = { seats: 2, registrants: 5 };
  // Two servers: 0 takes registrations 0, 2, 4 and 1 takes 1, 3; ids in each server's arrival order.
  const good = (): RushOutcome => ({
    ms: 10,
    answers: [
      { server: 0, status: 201, ms: 1, body: {}, registration: { id: 'crg_a1', status: 'confirmed', waitlistPosition: null, email: rushEmail(0) } },
      { server: 1, status: 201, ms: 1, body: {}, registration: { id: 'crg_b1', status: 'confirmed', waitlistPosition: null, email: rushEmail(1) } },
      { server: 0, status: 201, ms: 1, body: {}, registration: { id: 'crg_a2', status: 'waitlisted', waitlistPosition: 1, email: rushEmail(2) } },
      { server: 1, status: 201, ms: 1, body: {}, registration: { id: 'crg_b2', status: 'waitlisted', waitlistPosition: 2, email: rushEmail(3) } },
      { server: 0, status: 201, ms: 1, body: {}, registration: { id: 'crg_a3', status: 'waitlisted', waitlistPosition: 3, email: rushEmail(4) } },
    ],
  });
  const rowsOf = (o: RushOutcome) => o.answers.map((a) => ({ id: a.registration!.id, email_key: a.registration!.email, status: a.registration!.status, waitlist_position: a.registration!.waitlistPosition }));
  const broken = (change: (o: RushOutcome) => void) => {
    const o = good();
    change(o);
    return rushAnswerProblems(o, size);
  };

  it('passes a sound rush and reports each kind of breakage', () => {
    expect(rushAnswerProblems(good(), size)).toEqual([]);
    expect(rushRowProblems(rowsOf(good()), good(), size)).toEqual([]);
    expect(broken((o) => (o.answers[3] = { ...o.answers[3]!, status: 500, registration: null })).join()).toMatch(/not 201.*5xx or no answer: 1/);
    expect(broken((o) => (o.answers[2]!.registration!.status = 'confirmed')).join()).toMatch(/3 confirmed, want 2/);
    expect(broken((o) => (o.answers[4]!.registration!.waitlistPosition = 2)).join()).toMatch(/not 1\.\.3/);
    expect(broken((o) => (o.answers[4]!.registration!.waitlistPosition = 4)).join()).toMatch(/not 1\.\.3/);
    expect(broken((o) => (o.answers[1]!.registration!.email = rushEmail(3))).join()).toMatch(/another e-mail/);
    // Server 0 gave position 3 before position 1 (in its id order): not the order it took them.
    expect(broken((o) => ((o.answers[2]!.registration!.waitlistPosition = 3), (o.answers[4]!.registration!.waitlistPosition = 1))).join()).toMatch(/server 0: 1 waitlist positions not in arrival/);
    // A waitlist place handed out before the last seat, through one server.
    expect(broken((o) => (o.answers[0]!.registration!.id = 'crg_a9')).join()).toMatch(/server 0: a waitlist place went before the last seat/);
    const twice = rowsOf(good());
    twice[4] = { ...twice[4]!, email_key: twice[3]!.email_key };
    expect(rushRowProblems(twice, good(), size).join()).toMatch(/1 e-mails registered twice/);
    expect(rushRowProblems(rowsOf(good()).slice(1), good(), size).join()).toMatch(/4 registration rows, want 5/);
    const moved = rowsOf(good());
    moved[2] = { ...moved[2]!, waitlist_position: 7 };
    expect(rushRowProblems(moved, good(), size).join()).toMatch(/1 rows differ/);
  });

  it('compares the counters the operators see', () => {
    const view = { held: 2, waitlistNext: 4, counts: { confirmed: 2, waitlisted: 3 }, capacity: { total: 2, seatsLeft: 0, status: 'waitlist_only', waitlisted: 3 }, ticketTypes: [{ code: 'general', held: 2 }] };
    expect(rushCounterProblems(view, size)).toEqual([]);
    expect(rushCounterProblems({ ...view, waitlistNext: 5 }, size)).toHaveLength(1);
    expect(rushCounterProblems({ ...view, ticketTypes: [{ code: 'general', held: 3 }] }, size)).toHaveLength(1);
  });
});
