// Booking 1:1 meetings through the real routes: neither an expert's slot nor an attendee is ever
// double-booked under concurrent requests, the per-attendee cap holds, a confirmed session seat blocks
// the same time, cancelling reopens the slot, and only the registrant (key or owner) may act.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { releaseMeetingsOfRegistration } from './meetings.js';
import { insertFixtureEvent, insertFixtureExpert, insertFixtureRegistrations, insertFixtureSession, insertFixtureSignup, type FixtureRegistration } from './fixtures.js';

let app: TestApp;
let anon: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  anon = new TestClient(app);
  await anon.refreshCsrf();
});
afterAll(async () => app.cleanup());

const meetingsUrl = (reg: { id: string }) => `/api/v1/conference/registrations/${reg.id}/meetings`;
const asKey = (reg: FixtureRegistration) => ({ headers: { 'x-registration-key': reg.manageKey } });
const book = (reg: FixtureRegistration, slotId: string, extra: Record<string, unknown> = {}) => anon.post(meetingsUrl(reg), { slotId, topic: 'Exporting dried cherries', ...extra }, asKey(reg));
const slotRow = (id: string) => app.db.selectFrom('conf_meeting_slots').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const codesOf = (answers: Array<{ statusCode: number; json: () => { error?: { code: string } } }>) => answers.map((r) => (r.statusCode === 201 ? '201' : `${r.statusCode} ${r.json().error?.code}`));
const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;

describe('booking races', () => {
  it('gives 10 slots of one expert to exactly 10 of 50 attendees racing for them; 40 get slot_taken, no 5xx', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    // Ten back-to-back slots from 10:00: 10:00, 10:20, 10:40, 11:00 … 13:00.
    const times = Array.from({ length: 10 }, (_, i) => event.at(event.day1, `${String(10 + Math.floor((i * 20) / 60)).padStart(2, '0')}:${String((i * 20) % 60).padStart(2, '0')}`));
    const expert = await insertFixtureExpert(app.db, event, times);
    const people = await insertFixtureRegistrations(app.db, event, 50);
    const answers = await Promise.all(people.map((p, i) => book(p, expert.slotIds[i % 10]!)));
    const codes = codesOf(answers);
    expect(codes.filter((c) => c.startsWith('5'))).toEqual([]);
    expect(count(codes, '201')).toBe(10);
    expect(count(codes, '409 slot_taken')).toBe(40);
    const slots = await app.db.selectFrom('conf_meeting_slots').selectAll().where('expert_id', '=', expert.id).execute();
    expect(slots.every((s) => s.status === 'booked')).toBe(true);
    const holders = slots.map((s) => s.registration_id);
    expect(new Set(holders).size).toBe(10);
    // The winners are exactly the attendees who were answered 201, each holding the slot they asked for.
    const winners = people.filter((_, i) => answers[i]!.statusCode === 201);
    expect(new Set(winners.map((w) => w.id))).toEqual(new Set(holders));
    const events = await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.meeting_changed').execute();
    expect(events.map((e) => JSON.parse(e.payload) as { slotId: string }).filter((p) => expert.slotIds.includes(p.slotId))).toHaveLength(10);
  }, 60_000);

  it('books exactly one of five overlapping slots of different experts that one attendee races for', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30, meetingCap: 5 });
    const slotIds: string[] = [];
    for (const t of ['10:00', '10:05', '10:10', '10:15', '10:00']) slotIds.push((await insertFixtureExpert(app.db, event, [event.at(event.day1, t)])).slotIds[0]!);
    const [me] = await insertFixtureRegistrations(app.db, event, 1);
    const codes = codesOf(await Promise.all(slotIds.map((id) => book(me!, id))));
    expect(count(codes, '201')).toBe(1);
    expect(count(codes, '409 meeting_overlap')).toBe(4);
    const held = await app.db.selectFrom('conf_meeting_slots').select('id').where('registration_id', '=', me!.id).execute();
    expect(held).toHaveLength(1);
  });

  it('holds the per-attendee cap under concurrency: 2 of 6 separate slots, 4 meeting_cap_reached', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30, meetingCap: 2 });
    const slotIds: string[] = [];
    for (const t of ['10:00', '10:30', '11:00', '11:30', '14:00', '14:30']) slotIds.push((await insertFixtureExpert(app.db, event, [event.at(event.day2, t)])).slotIds[0]!);
    const [me] = await insertFixtureRegistrations(app.db, event, 1);
    const codes = codesOf(await Promise.all(slotIds.map((id) => book(me!, id))));
    expect(count(codes, '201')).toBe(2);
    expect(count(codes, '409 meeting_cap_reached')).toBe(4);
    const list = await anon.get(meetingsUrl(me!), asKey(me!));
    expect(list.json()).toMatchObject({ cap: 2, items: [expect.anything(), expect.anything()] });
  });
});

