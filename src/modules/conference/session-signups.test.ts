// Session sign-up through the real routes: a rush for a small breakout fills exactly its seats and
// waitlists the rest in order; an attendee cannot hold two overlapping sessions; cancelling promotes
// the first person waiting who has no clash; workshops need the workshop pass; only confirmed
// registrations sign up; one attendee cannot act for another (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { cancelSignupsOfRegistration } from './session-signups.js';
import { insertFixtureEvent, insertFixtureExpert, insertFixtureRegistrations, type FixtureEvent, type FixtureRegistration } from './fixtures.js';

let app: TestApp;
let ops: TestClient;
let anon: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  ops = (await signedInAs(app, 'operator')).client;
  anon = new TestClient(app);
  await anon.refreshCsrf();
});
afterAll(async () => app.cleanup());

const jun22 = (hhmm: string) => `2027-06-22T${hhmm}:00-04:00`;

async function addSession(ev: FixtureEvent, overrides: Record<string, unknown> = {}): Promise<{ id: string; revision: number }> {
  const res = await ops.post(`/api/v1/ops/conference/events/${ev.id}/sessions`, {
    title: 'Getting paid in China', description: '', kind: 'breakout', track: 'Payments', roomId: ev.rooms.small, startsAt: jun22('10:00'), endsAt: jun22('11:00'), speakerIds: [], ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const signUp = (r: FixtureRegistration, sessionId: string, key = r.manageKey) => anon.post(`/api/v1/conference/registrations/${r.id}/sessions/${sessionId}`, undefined, { headers: { 'x-registration-key': key } });
const giveUp = (r: FixtureRegistration, sessionId: string, key = r.manageKey) => anon.request('DELETE', `/api/v1/conference/registrations/${r.id}/sessions/${sessionId}`, undefined, { headers: { 'x-registration-key': key } });
const agendaOf = (r: FixtureRegistration) => anon.get(`/api/v1/conference/registrations/${r.id}/agenda`, { headers: { 'x-registration-key': r.manageKey } });
const heldOf = async (sessionId: string) => (await app.db.selectFrom('conf_sessions').select('held').where('id', '=', sessionId).executeTakeFirstOrThrow()).held;

describe('session sign-up', () => {
  it('gives 100 attendees rushing for 20 seats exactly 20 seats and 80 distinct waitlist places, without a server error', async () => {
    const ev = await insertFixtureEvent(app.db);
    const s = await addSession(ev); // Meeting Room 140: 20 seats
    const people = await insertFixtureRegistrations(app.db, ev, 100);
    const answers = await Promise.all(people.map((p) => signUp(p, s.id)));
    expect(answers.filter((r) => r.statusCode >= 500)).toEqual([]);
    expect(answers.every((r) => r.statusCode === 201)).toBe(true);
    const signups = answers.map((r) => r.json().signup as { status: string; waitlistPosition: number | null });
    expect(signups.filter((x) => x.status === 'confirmed')).toHaveLength(20);
    expect(signups.filter((x) => x.status === 'waitlisted')).toHaveLength(80);
    expect(await heldOf(s.id)).toBe(20);
    const rows = await app.db.selectFrom('conf_session_signups').select(['status', 'waitlist_position']).where('session_id', '=', s.id).execute();
    const positions = rows.filter((r) => r.status === 'waitlisted').map((r) => r.waitlist_position!).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    const session = (await ops.get(`/api/v1/ops/conference/events/${ev.id}/sessions`)).json().items[0];
    expect(session).toMatchObject({ held: 20, seatsLeft: 0, waitlisted: 80 });
  }, 60_000);

  it('keeps seats equal to confirmed sign-ups and leaves nobody waiting beside a free seat when cancellations meet a rush', async () => {
    const ev = await insertFixtureEvent(app.db);
    const s = await addSession(ev, { capacity: 10 });
    const holders = await insertFixtureRegistrations(app.db, ev, 10);
    for (const h of holders) expect((await signUp(h, s.id)).json().signup.status).toBe('confirmed');
    const rush = await insertFixtureRegistrations(app.db, ev, 30);
    const answers = await Promise.all([...holders.slice(0, 6).map((h) => giveUp(h, s.id)), ...rush.map((p) => signUp(p, s.id))]);
    expect(answers.filter((r) => r.statusCode >= 500)).toEqual([]);
    const rows = await app.db.selectFrom('conf_session_signups').select(['status', 'waitlist_position']).where('session_id', '=', s.id).execute();
    const confirmed = rows.filter((r) => r.status === 'confirmed').length;
    expect(confirmed).toBe(10);
    expect(await heldOf(s.id)).toBe(10);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(24);
    expect(rows.filter((r) => r.status === 'cancelled')).toHaveLength(6);
  }, 60_000);

  it('refuses an overlapping session (held or waited for), naming it, and allows back-to-back ones', async () => {
    const ev = await insertFixtureEvent(app.db);
    const morning = await addSession(ev, { title: 'Customs without surprises', roomId: ev.rooms.riverview });
    const overlapping = await addSession(ev, { title: 'FX and fees', roomId: ev.rooms.small, startsAt: jun22('10:30'), endsAt: jun22('11:30') });
    const next = await addSession(ev, { title: 'Livestreams', roomId: ev.rooms.small, startsAt: jun22('11:30'), endsAt: jun22('12:30') });
    const full = await addSession(ev, { title: 'Tiny', roomId: ev.rooms.small, startsAt: jun22('14:00'), endsAt: jun22('15:00'), capacity: 1 });
    const later = await addSession(ev, { title: 'Later', roomId: ev.rooms.riverview, startsAt: jun22('14:30'), endsAt: jun22('15:30') });
    const [me, other] = await insertFixtureRegistrations(app.db, ev, 2);
    expect((await signUp(me!, morning.id)).statusCode).toBe(201);
    const clash = await signUp(me!, overlapping.id);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'schedule_conflict', details: { sessionId: morning.id, title: 'Customs without surprises' } });
    expect((await signUp(me!, morning.id)).statusCode).toBe(200); // again: the same seat, not a second one
    expect(await heldOf(morning.id)).toBe(1);
    expect((await signUp(me!, next.id)).json().signup.status).toBe('confirmed');
    // 11:30 touches 10:30–11:30 from the other side too.
    expect((await signUp(other!, overlapping.id)).statusCode).toBe(201);
    expect((await signUp(other!, next.id)).statusCode).toBe(201);
    expect((await signUp(other!, full.id)).json().signup.status).toBe('confirmed');
    expect((await signUp(me!, full.id)).json().signup).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await signUp(me!, later.id)).json().error).toMatchObject({ code: 'schedule_conflict', details: { sessionId: full.id } });
  });

  it('gives a freed seat to the first person waiting who has no clash, and tells them', async () => {
    const ev = await insertFixtureEvent(app.db);
    const s = await addSession(ev, { title: 'Beauty for Gen Z', capacity: 2, startsAt: jun22('13:00'), endsAt: jun22('14:00') });
    const y = await addSession(ev, { title: 'Elsewhere', roomId: ev.rooms.lab, startsAt: jun22('15:00'), endsAt: jun22('16:00') });
    const [a, b, c, d] = await insertFixtureRegistrations(app.db, ev, 4);
    for (const p of [a!, b!]) expect((await signUp(p, s.id)).json().signup.status).toBe('confirmed');
    expect((await signUp(c!, s.id)).json().signup).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await signUp(d!, s.id)).json().signup).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    // c holds a seat elsewhere that the operator then moves onto s's time: c can no longer be promoted into s.
    expect((await signUp(c!, y.id)).json().signup.status).toBe('confirmed');
    const moved = await ops.request('PATCH', `/api/v1/ops/conference/events/${ev.id}/sessions/${y.id}`, { revision: y.revision, startsAt: jun22('13:30'), endsAt: jun22('14:30') });
    expect(moved.statusCode).toBe(200);

    const gone = await giveUp(a!, s.id);
    expect(gone.statusCode).toBe(200);
    expect(gone.json().signup.status).toBe('cancelled');
    expect(await heldOf(s.id)).toBe(2);
    const dSignup = (await agendaOf(d!)).json().items.find((i: { session: { id: string } }) => i.session.id === s.id).signup;
    expect(dSignup).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    const cSignup = (await agendaOf(c!)).json().items.find((i: { session: { id: string } }) => i.session.id === s.id).signup;
    expect(cSignup).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const promoted = (await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.signup_changed').execute()).map((e) => JSON.parse(e.payload));
    expect(promoted).toContainEqual({ signupId: dSignup.id, change: 'promoted' });
    expect(promoted).not.toContainEqual({ signupId: cSignup.id, change: 'promoted' });

    // Giving up a waitlist place frees no seat; giving it up twice is not found.
    expect((await giveUp(c!, s.id)).statusCode).toBe(200);
    expect(await heldOf(s.id)).toBe(2);
    expect((await giveUp(c!, s.id)).statusCode).toBe(404);
    // Signing up again after giving up reuses the row.
    expect((await signUp(a!, s.id)).json().signup).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('frees every seat of a cancelled registration for the people waiting', async () => {
    const ev = await insertFixtureEvent(app.db);
    const s = await addSession(ev, { capacity: 1 });
    const t = await addSession(ev, { roomId: ev.rooms.lab, startsAt: jun22('12:00'), endsAt: jun22('13:00'), capacity: 1 });
    const [leaving, waiting] = await insertFixtureRegistrations(app.db, ev, 2);
    await signUp(leaving!, s.id);
    await signUp(leaving!, t.id);
    expect((await signUp(waiting!, s.id)).json().signup.status).toBe('waitlisted');
    const ended = await app.db.transaction().execute(async (trx) => {
      await trx.updateTable('conf_registrations').set({ status: 'cancelled' }).where('id', '=', leaving!.id).execute();
      return cancelSignupsOfRegistration({ db: trx, actor: null, now: new Date(), requestId: null }, leaving!.id);
    });
    expect(ended).toBe(2);
    expect(await heldOf(s.id)).toBe(1);
    expect(await heldOf(t.id)).toBe(0);
    const mine = (await agendaOf(waiting!)).json().items.find((i: { session: { id: string } }) => i.session.id === s.id);
    expect(mine.signup.status).toBe('confirmed');
  });

  it('keeps workshops for the workshop pass, and sign-up for confirmed registrations and limited sessions', async () => {
    const ev = await insertFixtureEvent(app.db);
    const workshop = await addSession(ev, { title: 'Hands-on listing', kind: 'workshop', roomId: ev.rooms.lab, capacity: 40 });
    const keynote = await addSession(ev, { title: 'Opening keynote', kind: 'keynote', roomId: ev.rooms.ballroom, startsAt: jun22('09:00'), endsAt: jun22('10:00') });
    const [general] = await insertFixtureRegistrations(app.db, ev, 1);
    const [pass] = await insertFixtureRegistrations(app.db, ev, 1, { ticketTypeId: ev.ticketTypes.workshop });
    const [waiting] = await insertFixtureRegistrations(app.db, ev, 1, { status: 'waitlisted' });
    const refused = await signUp(general!, workshop.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('workshop_pass_required');
    expect((await signUp(pass!, workshop.id)).json().signup.status).toBe('confirmed');
    expect((await signUp(waiting!, workshop.id)).json().error.code).toBe('registration_not_confirmed');
    expect((await signUp(pass!, keynote.id)).json().error.code).toBe('signup_not_needed');
    await ops.post(`/api/v1/ops/conference/events/${ev.id}/sessions/${workshop.id}/cancel`, { revision: workshop.revision });
    const [late] = await insertFixtureRegistrations(app.db, ev, 1, { ticketTypeId: ev.ticketTypes.workshop });
    expect((await signUp(late!, workshop.id)).json().error.code).toBe('session_cancelled');
    const other = await insertFixtureEvent(app.db);
    const elsewhere = await addSession(other);
    expect((await signUp(pass!, elsewhere.id)).statusCode).toBe(404);
    expect(await heldOf(workshop.id)).toBe(1);
  });

  it('lets a registrant act only on their own registration: a wrong or missing key is 404, the signed-in owner needs none', async () => {
    const ev = await insertFixtureEvent(app.db);
    const s = await addSession(ev);
    const [a, b] = await insertFixtureRegistrations(app.db, ev, 2);
    expect((await signUp(b!, s.id)).statusCode).toBe(201);
    expect((await signUp(b!, s.id, a!.manageKey)).statusCode).toBe(404);
    expect((await giveUp(b!, s.id, a!.manageKey)).statusCode).toBe(404);
    expect((await anon.get(`/api/v1/conference/registrations/${b!.id}/agenda`, { headers: { 'x-registration-key': a!.manageKey } })).statusCode).toBe(404);
    expect((await anon.get(`/api/v1/conference/registrations/${b!.id}/agenda`)).statusCode).toBe(404);
    expect((await anon.post(`/api/v1/conference/registrations/${a!.id}/sessions/${s.id}`)).statusCode).toBe(404);
    expect(await heldOf(s.id)).toBe(1);

    const { client: owner, user } = await signedInAs(app, 'shopper');
    const [mine] = await insertFixtureRegistrations(app.db, ev, 1, { userId: user.id });
    expect((await owner.post(`/api/v1/conference/registrations/${mine!.id}/sessions/${s.id}`)).statusCode).toBe(201);
    const { client: stranger } = await signedInAs(app, 'shopper');
    expect((await stranger.request('DELETE', `/api/v1/conference/registrations/${mine!.id}/sessions/${s.id}`)).statusCode).toBe(404);
    expect(await heldOf(s.id)).toBe(2);
  });

  it('answers malformed ids with 400 naming the parameter', async () => {
    const bad = await anon.post('/api/v1/conference/registrations/crg_00000000000000000000000000/sessions/not-a-session', undefined, { headers: { 'x-registration-key': 'k' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('sessionId');
    const badReg = await anon.get('/api/v1/conference/registrations/42/agenda');
    expect(badReg.json().error.details.fields[0].field).toBe('registrationId');
  });

  it('refuses a session at the time of a 1:1 meeting the attendee holds, and takes no seat', async () => {
    const ev = await insertFixtureEvent(app.db);
    const s = await addSession(ev);
    const [person] = await insertFixtureRegistrations(app.db, ev, 1);
    await insertFixtureExpert(app.db, ev, [new Date(jun22('10:20')).toISOString()], { name: 'Grace Chen', bookedBy: person!.id });
    const res = await signUp(person!, s.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('meeting_conflict');
    expect(await heldOf(s.id)).toBe(0);
  });

  it('gives a cancelled registration’s session seat to the next person waiting', async () => {
    const ev = await insertFixtureEvent(app.db);
    const s = await addSession(ev, { capacity: 1 });
    const [holder, waiting] = await insertFixtureRegistrations(app.db, ev, 2);
    // The fixture inserts confirmed registrations without counting their event seats: count them, as registering would.
    const regs = await app.db.selectFrom('conf_registrations').select(['ticket_type_id']).where('event_id', '=', ev.id).where('status', '=', 'confirmed').execute();
    await app.db.updateTable('conf_events').set({ held: regs.length }).where('id', '=', ev.id).execute();
    for (const t of new Set(regs.map((r) => r.ticket_type_id))) await app.db.updateTable('conf_ticket_types').set({ held: regs.filter((r) => r.ticket_type_id === t).length }).where('id', '=', t).execute();
    expect((await signUp(holder!, s.id)).json().signup.status).toBe('confirmed');
    expect((await signUp(waiting!, s.id)).json().signup.status).toBe('waitlisted');
    const cancelled = await anon.post(`/api/v1/conference/registrations/${holder!.id}/cancel`, {}, { headers: { 'x-registration-key': holder!.manageKey } });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const rows = await app.db.selectFrom('conf_session_signups').select(['registration_id', 'status']).where('session_id', '=', s.id).execute();
    expect(Object.fromEntries(rows.map((r) => [r.registration_id, r.status]))).toEqual({ [holder!.id]: 'cancelled', [waiting!.id]: 'confirmed' });
    expect(await heldOf(s.id)).toBe(1);
  });
});
