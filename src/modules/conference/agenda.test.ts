// Operators' agenda edits through the real routes: no two sessions at once in a room, no speaker in
// two places at once (touching is fine), on create and on edit, also when operators race; stale
// revisions refused; bad input answered 400 naming the field with nothing written; every change
// audited; ops routes only for operators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { insertFixtureEvent, insertFixtureSpeaker, type FixtureEvent } from './fixtures.js';

let app: TestApp;
let ops: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  ops = (await signedInAs(app, 'operator')).client;
});
afterAll(async () => app.cleanup());

/** Local Detroit time on 22 June 2027 (EDT, -04:00). */
const jun22 = (hhmm: string) => `2027-06-22T${hhmm}:00-04:00`;
const base = (ev: FixtureEvent) => `/api/v1/ops/conference/events/${ev.id}`;
type Body = Record<string, unknown>;

function session(ev: FixtureEvent, overrides: Body = {}): Body {
  return { title: 'Selling food to China', description: 'Labels and the positive list.', kind: 'breakout', track: 'Food & agriculture', roomId: ev.rooms.riverview, startsAt: jun22('10:00'), endsAt: jun22('11:00'), speakerIds: [], ...overrides };
}

async function create(ev: FixtureEvent, overrides: Body = {}) {
  return ops.post(`${base(ev)}/sessions`, session(ev, overrides));
}

const patch = (ev: FixtureEvent, id: string, body: Body) => ops.request('PATCH', `${base(ev)}/sessions/${id}`, body);
const countSessions = async (eventId: string) => Number((await app.db.selectFrom('conf_sessions').select((eb) => eb.fn.countAll().as('n')).where('event_id', '=', eventId).executeTakeFirstOrThrow()).n);

describe('creating sessions', () => {
  it('stores the session in UTC with the room’s capacity by default, its speakers, and an audit entry', async () => {
    const ev = await insertFixtureEvent(app.db);
    const speaker = await insertFixtureSpeaker(app.db, ev, 'Wei Chen');
    const res = await create(ev, { speakerIds: [speaker] });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ startsAt: '2027-06-22T14:00:00.000Z', endsAt: '2027-06-22T15:00:00.000Z', day: '2027-06-22', capacity: null, seats: 120, seatsLeft: 120, held: 0, revision: 1, signupRequired: true });
    expect(s.room).toMatchObject({ id: ev.rooms.riverview, name: 'Riverview Room 320' });
    expect(s.speakers.map((x: { name: string }) => x.name)).toEqual(['Wei Chen']);
    const audit = await app.db.selectFrom('audit_log').selectAll().where('subject_id', '=', s.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['conference.session_created']);
  });

  it('refuses a session overlapping another in the same room, naming it; touching and other rooms are fine', async () => {
    const ev = await insertFixtureEvent(app.db);
    const first = (await create(ev, { title: 'Orchard to table' })).json();
    const overlap = await create(ev, { startsAt: jun22('10:30'), endsAt: jun22('11:30') });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error).toMatchObject({ code: 'room_busy', details: { sessionId: first.id, title: 'Orchard to table' } });
    const inside = await create(ev, { startsAt: jun22('10:15'), endsAt: jun22('10:45') });
    expect(inside.json().error.code).toBe('room_busy');
    expect((await create(ev, { startsAt: jun22('11:00'), endsAt: jun22('12:00') })).statusCode).toBe(201);
    expect((await create(ev, { startsAt: jun22('09:00'), endsAt: jun22('10:00') })).statusCode).toBe(201);
    expect((await create(ev, { roomId: ev.rooms.lab })).statusCode).toBe(201);
    expect(await countSessions(ev.id)).toBe(4);
  });

  it('refuses a speaker in two overlapping sessions, naming the other; back-to-back is fine', async () => {
    const ev = await insertFixtureEvent(app.db);
    const tom = await insertFixtureSpeaker(app.db, ev, 'Tom Kowalski');
    const grace = await insertFixtureSpeaker(app.db, ev, 'Grace Liu');
    const first = (await create(ev, { title: 'Bonded or direct mail?', speakerIds: [tom] })).json();
    const clash = await create(ev, { roomId: ev.rooms.lab, startsAt: jun22('10:59'), endsAt: jun22('11:30'), speakerIds: [grace, tom] });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'speaker_busy', details: { speakerId: tom, sessionId: first.id, title: 'Bonded or direct mail?' } });
    expect((await create(ev, { roomId: ev.rooms.lab, startsAt: jun22('11:00'), endsAt: jun22('11:30'), speakerIds: [grace, tom] })).statusCode).toBe(201);
    expect((await create(ev, { roomId: ev.rooms.small, speakerIds: [grace] })).statusCode).toBe(201);
  });

  it('lets exactly one of several operators racing for the same room and time win', async () => {
    const ev = await insertFixtureEvent(app.db);
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => create(ev, { title: `Racer ${i}` })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(answers.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'room_busy')).toBe(true);
    expect(await countSessions(ev.id)).toBe(1);
  });

  it('answers bad input with 400 naming the field, and writes nothing', async () => {
    const ev = await insertFixtureEvent(app.db);
    const other = await insertFixtureEvent(app.db);
    const strangerSpeaker = await insertFixtureSpeaker(app.db, other, 'Someone Else');
    const cases: Array<[Body, string]> = [
      [{ startsAt: '2027-06-22T10:00:00' }, 'startsAt'],
      [{ endsAt: 'tomorrow' }, 'endsAt'],
      [{ startsAt: '2027-02-30T10:00:00-05:00' }, 'startsAt'],
      [{ endsAt: jun22('09:00') }, 'endsAt'],
      [{ endsAt: jun22('10:00') }, 'endsAt'],
      [{ startsAt: '2027-06-24T10:00:00-04:00', endsAt: '2027-06-24T11:00:00-04:00' }, 'startsAt'],
      [{ startsAt: '2027-06-21T23:00:00-04:00', endsAt: jun22('01:00') }, 'startsAt'],
      [{ startsAt: '2027-06-23T23:00:00-04:00', endsAt: '2027-06-24T01:00:00-04:00' }, 'endsAt'],
      [{ roomId: other.rooms.lab }, 'roomId'],
      [{ capacity: 121 }, 'capacity'],
      [{ capacity: 0 }, 'capacity'],
      [{ speakerIds: [strangerSpeaker] }, 'speakerIds.0'],
      [{ kind: 'party' }, 'kind'],
      [{ title: '   ' }, 'title'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [overrides, field] of cases) {
      const res = await create(ev, overrides);
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      const fields = (res.json().error.details.fields as Array<{ field: string }>).map((f) => f.field);
      expect(fields, JSON.stringify(overrides)).toContain(field);
    }
    expect(await countSessions(ev.id)).toBe(0);
    expect((await ops.post(`/api/v1/ops/conference/events/cev_00000000000000000000000000/sessions`, session(ev))).statusCode).toBe(404);
  });

  it('accepts a session ending at midnight on the last day', async () => {
    const ev = await insertFixtureEvent(app.db);
    const res = await create(ev, { startsAt: '2027-06-23T22:00:00-04:00', endsAt: '2027-06-24T00:00:00-04:00', kind: 'networking' });
    expect(res.statusCode).toBe(201);
  });
});