describe('booking rules', () => {
  it('refuses a slot overlapping a session the attendee holds a confirmed seat in, not one beside it or a waitlisted one', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const [me] = await insertFixtureRegistrations(app.db, event, 1);
    const session = (startsAt: string) => insertFixtureSession(app.db, event, { title: 'Selling dairy to China', kind: 'workshop', startsAt, minutes: 60 });
    await insertFixtureSignup(app.db, await session(event.at(event.day1, '10:00')), me!.id);
    await insertFixtureSignup(app.db, await session(event.at(event.day1, '14:00')), me!.id, 'waitlisted');
    const expert = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:40'), event.at(event.day1, '11:00'), event.at(event.day1, '14:00')]);
    const clash = await book(me!, expert.slotIds[0]!);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('session_clash');
    expect((await slotRow(expert.slotIds[0]!)).status).toBe('open');
    expect((await book(me!, expert.slotIds[1]!)).statusCode).toBe(201);
    expect((await book(me!, expert.slotIds[2]!)).statusCode).toBe(201);
  });

  it('reopens a cancelled slot for someone else; cancelling twice is 404', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const [a, b] = await insertFixtureRegistrations(app.db, event, 2);
    const { slotIds } = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00')]);
    const slotId = slotIds[0]!;
    const booked = await book(a!, slotId, { topic: 'Shipping honey' });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ slotId, status: 'booked', topic: 'Shipping honey', location: 'Expert lounge, table 1' });
    expect((await book(b!, slotId)).json().error.code).toBe('slot_taken');
    expect((await anon.request('DELETE', `${meetingsUrl(a!)}/${slotId}`, undefined, asKey(a!))).statusCode).toBe(204);
    expect(await slotRow(slotId)).toMatchObject({ status: 'open', registration_id: null, topic: null });
    expect((await anon.get(meetingsUrl(a!), asKey(a!))).json().items).toEqual([]);
    expect((await anon.request('DELETE', `${meetingsUrl(a!)}/${slotId}`, undefined, asKey(a!))).statusCode).toBe(404);
    expect((await book(b!, slotId)).statusCode).toBe(201);
  });

  it('gives back every meeting of a registration being cancelled, in the caller’s transaction', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const [me, other] = await insertFixtureRegistrations(app.db, event, 2);
    const { slotIds } = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00'), event.at(event.day1, '11:00'), event.at(event.day1, '12:00')]);
    expect((await book(me!, slotIds[0]!)).statusCode).toBe(201);
    expect((await book(me!, slotIds[1]!, { mode: 'request' })).statusCode).toBe(201);
    expect((await book(other!, slotIds[2]!)).statusCode).toBe(201);
    const released = await app.db.transaction().execute((trx) => releaseMeetingsOfRegistration(trx, me!.id, new Date()));
    expect(released).toBe(2);
    expect((await slotRow(slotIds[0]!)).status).toBe('open');
    expect((await slotRow(slotIds[1]!)).status).toBe('open');
    expect((await slotRow(slotIds[2]!)).registration_id).toBe(other!.id);
    const told = await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.meeting_changed').execute();
    expect(told.map((t) => JSON.parse(t.payload)).filter((p) => p.registrationId === me!.id && p.change === 'cancelled')).toHaveLength(2);
  });

  it('lets only confirmed registrations book, and refuses slots that have begun', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const waitlisted = (await insertFixtureRegistrations(app.db, event, 1, { status: 'waitlisted' }))[0]!;
    const [me] = await insertFixtureRegistrations(app.db, event, 1);
    const { slotIds } = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00'), new Date(Date.now() - 60_000).toISOString()]);
    const refused = await book(waitlisted, slotIds[0]!);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('registration_not_confirmed');
    expect((await book(me!, slotIds[1]!)).json().error.code).toBe('slot_past');
    expect((await slotRow(slotIds[0]!)).status).toBe('open');
  });

  it('holds a requested slot for the attendee, counting it toward overlap', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const [me] = await insertFixtureRegistrations(app.db, event, 1);
    const { slotIds } = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00')]);
    const other = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:10')]);
    const requested = await book(me!, slotIds[0]!, { mode: 'request' });
    expect(requested.statusCode).toBe(201);
    expect(requested.json().status).toBe('requested');
    expect((await book(me!, other.slotIds[0]!)).json().error.code).toBe('meeting_overlap');
  });

  it('answers bad input with 400 naming the field, and writes nothing', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const [me] = await insertFixtureRegistrations(app.db, event, 1);
    const { slotIds } = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00')]);
    const fieldOf = async (body: unknown) => {
      const res = await anon.post(meetingsUrl(me!), body, asKey(me!));
      expect(res.statusCode).toBe(400);
      return (res.json().error.details.fields as Array<{ field: string }>).map((f) => f.field);
    };
    expect(await fieldOf({ slotId: slotIds[0] })).toContain('topic');
    expect(await fieldOf({ slotId: slotIds[0], topic: '   ' })).toContain('topic');
    expect(await fieldOf({ slotId: 'cms_nope', topic: 'x' })).toContain('slotId');
    expect(await fieldOf({ slotId: slotIds[0], topic: 'x', mode: 'maybe' })).toContain('mode');
    expect(await fieldOf({ slotId: slotIds[0], topic: 'x', extra: 1 })).toContain('extra');
    expect(await fieldOf({ slotId: slotIds[0], topic: 'x'.repeat(501) })).toContain('topic');
    expect((await slotRow(slotIds[0]!)).status).toBe('open');
    const unknown = await anon.post(meetingsUrl(me!), { slotId: 'cms_00000000000000000000000000', topic: 'x' }, asKey(me!));
    expect(unknown.statusCode).toBe(404);
  });
});

