// What attendees are told about their meetings (the outbox subscriber, fed the events the routes
// published), the reminder job (once per meeting, even with two runs at once), and the demo experts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import type { Mail } from '../../platform/mailer.js';
import { seedConferenceExperts } from './demo-experts.js';
import { insertFixtureEvent, insertFixtureExpert, insertFixtureRegistrations, type FixtureRegistration } from './fixtures.js';
import { meetingMail, type MeetingChange } from './meeting-mail.js';
import { remindUpcomingMeetings } from './meetings.js';

let app: TestApp;
let anon: TestClient;
const sent: Mail[] = [];
let delivered = '';
beforeAll(async () => {
  app = await makeTestApp();
  anon = new TestClient(app);
  await anon.refreshCsrf();
});
afterAll(async () => app.cleanup());

/** Hands every meeting event published since the last call to the subscriber, in order; returns the new mails. */
async function deliver(): Promise<Mail[]> {
  const subscriber = meetingMail(app.db, { send: async (m) => (sent.push(m), { id: String(sent.length) }) }, 'https://gateway.test');
  const rows = await app.db.selectFrom('outbox').select(['id', 'payload']).where('topic', '=', 'conference.meeting_changed').where('id', '>', delivered).orderBy('id').execute();
  const before = sent.length;
  for (const row of rows) {
    await subscriber(JSON.parse(row.payload) as MeetingChange);
    delivered = row.id;
  }
  return sent.slice(before);
}

const key = (reg: FixtureRegistration) => ({ headers: { 'x-registration-key': reg.manageKey } });
const book = (reg: FixtureRegistration, slotId: string, mode: 'book' | 'request' = 'book') =>
  anon.post(`/api/v1/conference/registrations/${reg.id}/meetings`, { slotId, topic: 'Selling maple syrup', mode }, key(reg));
const cancel = (reg: FixtureRegistration, slotId: string) => anon.request('DELETE', `/api/v1/conference/registrations/${reg.id}/meetings/${slotId}`, undefined, key(reg));

describe('meeting e-mails', () => {
  it('tells the attendee of a booking with the local time, table and topic, then of a new table and the cancellation', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const reg = (await insertFixtureRegistrations(app.db, event, 1))[0]!;
    const expert = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00')], { name: 'Kevin Liu' });
    const slotId = expert.slotIds[0]!;
    expect((await book(reg, slotId)).statusCode).toBe(201);
    const [booked, ...none] = await deliver();
    expect(none).toEqual([]);
    expect(booked!.to).toBe(reg.email);
    expect(booked!.subject).toContain('Your meeting with Kevin Liu is booked');
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Detroit', weekday: 'long' }).format(new Date(event.at(event.day1, '10:00')));
    expect(booked!.text).toMatch(new RegExp(`When: ${weekday}, .*10:00 AM – 10:20 AM E[SD]T`));
    expect(booked!.text).toContain('Where: Expert lounge, table 1, Huntington Place, 1 Washington Blvd, Detroit, MI 48226');
    expect(booked!.text).toContain('Topic: Selling maple syrup');
    expect(booked!.text).toContain(`https://gateway.test/conference/registrations/${reg.id}`);

    const { client: op } = await signedInAs(app, 'operator');
    expect((await op.request('PATCH', `/api/v1/ops/conference/events/${event.id}/experts/${expert.id}/slots/${slotId}`, { location: 'Expert lounge, table 7' })).statusCode).toBe(200);
    const [moved] = await deliver();
    expect(moved!.text).toContain('Where: Expert lounge, table 7');

    expect((await cancel(reg, slotId)).statusCode).toBe(204);
    const [cancelled] = await deliver();
    expect(cancelled!.subject).toContain('Meeting with Kevin Liu cancelled');
    expect(cancelled!.text).toContain('10:00 AM');
  });

  it('tells of a request (the linked expert too) and its decline; sends no stale booking after a cancellation', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const reg = (await insertFixtureRegistrations(app.db, event, 1))[0]!;
    const { user } = await signedInAs(app, 'shopper');
    const expert = await insertFixtureExpert(app.db, event, [event.at(event.day1, '11:00'), event.at(event.day1, '14:00')], { name: 'Rachel Stein', userId: user.id });
    expect((await book(reg, expert.slotIds[0]!, 'request')).statusCode).toBe(201);
    const requestMails = await deliver();
    expect(requestMails.map((m) => [m.to, m.subject.split(' — ')[0]])).toEqual([
      [reg.email, 'Meeting request sent to Rachel Stein'],
      [user.email, expect.stringContaining(`Meeting request from ${reg.firstName}`)],
    ]);
    const { client: op } = await signedInAs(app, 'operator');
    await op.post(`/api/v1/ops/conference/events/${event.id}/experts/${expert.id}/slots/${expert.slotIds[0]}/decision`, { decision: 'decline' });
    const [declined] = await deliver();
    expect(declined!.subject).toContain('Rachel Stein could not take your meeting');

    expect((await book(reg, expert.slotIds[1]!)).statusCode).toBe(201);
    expect((await cancel(reg, expert.slotIds[1]!)).statusCode).toBe(204);
    const late = await deliver();
    expect(late.map((m) => m.subject.split(' — ')[0])).toEqual(['Meeting with Rachel Stein cancelled']);
  });
});

