// Events' public pages and the business registration form: confirmed while seats last (event and
// ticket type), waitlisted after; one registration per e-mail; the registration window; every bad
// field refused by name with nothing written; a signed-in registrant's account kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { createEvent, registrationForm as form } from './fixtures.js';

let app: TestApp;
let op: TestClient;
let anonymous: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  op = (await signedInAs(app, 'operator')).client;
  anonymous = new TestClient(app);
  await anonymous.refreshCsrf();
});
afterAll(async () => app.cleanup());

const DAY = 86_400_000;
/** The workshop pass as operators set it up: paid, with workshops. */
const WORKSHOP = { code: 'workshop', priceCents: 14_900, includesWorkshops: true };

async function footprint(eventId: string) {
  const event = await app.db.selectFrom('conf_events').select(['held', 'waitlist_next']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const rows = await app.db.selectFrom('conf_registrations').select((eb) => eb.fn.countAll().as('n')).where('event_id', '=', eventId).executeTakeFirstOrThrow();
  const outbox = await app.db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('topic', '=', 'conference.registration_changed').executeTakeFirstOrThrow();
  return { ...event, registrations: Number(rows.n), outbox: Number(outbox.n) };
}

describe('event pages', () => {
  it('lists published events and shows the page with days, window, seats left and ticket types; drafts stay hidden', async () => {
    const { slug } = await createEvent(op, { capacity: 20, ticketTypes: [{ code: 'general', quota: 20 }, { ...WORKSHOP, quota: 2 }] });
    const draft = await createEvent(op, { capacity: 5, status: 'draft' });
    const list = (await anonymous.get('/api/v1/conference/events')).json().items.map((e: { slug: string }) => e.slug);
    expect(list).toContain(slug);
    expect(list).not.toContain(draft.slug);
    expect((await anonymous.get(`/api/v1/conference/events/${draft.slug}`)).statusCode).toBe(404);

    const page = (await anonymous.get(`/api/v1/conference/events/${slug}`)).json();
    expect(page).toMatchObject({
      slug, venueName: 'Huntington Place', timeZone: 'America/Detroit', days: ['2027-06-22', '2027-06-23'],
      registration: { state: 'open', open: true }, capacity: { total: 20, seatsLeft: 20, status: 'open', waitlisted: 0 },
    });
    expect(page.ticketTypes).toEqual([
      expect.objectContaining({ code: 'general', priceCents: 0, currency: 'USD', seatsLeft: 20, status: 'available' }),
      expect.objectContaining({ code: 'workshop', priceCents: 14_900, includesWorkshops: true, seatsLeft: 2, status: 'available' }),
    ]);
  });

  it('says nearly full, then waitlist only, as seats go', async () => {
    const { slug } = await createEvent(op, { capacity: 10 });
    for (let i = 0; i < 9; i++) expect((await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`near-${i}@${slug}.example`))).statusCode).toBe(201);
    expect((await anonymous.get(`/api/v1/conference/events/${slug}`)).json().capacity).toMatchObject({ seatsLeft: 1, status: 'nearly_full' });
    await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`last@${slug}.example`));
    const late = (await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`late@${slug}.example`))).json();
    expect(late.registration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, placeInLine: 1 });
    const page = (await anonymous.get(`/api/v1/conference/events/${slug}`)).json();
    expect(page.capacity).toEqual({ total: 10, seatsLeft: 0, status: 'waitlist_only', waitlisted: 1 });
    expect(page.ticketTypes[0]).toMatchObject({ seatsLeft: 0, status: 'waitlist' });
  });
});