describe('who may act', () => {
  it('keeps attendee A from listing, booking or cancelling for B (404), and lets the signed-in owner act without the key', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const { client: owner, user } = await signedInAs(app, 'shopper');
    const a = (await insertFixtureRegistrations(app.db, event, 1))[0]!;
    const b = (await insertFixtureRegistrations(app.db, event, 1, { userId: user.id }))[0]!;
    const { slotIds } = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00'), event.at(event.day1, '11:00')]);
    expect((await anon.post(meetingsUrl(b), { slotId: slotIds[0], topic: 'x' }, asKey(a))).statusCode).toBe(404);
    expect((await anon.get(meetingsUrl(b), asKey(a))).statusCode).toBe(404);
    expect((await anon.get(meetingsUrl(b))).statusCode).toBe(404);
    expect((await anon.get(meetingsUrl({ id: 'crg_00000000000000000000000000' }), asKey(a))).statusCode).toBe(404);
    expect((await owner.post(meetingsUrl(b), { slotId: slotIds[0], topic: 'Customs for cosmetics' })).statusCode).toBe(201);
    expect((await owner.get(meetingsUrl(b))).json().items).toHaveLength(1);
    expect((await owner.get(meetingsUrl(a))).statusCode).toBe(404);
    // A cannot cancel B's meeting: not with A's key on B's registration, nor through A's own registration.
    expect((await anon.request('DELETE', `${meetingsUrl(b)}/${slotIds[0]}`, undefined, asKey(a))).statusCode).toBe(404);
    expect((await anon.request('DELETE', `${meetingsUrl(a)}/${slotIds[0]}`, undefined, asKey(a))).statusCode).toBe(404);
    expect((await slotRow(slotIds[0]!)).registration_id).toBe(b.id);
    // A slot of another event is not found from this registration.
    const elsewhere = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const foreign = await insertFixtureExpert(app.db, elsewhere, [elsewhere.at(elsewhere.day1, '10:00')]);
    expect((await book(a, foreign.slotIds[0]!)).statusCode).toBe(404);
  });
});

describe('public lists', () => {
  it('lists experts with their open future slots, and an expert’s open slots only; drafts are not found', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const [me] = await insertFixtureRegistrations(app.db, event, 1);
    const x = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00'), event.at(event.day1, '10:20'), event.at(event.day2, '14:00')], { name: 'Aaron Expert' });
    await insertFixtureExpert(app.db, event, [], { name: 'Zoe Expert' });
    expect((await book(me!, x.slotIds[0]!)).statusCode).toBe(201);
    const list = (await anon.get(`/api/v1/conference/events/${event.slug}/experts`)).json();
    expect(list.timeZone).toBe('America/Detroit');
    expect(list.items.map((e: { name: string; openSlots: number }) => [e.name, e.openSlots])).toEqual([
      ['Aaron Expert', 2],
      ['Zoe Expert', 0],
    ]);
    expect(list.items[0].nextOpenAt).toBe(event.at(event.day1, '10:20'));
    const slots = (await anon.get(`/api/v1/conference/events/${event.slug}/experts/${x.id}/slots`)).json();
    expect(slots.items.map((s: { id: string }) => s.id)).toEqual([x.slotIds[1], x.slotIds[2]]);
    const other = await insertFixtureEvent(app.db, { startsInDays: 30 });
    expect((await anon.get(`/api/v1/conference/events/${other.slug}/experts/${x.id}/slots`)).statusCode).toBe(404);
    const draft = await insertFixtureEvent(app.db, { startsInDays: 30, status: 'draft' });
    expect((await anon.get(`/api/v1/conference/events/${draft.slug}/experts`)).statusCode).toBe(404);
  });
});