describe('reminders', () => {
  it('reminds each booked meeting starting within the hour once, even with two runs at once', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const regs = await insertFixtureRegistrations(app.db, event, 3);
    const [a, b, c] = [regs[0]!, regs[1]!, regs[2]!];
    const inMinutes = (m: number) => new Date(Math.ceil((Date.now() + m * 60_000) / 60_000) * 60_000).toISOString();
    const soon = await insertFixtureExpert(app.db, event, [inMinutes(30)], { name: 'Daniel Wu' });
    const later = await insertFixtureExpert(app.db, event, [inMinutes(90)]);
    const requested = await insertFixtureExpert(app.db, event, [inMinutes(40)]);
    await insertFixtureExpert(app.db, event, [inMinutes(20)]);
    expect((await book(a, soon.slotIds[0]!)).statusCode).toBe(201);
    expect((await book(b, later.slotIds[0]!)).statusCode).toBe(201);
    expect((await book(c, requested.slotIds[0]!, 'request')).statusCode).toBe(201);
    await deliver();

    const now = new Date();
    const counts = await Promise.all([remindUpcomingMeetings(app.db, now), remindUpcomingMeetings(app.db, now)]);
    expect(counts[0]! + counts[1]!).toBe(1);
    expect(await remindUpcomingMeetings(app.db, now)).toBe(0);
    const [reminder, ...rest] = await deliver();
    expect(rest).toEqual([]);
    expect(reminder!.to).toBe(a.email);
    expect(reminder!.subject).toContain('Reminder: your meeting with Daniel Wu starts soon');

    // An hour on, the 90-minute meeting is due; a slot cancelled and rebooked is reminded again, to the new holder.
    expect((await cancel(a, soon.slotIds[0]!)).statusCode).toBe(204);
    expect((await book(c, soon.slotIds[0]!)).json().error.code).toBe('meeting_overlap');
    expect((await book(b, soon.slotIds[0]!)).statusCode).toBe(201);
    expect(await remindUpcomingMeetings(app.db, new Date(now.getTime() + 45 * 60_000))).toBe(1);
    expect(await remindUpcomingMeetings(app.db, now)).toBe(1);
    const reminded = await app.db.selectFrom('conf_meeting_slots').select(['id', 'registration_id', 'reminded_at']).where('reminded_at', 'is not', null).where('event_id', '=', event.id).orderBy('starts_at').execute();
    expect(reminded.map((r) => [r.id, r.registration_id])).toEqual([
      [soon.slotIds[0], b.id],
      [later.slotIds[0], b.id],
    ]);
  });
});

describe('demo experts', () => {
  it('seeds eight experts with 20-minute slots 10–12 and 14–16 Detroit time on both days, once', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    expect(await seedConferenceExperts(app.db, event.id, new Date())).toBe(8);
    expect(await seedConferenceExperts(app.db, event.id, new Date())).toBe(0);
    const list = (await anon.get(`/api/v1/conference/events/${event.slug}/experts`)).json();
    expect(list.items).toHaveLength(8);
    expect(new Set(list.items.map((e: { expertise: string }) => e.expertise))).toEqual(new Set(['category', 'logistics', 'payments', 'legal', 'marketing']));
    for (const e of list.items) expect(e.openSlots).toBe(24);
    const slots = (await anon.get(`/api/v1/conference/events/${event.slug}/experts/${list.items[0].id}/slots`)).json().items as Array<{ startsAt: string; location: string }>;
    expect(slots[0]!.startsAt).toBe(event.at(event.day1, '10:00'));
    expect(slots[5]!.startsAt).toBe(event.at(event.day1, '11:40'));
    expect(slots[6]!.startsAt).toBe(event.at(event.day1, '14:00'));
    expect(slots.at(-1)!.startsAt).toBe(event.at(event.day2, '15:40'));
    expect(slots[0]!.location).toMatch(/^Expert lounge, table \d$/);
    const tables = await app.db.selectFrom('conf_meeting_slots').select('location').distinct().where('event_id', '=', event.id).execute();
    expect(tables).toHaveLength(8);
  });
});