describe('editing and cancelling sessions', () => {
  it('checks the room and speakers again on edit, allows touching, and refuses a stale revision', async () => {
    const ev = await insertFixtureEvent(app.db);
    const kevin = await insertFixtureSpeaker(app.db, ev, 'Kevin Osei');
    const a = (await create(ev, { title: 'Morning', speakerIds: [kevin] })).json();
    const b = (await create(ev, { title: 'Late morning', startsAt: jun22('11:00'), endsAt: jun22('12:00') })).json();
    const c = (await create(ev, { title: 'Lab', roomId: ev.rooms.lab })).json();

    const moved = await patch(ev, b.id, { revision: 1, startsAt: jun22('10:30') });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error).toMatchObject({ code: 'room_busy', details: { sessionId: a.id } });
    const intoRoom = await patch(ev, c.id, { revision: 1, roomId: ev.rooms.riverview });
    expect(intoRoom.json().error).toMatchObject({ code: 'room_busy', details: { sessionId: a.id } });
    const busySpeaker = await patch(ev, c.id, { revision: 1, speakerIds: [kevin] });
    expect(busySpeaker.json().error).toMatchObject({ code: 'speaker_busy', details: { sessionId: a.id, speakerId: kevin } });

    const touching = await patch(ev, c.id, { revision: 1, startsAt: jun22('11:00'), endsAt: jun22('12:00'), speakerIds: [kevin] });
    expect(touching.statusCode).toBe(200);
    expect(touching.json()).toMatchObject({ revision: 2, startsAt: '2027-06-22T15:00:00.000Z', speakers: [{ id: kevin }] });
    const stale = await patch(ev, c.id, { revision: 1, title: 'Overwrite' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_revision');
    // An edit that leaves time and speakers alone does not clash with itself.
    expect((await patch(ev, c.id, { revision: 2, title: 'Lab, renamed' })).json()).toMatchObject({ title: 'Lab, renamed', revision: 3 });
    expect((await patch(ev, c.id, { revision: 3, capacity: 30 })).json()).toMatchObject({ capacity: 30, seats: 30 });
    expect((await patch(ev, c.id, { revision: 4, capacity: null })).json()).toMatchObject({ capacity: null, seats: 50 });
    expect((await ops.post(`${base(ev)}/sessions/${c.id}/cancel`, { revision: 4 })).json().error.code).toBe('stale_revision');

    const actions = await app.db.selectFrom('audit_log').select('action').where('subject_id', '=', c.id).orderBy('id').execute();
    expect(actions.map((x) => x.action)).toEqual(['conference.session_created', ...Array(4).fill('conference.session_updated')]);
    const events = await app.db.selectFrom('outbox').select(['topic', 'payload']).where('topic', '=', 'conference.session_changed').execute();
    expect(events.map((e) => JSON.parse(e.payload))).toContainEqual({ sessionId: c.id, change: 'rescheduled' });
    expect(events.map((e) => JSON.parse(e.payload))).not.toContainEqual({ sessionId: b.id, change: 'rescheduled' });
  });

  it('announces a room change, refuses capacity below the seats held, and frees the room when cancelled', async () => {
    const ev = await insertFixtureEvent(app.db);
    const a = (await create(ev, { title: 'Payments 101' })).json();
    const roomMove = await patch(ev, a.id, { revision: 1, roomId: ev.rooms.lab });
    expect(roomMove.statusCode).toBe(200);
    const changes = await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.session_changed').execute();
    expect(changes.map((e) => JSON.parse(e.payload))).toContainEqual({ sessionId: a.id, change: 'room_changed' });

    await app.db.updateTable('conf_sessions').set({ held: 30 }).where('id', '=', a.id).execute();
    const shrink = await patch(ev, a.id, { revision: 2, capacity: 25 });
    expect(shrink.statusCode).toBe(409);
    expect(shrink.json().error).toMatchObject({ code: 'capacity_below_signups', details: { held: 30 } });
    expect((await patch(ev, a.id, { revision: 2, roomId: ev.rooms.small })).json().error.code).toBe('capacity_below_signups');
    expect((await patch(ev, a.id, { revision: 2, capacity: 51 })).json().error.details.fields[0].field).toBe('capacity');

    const cancelled = await ops.post(`${base(ev)}/sessions/${a.id}/cancel`, { revision: 2, reason: 'Speaker ill' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await ops.post(`${base(ev)}/sessions/${a.id}/cancel`, { revision: 3 })).json().error.code).toBe('session_cancelled');
    expect((await patch(ev, a.id, { revision: 3, title: 'Back' })).json().error.code).toBe('session_cancelled');
    expect((await create(ev, { roomId: ev.rooms.lab })).statusCode).toBe(201);
    const payloads = (await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.session_changed').execute()).map((e) => JSON.parse(e.payload));
    expect(payloads).toContainEqual({ sessionId: a.id, change: 'cancelled' });
    const audit = await app.db.selectFrom('audit_log').select(['action', 'data']).where('subject_id', '=', a.id).where('action', '=', 'conference.session_cancelled').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data!)).toMatchObject({ reason: 'Speaker ill' });
  });

  it('lists every session for operators with held and waiting counts, and keeps speakers', async () => {
    const ev = await insertFixtureEvent(app.db);
    const made = await ops.post(`${base(ev)}/speakers`, { name: 'Priya Raman', title: 'Director of Regulatory Affairs', company: 'Northshore Nutrition Labs', bio: 'Supplements rules.', photoUrl: 'https://img.example/priya.jpg' });
    expect(made.statusCode).toBe(201);
    const priya = made.json();
    const edited = await ops.request('PATCH', `${base(ev)}/speakers/${priya.id}`, { company: 'Northshore Labs', photoUrl: null });
    expect(edited.json()).toMatchObject({ name: 'Priya Raman', company: 'Northshore Labs', photoUrl: null });
    expect((await ops.post(`${base(ev)}/speakers`, { name: 'X', title: '', company: '', bio: '', photoUrl: 'javascript:alert(1)' })).json().error.details.fields[0].field).toBe('photoUrl');
    const s = (await create(ev, { speakerIds: [priya.id] })).json();
    await ops.post(`${base(ev)}/sessions/${s.id}/cancel`, { revision: 1 });
    const list = (await ops.get(`${base(ev)}/sessions`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: s.id, status: 'cancelled', held: 0, waitlisted: 0, speakers: [{ company: 'Northshore Labs' }] });
    const speakers = (await ops.get(`${base(ev)}/speakers`)).json();
    expect(speakers.items.map((x: { name: string }) => x.name)).toEqual(['Priya Raman']);
    const audit = await app.db.selectFrom('audit_log').select('action').where('subject_id', '=', priya.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['conference.speaker_created', 'conference.speaker_updated']);
  });

  it('keeps the operator routes from shoppers and anonymous callers', async () => {
    const ev = await insertFixtureEvent(app.db);
    const { client: shopper } = await signedInAs(app, 'shopper');
    const anon = new TestClient(app);
    expect((await shopper.get(`${base(ev)}/sessions`)).statusCode).toBe(403);
    expect((await shopper.post(`${base(ev)}/sessions`, session(ev))).statusCode).toBe(403);
    expect((await anon.post(`${base(ev)}/speakers`, { name: 'A', title: '', company: '', bio: '' })).statusCode).toBe(401);
    expect(await countSessions(ev.id)).toBe(0);
  });
});
