// The public agenda (filters by local day, track and kind; rooms, speakers, seats left; cancelled
// sessions and draft events hidden; bad filters 400 naming the field) and an attendee's personal
// agenda (their sessions with waitlist places, plus what everyone attends).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { insertFixtureEvent, insertFixtureRegistrations, insertFixtureSpeaker, type FixtureEvent } from './fixtures.js';

let app: TestApp;
let ops: TestClient;
let anon: TestClient;
let ev: FixtureEvent;
const ids: Record<string, string> = {};

const at = (day: '22' | '23', hhmm: string) => `2027-06-${day}T${hhmm}:00-04:00`;

beforeAll(async () => {
  app = await makeTestApp();
  ops = (await signedInAs(app, 'operator')).client;
  anon = new TestClient(app);
  await anon.refreshCsrf();
  ev = await insertFixtureEvent(app.db);
  const marisol = await insertFixtureSpeaker(app.db, ev, 'Marisol Ortega');
  const add = async (key: string, body: Record<string, unknown>) => {
    const res = await ops.post(`/api/v1/ops/conference/events/${ev.id}/sessions`, { description: `About ${key}`, speakerIds: [], ...body });
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().id;
  };
  await add('keynote', { title: 'Opening keynote', kind: 'keynote', track: 'Main stage', roomId: ev.rooms.ballroom, startsAt: at('22', '09:00'), endsAt: at('22', '10:00'), speakerIds: [marisol] });
  await add('food', { title: 'Orchard to table', kind: 'breakout', track: 'Food & agriculture', roomId: ev.rooms.riverview, startsAt: at('22', '10:30'), endsAt: at('22', '11:30'), speakerIds: [marisol] });
  await add('beauty', { title: 'Clean beauty', kind: 'breakout', track: 'Beauty', roomId: ev.rooms.small, startsAt: at('22', '10:30'), endsAt: at('22', '11:30'), capacity: 2 });
  await add('lunch', { title: 'Networking lunch', kind: 'networking', track: 'Networking', roomId: ev.rooms.ballroom, startsAt: at('22', '12:00'), endsAt: at('22', '13:00') });
  await add('workshop', { title: 'Hands-on listing', kind: 'workshop', track: 'Hands-on', roomId: ev.rooms.lab, startsAt: at('23', '14:00'), endsAt: at('23', '16:00'), capacity: 40 });
  // Late on the 23rd in Detroit is already the 24th in UTC: the day filter must use the event's zone.
  await add('evening', { title: 'Closing reception', kind: 'networking', track: 'Networking', roomId: ev.rooms.ballroom, startsAt: at('23', '20:30'), endsAt: at('23', '22:00') });
  await add('gone', { title: 'Cancelled talk', kind: 'breakout', track: 'Food & agriculture', roomId: ev.rooms.lab, startsAt: at('22', '09:00'), endsAt: at('22', '10:00') });
  await ops.post(`/api/v1/ops/conference/events/${ev.id}/sessions/${ids['gone']}/cancel`, { revision: 1 });
});
afterAll(async () => app.cleanup());

const agenda = (query = '', slug = ev.slug) => anon.get(`/api/v1/conference/events/${slug}/agenda${query}`);
const titles = (res: { json: () => { items: Array<{ title: string }> } }) => res.json().items.map((s) => s.title);

describe('public agenda', () => {
  it('lists scheduled sessions in time order with rooms, speakers, and seats only where sign-up is needed', async () => {
    const res = await agenda();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.event).toMatchObject({ slug: ev.slug, timeZone: 'America/Detroit', days: ['2027-06-22', '2027-06-23'] });
    expect(body.tracks).toEqual(['Beauty', 'Food & agriculture', 'Hands-on', 'Main stage', 'Networking']);
    expect(titles(res)).toEqual(['Opening keynote', 'Clean beauty', 'Orchard to table', 'Networking lunch', 'Hands-on listing', 'Closing reception']);
    const [keynote, beauty] = body.items;
    expect(keynote).toMatchObject({ kind: 'keynote', signupRequired: false, seats: null, seatsLeft: null, room: { name: 'Grand Riverview Ballroom', hall: 'Level 3' } });
    expect(keynote.speakers).toEqual([{ id: expect.any(String), name: 'Marisol Ortega', title: 'Director', company: 'Lakeside Trade Co.', bio: 'Marisol Ortega helps brands export.', photoUrl: null }]);
    expect(beauty).toMatchObject({ signupRequired: true, seats: 2, seatsLeft: 2 });
  });

  it('filters by local day, track and kind', async () => {
    expect(titles(await agenda('?day=2027-06-22'))).toEqual(['Opening keynote', 'Clean beauty', 'Orchard to table', 'Networking lunch']);
    expect(titles(await agenda('?day=2027-06-23'))).toEqual(['Hands-on listing', 'Closing reception']);
    expect(titles(await agenda('?track=food%20%26%20agriculture'))).toEqual(['Orchard to table']);
    expect(titles(await agenda('?kind=networking'))).toEqual(['Networking lunch', 'Closing reception']);
    expect(titles(await agenda('?day=2027-06-23&kind=workshop&track=Hands-on'))).toEqual(['Hands-on listing']);
    expect(titles(await agenda('?track=Nothing'))).toEqual([]);
  });

  it('shows seats left as people sign up', async () => {
    const [a] = await insertFixtureRegistrations(app.db, ev, 1);
    await anon.post(`/api/v1/conference/registrations/${a!.id}/sessions/${ids['food']}`, undefined, { headers: { 'x-registration-key': a!.manageKey } });
    const food = (await agenda('?track=Food%20%26%20agriculture')).json().items[0];
    expect(food).toMatchObject({ seats: 120, seatsLeft: 119 });
  });

  it('answers bad filters with 400 naming the field, and hides draft or unknown events', async () => {
    const field = async (q: string) => (await agenda(q)).json().error.details.fields[0].field as string;
    expect(await field('?day=22-06-2027')).toBe('day');
    expect(await field('?day=2027-06-24')).toBe('day');
    expect(await field('?kind=party')).toBe('kind');
    expect(await field('?track=')).toBe('track');
    expect(await field('?room=1')).toBe('room');
    const draft = await insertFixtureEvent(app.db, { status: 'draft' });
    expect((await agenda('', draft.slug)).statusCode).toBe(404);
    expect((await agenda('', 'no-such-event')).statusCode).toBe(404);
  });
});

describe('personal agenda', () => {
  it('holds the attendee’s seats and waitlist places plus the sessions everyone attends, in time order', async () => {
    const [first, second, me] = await insertFixtureRegistrations(app.db, ev, 3);
    const signUp = (r: { id: string; manageKey: string }, key: string) => anon.post(`/api/v1/conference/registrations/${r.id}/sessions/${ids[key]}`, undefined, { headers: { 'x-registration-key': r.manageKey } });
    await signUp(first!, 'beauty');
    await signUp(second!, 'beauty');
    expect((await signUp(me!, 'beauty')).json().signup).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const res = await anon.get(`/api/v1/conference/registrations/${me!.id}/agenda`, { headers: { 'x-registration-key': me!.manageKey } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ session: { title: string }; attendance: string; signup: { status: string; waitlistPosition: number | null } | null }>;
    expect(items.map((i) => [i.session.title, i.attendance])).toEqual([
      ['Opening keynote', 'everyone'],
      ['Clean beauty', 'signed_up'],
      ['Networking lunch', 'everyone'],
      ['Closing reception', 'everyone'],
    ]);
    expect(items[1]!.signup).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(items[0]!.signup).toBeNull();
  });
});
