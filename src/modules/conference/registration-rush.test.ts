// The registration rush (issue 7): 5,000 businesses register at once for 1,000 seats, through the real
// HTTP route. Exactly 1,000 are confirmed, 4,000 waitlisted with positions 1..4,000 in the order the
// server took them (no gaps, no duplicates), every e-mail once, no 5xx; the counters match the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

const SEATS = 1000;
const RUSH = 5000;

const form = (i: number) => ({
  email: `rush-${i}@business.example`,
  firstName: 'Rush',
  lastName: `Registrant ${i}`,
  company: `Company ${i}`,
  businessType: 'farm',
  state: 'MI',
  sells: 'tart cherries',
  chinaExperience: 'exploring',
  interests: ['food_agriculture'],
  consentContact: i % 2 === 0,
  ticketType: 'general',
});

describe('registration rush', () => {
  it(`absorbs ${RUSH} concurrent registrations for ${SEATS} seats: exactly ${SEATS} confirmed, the rest waitlisted 1..${RUSH - SEATS}`, async () => {
    const { client: op } = await signedInAs(app, 'operator');
    const created = await op.post('/api/v1/ops/conference/events', {
      slug: 'rush-test', name: 'Rush Test', tagline: '', description: '', venueName: 'Hall A', venueAddress: '1 Washington Blvd, Detroit, MI 48226',
      timeZone: 'America/Detroit', startsOn: '2027-06-22', endsOn: '2027-06-23', registrationOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
      registrationClosesAt: new Date(Date.now() + 86_400_000).toISOString(), capacity: SEATS, status: 'published',
    });
    expect(created.statusCode).toBe(201);
    const eventId = created.json().id as string;
    // The ticket type's quota is above the event's capacity: the event's counter is the one that runs out.
    expect((await op.post(`/api/v1/ops/conference/events/${eventId}/ticket-types`, { code: 'general', name: 'General admission', description: '', priceCents: 0, quota: RUSH, includesWorkshops: false })).statusCode).toBe(201);

    const anonymous = new TestClient(app);
    await anonymous.refreshCsrf();
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: RUSH }, (_, i) => anonymous.post('/api/v1/conference/events/rush-test/registrations', form(i))));
    const seconds = (performance.now() - started) / 1000;
    console.warn(`registration rush: ${RUSH} registrations for ${SEATS} seats absorbed in ${seconds.toFixed(1)} s (${Math.round(RUSH / seconds)}/s)`);

    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    const registrations = answers.map((a) => a.json().registration as { id: string; status: string; waitlistPosition: number | null; email: string });
    const confirmed = registrations.filter((r) => r.status === 'confirmed');
    const waitlisted = registrations.filter((r) => r.status === 'waitlisted');
    expect(confirmed).toHaveLength(SEATS);
    expect(waitlisted).toHaveLength(RUSH - SEATS);
    expect(confirmed.every((r) => r.waitlistPosition === null)).toBe(true);

    // Positions 1..4000 without gaps or duplicates, handed out in the order the server took the
    // registrations (ids are time-ordered and drawn under the seat lock), all after the last seat went.
    const byArrival = [...waitlisted].sort((a, b) => a.id.localeCompare(b.id));
    expect(byArrival.map((r) => r.waitlistPosition)).toEqual(Array.from({ length: RUSH - SEATS }, (_, i) => i + 1));
    const lastConfirmed = confirmed.map((r) => r.id).sort().at(-1)!;
    expect(byArrival[0]!.id > lastConfirmed).toBe(true);

    const rows = await app.db.selectFrom('conf_registrations').select(['email_key', 'status']).where('event_id', '=', eventId).execute();
    expect(rows).toHaveLength(RUSH);
    expect(new Set(rows.map((r) => r.email_key)).size).toBe(RUSH);
    const event = await app.db.selectFrom('conf_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(event.held).toBe(SEATS);
    expect(event.waitlist_next).toBe(RUSH - SEATS + 1);
    const ticketType = await app.db.selectFrom('conf_ticket_types').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
    expect(ticketType.held).toBe(SEATS);

    // The same rush again changes nothing: every e-mail is already registered.
    const again = await Promise.all(Array.from({ length: 50 }, (_, i) => anonymous.post('/api/v1/conference/events/rush-test/registrations', form(i * 97))));
    expect(new Set(again.map((a) => `${a.statusCode} ${a.json().error?.code}`))).toEqual(new Set(['409 already_registered']));
    const after = await app.db.selectFrom('conf_events').select(['held', 'waitlist_next']).where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(after).toEqual({ held: SEATS, waitlist_next: RUSH - SEATS + 1 });

    const page = (await anonymous.get('/api/v1/conference/events/rush-test')).json();
    expect(page.capacity).toEqual({ total: SEATS, seatsLeft: 0, status: 'waitlist_only', waitlisted: RUSH - SEATS });
    expect(page.ticketTypes[0]).toMatchObject({ code: 'general', seatsLeft: 0, status: 'waitlist' });
  }, 180_000);
});
