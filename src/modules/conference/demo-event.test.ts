// The demo's Gateway '27: seeded once (a second run adds nothing), published with its rooms and two
// ticket types, registration open between November and mid-June, and sample registrations for the
// operators' charts (without e-mails).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { DEMO_EVENT_SLUG, DEMO_ROOMS, seedDemoConference } from './demo-event.js';
import { registrationWindow } from './registrations.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

describe('demo conference', () => {
  it('seeds Gateway ’27 once, with rooms, ticket types and sample registrations', async () => {
    const now = new Date('2027-02-15T17:00:00Z');
    const first = await seedDemoConference(app.db, { now, sampleRegistrations: 40 });
    expect(first).toMatchObject({ created: true, rooms: DEMO_ROOMS.length, ticketTypes: 2, registrations: 40 });
    const second = await seedDemoConference(app.db, { now, sampleRegistrations: 40 });
    expect(second).toEqual({ eventId: first.eventId, created: false, rooms: 0, ticketTypes: 0, registrations: 0 });

    const event = await app.db.selectFrom('conf_events').selectAll().where('slug', '=', DEMO_EVENT_SLUG).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ name: "Gateway '27", time_zone: 'America/Detroit', starts_on: '2027-06-22', ends_on: '2027-06-23', capacity: 3000, held: 40, status: 'published' });
    expect(registrationWindow(event, now)).toBe('open');
    expect(registrationWindow(event, new Date('2026-10-31T12:00:00Z'))).toBe('not_yet_open');
    expect(registrationWindow(event, new Date('2027-06-15T23:00:00-04:00'))).toBe('open');
    expect(registrationWindow(event, new Date('2027-06-16T00:00:00-04:00'))).toBe('closed');

    const page = (await new TestClient(app).get(`/api/v1/conference/events/${DEMO_EVENT_SLUG}`)).json();
    expect(page.rooms.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['Hall A', 'Room 140 ABC', 'Room 250', 'Riverview Ballroom']));
    expect(page.rooms.find((r: { name: string }) => r.name === 'Hall A').capacity).toBe(3000);
    expect(page.ticketTypes).toEqual([
      expect.objectContaining({ code: 'general', priceCents: 0, includesWorkshops: false }),
      expect.objectContaining({ code: 'workshop', priceCents: 14_900, includesWorkshops: true }),
    ]);
    expect(page.venueAddress).toBe('1 Washington Blvd, Detroit, MI 48226');

    const rows = await app.db.selectFrom('conf_registrations').select(['created_at', 'state']).where('event_id', '=', event.id).execute();
    expect(rows.every((r) => r.created_at >= event.registration_opens_at && r.created_at <= now.toISOString())).toBe(true);
    expect(new Set(rows.map((r) => r.state)).size).toBeGreaterThan(5);
    const outbox = await app.db.selectFrom('outbox').select('id').where('topic', '=', 'conference.registration_changed').execute();
    expect(outbox).toEqual([]);
  });
});