describe('registering', () => {
  it('confirms while the ticket type has seats, then waitlists for that ticket type only', async () => {
    const { id, slug } = await createEvent(op, { capacity: 10, ticketTypes: [{ code: 'general', quota: 10 }, { ...WORKSHOP, quota: 1 }] });
    const first = await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`w1@${slug}.example`, { ticketType: 'workshop', consentContact: true }));
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body.manageKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A paid ticket's seat is taken and held for its payment (registration-payment.test.ts pays it).
    expect(body.registration).toMatchObject({ status: 'offered', waitlistPosition: null, ticketType: { code: 'workshop', priceCents: 14_900 }, payment: null, consentContact: true, interests: ['food_agriculture', 'logistics'], signedInAccount: false });
    const second = (await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`w2@${slug}.example`, { ticketType: 'workshop' }))).json();
    expect(second.registration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const general = (await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`g1@${slug}.example`))).json();
    expect(general.registration.status).toBe('confirmed');
    const row = await app.db.selectFrom('conf_registrations').selectAll().where('id', '=', body.registration.id).executeTakeFirstOrThrow();
    expect(row.manage_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.manage_key_hash).not.toContain(body.manageKey);
    expect(row).toMatchObject({ consent_contact: 1, attendee_type: 'business', user_id: null, email_key: `w1@${slug}.example` });
    expect(await footprint(id)).toMatchObject({ held: 2, waitlist_next: 2, registrations: 3 });
  });

  it('refuses the same e-mail again (trimmed, any case) and writes nothing', async () => {
    const { id, slug } = await createEvent(op, { capacity: 5 });
    expect((await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form('ada@orchards.example'))).statusCode).toBe(201);
    const before = await footprint(id);
    const again = await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form('  ADA@Orchards.Example ', { firstName: 'Other' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_registered');
    expect(await footprint(id)).toEqual(before);
    // Another event takes the same e-mail.
    const other = await createEvent(op, { capacity: 5 });
    expect((await anonymous.post(`/api/v1/conference/events/${other.slug}/registrations`, form('ada@orchards.example'))).statusCode).toBe(201);
  });

  it('refuses registrations outside the window, and for unknown events, writing nothing', async () => {
    const early = await createEvent(op, { capacity: 5, registrationOpensAt: new Date(Date.now() + DAY).toISOString(), registrationClosesAt: new Date(Date.now() + 2 * DAY).toISOString() });
    const late = await createEvent(op, { capacity: 5, registrationOpensAt: new Date(Date.now() - 2 * DAY).toISOString(), registrationClosesAt: new Date(Date.now() - DAY).toISOString() });
    const closed = await createEvent(op, { capacity: 5, status: 'closed' });
    for (const [event, code, state] of [[early, 'registration_not_open', 'not_yet_open'], [late, 'registration_closed', 'closed'], [closed, 'registration_closed', 'closed']] as const) {
      const before = await footprint(event.id);
      const res = await anonymous.post(`/api/v1/conference/events/${event.slug}/registrations`, form(`x@${event.slug}.example`));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe(code);
      expect(await footprint(event.id)).toEqual(before);
      expect((await anonymous.get(`/api/v1/conference/events/${event.slug}`)).json().registration).toMatchObject({ state, open: false });
    }
    expect((await anonymous.post('/api/v1/conference/events/no-such-event/registrations', form('x@nowhere.example'))).statusCode).toBe(404);
  });

  it('refuses each bad field with a 400 naming it, writing nothing', async () => {
    const { id, slug } = await createEvent(op, { capacity: 5 });
    const before = await footprint(id);
    const cases: Array<[string, Record<string, unknown>]> = [
      ['email', { email: 'not-an-email' }],
      ['email', { email: undefined }],
      ['firstName', { firstName: '   ' }],
      ['lastName', { lastName: '' }],
      ['company', { company: undefined }],
      ['company', { company: 'x'.repeat(201) }],
      ['businessType', { businessType: 'pirate' }],
      ['state', { state: 'ZZ' }],
      ['state', { state: 'mi' }],
      ['sells', { sells: '' }],
      ['chinaExperience', { chinaExperience: 'lots' }],
      ['interests.0', { interests: ['golf'] }],
      ['interests', { interests: ['beauty', 'beauty'] }],
      ['dietary', { dietary: 'x'.repeat(501) }],
      ['accessibility', { accessibility: 'x'.repeat(501) }],
      ['consentContact', { consentContact: undefined }],
      ['consentContact', { consentContact: 'maybe' }],
      ['ticketType', { ticketType: 'VIP!' }],
      ['ticketType', { ticketType: 'vip' }],
      ['admin', { admin: true }],
    ];
    for (const [field, change] of cases) {
      const res = await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`bad@${slug}.example`, change));
      expect(res.statusCode, `${field} ${JSON.stringify(change)}`).toBe(400);
      expect(res.json().error.details.fields.map((f: { field: string }) => f.field), JSON.stringify(change)).toContain(field);
    }
    expect(await footprint(id)).toEqual(before);
  });

  it('accepts DC and the territories, and keeps a signed-in registrant’s account', async () => {
    const { slug } = await createEvent(op, { capacity: 5 });
    const { client, user } = await signedInAs(app, 'shopper');
    const res = await client.post(`/api/v1/conference/events/${slug}/registrations`, form(`guam@${slug}.example`, { state: 'GU' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().registration).toMatchObject({ state: 'GU', signedInAccount: true });
    const row = await app.db.selectFrom('conf_registrations').select('user_id').where('id', '=', res.json().registration.id).executeTakeFirstOrThrow();
    expect(row.user_id).toBe(user.id);
    // The owner reads it without the key.
    expect((await client.get(`/api/v1/conference/registrations/${res.json().registration.id}`)).json().state).toBe('GU');
    expect((await anonymous.post(`/api/v1/conference/events/${slug}/registrations`, form(`dc@${slug}.example`, { state: 'DC' }))).statusCode).toBe(201);
  });
});
