// Calendars (.ics): the public event (all days, or each day's hours), an attendee's personal agenda
// (their sessions, the keynotes, their meetings) and one meeting, in the event's time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { insertFixtureEvent, insertFixtureExpert, insertFixtureRegistrations, insertFixtureSession, insertFixtureSignup, type FixtureEvent } from './fixtures.js';

let app: TestApp;
let event: FixtureEvent;
beforeAll(async () => {
  app = await makeTestApp();
  event = await insertFixtureEvent(app.db);
});
afterAll(async () => app.cleanup());

type Vevent = Record<string, string>;

/** The calendar's own properties and each VEVENT's, keyed by name with parameters (e.g. DTSTART;VALUE=DATE). */
function parseIcs(text: string): { calendar: Record<string, string>; events: Vevent[]; alarms: number } {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const calendar: Record<string, string> = {};
  const events: Vevent[] = [];
  let current: Vevent | null = null;
  let alarms = 0;
  let inAlarm = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (line === 'BEGIN:VALARM') {
      alarms++;
      inAlarm = true;
    } else if (line === 'END:VALARM') inAlarm = false;
    else if (!inAlarm) {
      const i = line.indexOf(':');
      (current ?? calendar)[line.slice(0, i)] = line.slice(i + 1);
    }
  }
  return { calendar, events, alarms };
}

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const ics = (start: string) => start.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe('event calendar', () => {
  it('gives a published event as one all-day entry over its days, with venue and time zone', async () => {
    const res = await get(`/api/v1/conference/events/${event.slug}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parseIcs(res.body);
    expect(calendar['X-WR-TIMEZONE']).toBe('America/Detroit');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ SUMMARY: "Gateway '27", 'DTSTART;VALUE=DATE': '20270622', 'DTEND;VALUE=DATE': '20270624', UID: `${event.id}@${new URL(app.config.publicUrl).host}` });
    expect(events[0]!['LOCATION']).toContain('Huntington Place\\, 1 Washington Blvd\\, Detroit\\, MI 48226');
  });

  it('gives each day from its first session to its last, or 9 to 5 local time on a day without sessions', async () => {
    const fresh = await insertFixtureEvent(app.db);
    await insertFixtureSession(app.db, fresh, { title: 'Opening keynote', kind: 'keynote', startsAt: '2027-06-22T13:30:00.000Z', minutes: 60 });
    await insertFixtureSession(app.db, fresh, { title: 'Networking', kind: 'networking', startsAt: '2027-06-22T21:00:00.000Z', minutes: 90 });
    const { events } = parseIcs((await get(`/api/v1/conference/events/${fresh.slug}/calendar.ics?style=timed`)).body);
    expect(events.map((e) => [e['DTSTART'], e['DTEND']])).toEqual([
      ['20270622T133000Z', '20270622T223000Z'],
      // 09:00–17:00 in Detroit in June (EDT, UTC−4).
      ['20270623T130000Z', '20270623T210000Z'],
    ]);
    expect(events[1]!['SUMMARY']).toBe("Gateway '27 (day 2)");
  });

  it('has no calendar for a draft or unknown event, and checks its parameters', async () => {
    const draft = await insertFixtureEvent(app.db, { status: 'draft' });
    expect((await get(`/api/v1/conference/events/${draft.slug}/calendar.ics`)).statusCode).toBe(404);
    expect((await get('/api/v1/conference/events/no-such-event/calendar.ics')).statusCode).toBe(404);
    expect((await get(`/api/v1/conference/events/${event.slug}/calendar.ics?style=weekly`)).statusCode).toBe(400);
  });
});

describe('personal agenda and meetings', () => {
  it('lists the attendee’s confirmed sessions, every keynote and their meetings; cancelled sessions come as cancelled', async () => {
    const [reg, someoneElse] = await insertFixtureRegistrations(app.db, event, 2);
    const headers = { 'x-registration-key': reg!.manageKey };
    const keynote = await insertFixtureSession(app.db, event, { title: 'Why China, why now', kind: 'keynote', startsAt: '2027-06-22T13:00:00.000Z', minutes: 45 });
    const mine = await insertFixtureSession(app.db, event, { title: 'Cross-border logistics 101', kind: 'breakout', startsAt: '2027-06-22T15:00:00.000Z', minutes: 50, roomId: event.rooms.small });
    const cancelled = await insertFixtureSession(app.db, event, { title: 'Beauty on Tmall Global', kind: 'breakout', startsAt: '2027-06-23T15:00:00.000Z', minutes: 50, status: 'cancelled' });
    const waitlisted = await insertFixtureSession(app.db, event, { title: 'Payments hands-on', kind: 'workshop', startsAt: '2027-06-23T17:00:00.000Z', minutes: 90 });
    await insertFixtureSession(app.db, event, { title: 'Fashion breakout', kind: 'breakout', startsAt: '2027-06-23T19:00:00.000Z', minutes: 50 });
    await insertFixtureSignup(app.db, mine, reg!.id);
    await insertFixtureSignup(app.db, cancelled, reg!.id);
    await insertFixtureSignup(app.db, waitlisted, reg!.id, 'waitlisted');
    const meeting = (await insertFixtureExpert(app.db, event, ['2027-06-22T18:00:00.000Z'], { name: 'Wei Zhang', bookedBy: reg!.id })).slotIds[0]!;
    const theirs = (await insertFixtureExpert(app.db, event, ['2027-06-22T18:20:00.000Z'], { bookedBy: someoneElse!.id })).slotIds[0]!;

    const res = await get(`/api/v1/conference/registrations/${reg!.id}/calendar.ics`, headers);
    expect(res.statusCode).toBe(200);
    const { calendar, events, alarms } = parseIcs(res.body);
    expect(calendar['X-WR-TIMEZONE']).toBe('America/Detroit');
    expect(events.map((e) => e['SUMMARY'])).toEqual(['Keynote: Why China\\, why now', 'Cross-border logistics 101', 'Beauty on Tmall Global', '1:1 with Wei Zhang (Gateway Marketplace)']);
    const byUid = new Map(events.map((e) => [e['UID']!.split('@')[0]!, e]));
    expect(byUid.get(keynote)).toMatchObject({ DTSTART: '20270622T130000Z', DTEND: '20270622T134500Z', STATUS: 'CONFIRMED' });
    expect(byUid.get(mine)!['LOCATION']).toContain('Room 140\\, Hall A\\, Huntington Place');
    expect(byUid.get(mine)!['DESCRIPTION']).toContain('11:00'); // local time, 15:00 UTC in June
    expect(byUid.get(cancelled)!['STATUS']).toBe('CANCELLED');
    expect(byUid.get(meeting)).toMatchObject({ DTSTART: ics('2027-06-22T18:00:00Z'), DTEND: ics('2027-06-22T18:20:00Z'), STATUS: 'CONFIRMED' });
    expect(byUid.get(meeting)!['LOCATION']).toContain('Expert lounge\\, table 1');
    expect(alarms).toBe(1);

    const one = await get(`/api/v1/conference/registrations/${reg!.id}/meetings/${meeting}/calendar.ics`, headers);
    expect(one.statusCode).toBe(200);
    expect(parseIcs(one.body).events.map((e) => e['UID']!.split('@')[0])).toEqual([meeting]);
    expect((await get(`/api/v1/conference/registrations/${reg!.id}/meetings/${theirs}/calendar.ics`, headers)).statusCode).toBe(404);
    expect((await get(`/api/v1/conference/registrations/${reg!.id}/calendar.ics`)).statusCode).toBe(404);
  });

  it('has no agenda for a registration that is not confirmed', async () => {
    const [waiting] = await insertFixtureRegistrations(app.db, event, 1, { status: 'waitlisted' });
    const res = await get(`/api/v1/conference/registrations/${waiting!.id}/calendar.ics`, { 'x-registration-key': waiting!.manageKey });
    expect(res.statusCode).toBe(409);
  });
});
