// Operators run an event: set it up (validation, slug, rooms and ticket types with their rules), find
// registrations (search, filters, pages), export them as CSV, and read the charts' numbers.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { createEvent, eventForm, register } from './fixtures.js';

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

describe('event set-up', () => {
  it('validates events and refuses a taken slug, writing nothing', async () => {
    const count = async () => Number((await app.db.selectFrom('conf_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad: Array<[string, Record<string, unknown>]> = [
      ['slug', { slug: 'Not A Slug' }],
      // The door page and registration pages live at these addresses.
      ['slug', { slug: 'door' }],
      ['slug', { slug: 'registrations' }],
      ['timeZone', { timeZone: 'Mars/Olympus' }],
      ['endsOn', { endsOn: '2027-06-21' }],
      ['startsOn', { startsOn: '2027-13-01' }],
      ['registrationClosesAt', { registrationClosesAt: new Date(Date.now() - 2 * DAY).toISOString() }],
      ['capacity', { capacity: 0 }],
      ['status', { status: 'live' }],
      ['name', { name: '  ' }],
    ];
    for (const [field, change] of bad) {
      const res = await op.post('/api/v1/ops/conference/events', eventForm({ slug: 'valid-slug', ...change }));
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await count()).toBe(before);
    expect((await op.post('/api/v1/ops/conference/events', eventForm({ slug: 'taken' }))).statusCode).toBe(201);
    expect((await op.post('/api/v1/ops/conference/events', eventForm({ slug: 'taken' }))).json().error.code).toBe('slug_taken');
    expect(await count()).toBe(before + 1);
  });

  it('adds, edits and removes rooms and ticket types with their rules', async () => {
    const ev = await createEvent(op, { slug: 'rooms-expo', ticketTypes: [] });
    const withRoom = (await op.post(`/api/v1/ops/conference/events/${ev.id}/rooms`, { name: 'Hall A', hall: 'Hall A', capacity: 3000 })).json();
    const roomId = withRoom.rooms[0].id as string;
    expect((await op.post(`/api/v1/ops/conference/events/${ev.id}/rooms`, { name: 'Hall A', hall: 'B', capacity: 10 })).json().error.code).toBe('room_name_taken');
    expect((await op.request('PATCH', `/api/v1/ops/conference/rooms/${roomId}`, { capacity: 2500 })).json().rooms[0].capacity).toBe(2500);
    expect((await op.request('PATCH', `/api/v1/ops/conference/rooms/${roomId}`, { capacity: 0 })).statusCode).toBe(400);
    expect((await op.request('DELETE', `/api/v1/ops/conference/rooms/${roomId}`)).json().rooms).toEqual([]);

    const withType = (await op.post(`/api/v1/ops/conference/events/${ev.id}/ticket-types`, { code: 'general', name: 'General', description: '', priceCents: 0, quota: 1, includesWorkshops: false })).json();
    const typeId = withType.ticketTypes[0].id as string;
    expect((await op.post(`/api/v1/ops/conference/events/${ev.id}/ticket-types`, { code: 'general', name: 'Again', description: '', priceCents: 0, quota: 1, includesWorkshops: false })).json().error.code).toBe('ticket_type_code_taken');
    expect((await op.post(`/api/v1/ops/conference/events/${ev.id}/ticket-types`, { code: 'paid', name: 'Paid', description: '', priceCents: -1, quota: 1, includesWorkshops: false })).statusCode).toBe(400);
    expect((await register(anonymous, 'rooms-expo', 'one@rooms.example')).status).toBe('confirmed');
    expect((await op.request('PATCH', `/api/v1/ops/conference/ticket-types/${typeId}`, { quota: 0 })).json().error.code).toBe('quota_below_held');
    expect((await op.request('DELETE', `/api/v1/ops/conference/ticket-types/${typeId}`)).json().error.code).toBe('ticket_type_in_use');
    const actions = (await app.db.selectFrom('audit_log').select('action').where('action', 'like', 'conference.%').execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['conference.room_added', 'conference.room_edited', 'conference.room_removed', 'conference.ticket_type_added']));
  });
});

describe('registrations for operators', () => {
  let eventId: string;
  const people = [
    { email: 'maria@cherry.example', firstName: 'Maria', lastName: 'Garcia', company: 'Cherry Hill Farms', state: 'MI', ticketType: 'general' },
    { email: 'james@maple.example', firstName: 'James', lastName: 'Novak', company: 'Maple & Co', state: 'WI', ticketType: 'workshop' },
    { email: 'li@skin.example', firstName: 'Li', lastName: 'Chen', company: '=HYPERLINK("http://evil")', state: 'MI', ticketType: 'general' },
    { email: 'ken@socks.example', firstName: 'Ken', lastName: 'Okafor', company: 'Wool Socks', state: 'OH', ticketType: 'general' },
  ];

  beforeAll(async () => {
    const ticketTypes = [{ code: 'general', name: 'General', quota: 3 }, { code: 'workshop', name: 'Workshop', priceCents: 14_900, quota: 1, includesWorkshops: true }];
    eventId = (await createEvent(op, { slug: 'ops-list', capacity: 3, ticketTypes })).id;
    for (const p of people) await register(anonymous, 'ops-list', p.email, { ...p, interests: ['beauty'], consentContact: true });
  });

  const list = async (query: string) => (await op.get(`/api/v1/ops/conference/events/${eventId}/registrations?${query}`)).json();

  it('searches by name, company or e-mail, filters by status, ticket type and state, and pages by cursor', async () => {
    expect((await list('q=garc')).items.map((r: { email: string }) => r.email)).toEqual(['maria@cherry.example']);
    expect((await list('q=maria%20garcia')).items).toHaveLength(1);
    expect((await list('q=MAPLE')).items.map((r: { email: string }) => r.email)).toEqual(['james@maple.example']);
    expect((await list('q=socks.example')).items).toHaveLength(1);
    expect((await list('q=%25')).items).toHaveLength(4);
    expect((await list('status=waitlisted')).items.map((r: { email: string }) => r.email)).toEqual(['ken@socks.example']);
    expect((await list('ticketType=workshop')).items.map((r: { email: string }) => r.email)).toEqual(['james@maple.example']);
    expect((await list('state=MI')).items).toHaveLength(2);
    expect((await op.get(`/api/v1/ops/conference/events/${eventId}/registrations?ticketType=nope`)).json().error.details.fields[0].field).toBe('ticketType');
    expect((await op.get(`/api/v1/ops/conference/events/${eventId}/registrations?state=XX`)).statusCode).toBe(400);
    const first = await list('limit=3');
    expect(first.items).toHaveLength(3);
    const second = await list(`limit=3&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ nextCursor: null });
    expect([...first.items, ...second.items].map((r: { email: string }) => r.email)).toEqual([...people].reverse().map((p) => p.email));
  });

  it('exports the matching registrations as CSV, defusing formulas', async () => {
    const res = await op.get(`/api/v1/ops/conference/events/${eventId}/registrations.csv?state=MI`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('ops-list-registrations.csv');
    const rows = parse(res.body.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r['email'])).toEqual(['maria@cherry.example', 'li@skin.example']);
    expect(rows[0]).toMatchObject({ status: 'confirmed', ticket_type: 'general', state: 'MI', interests: 'beauty', consent_contact: 'yes', first_name: 'Maria' });
    expect(rows[1]!['company']).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('gives the numbers for the charts and cancels for operators (audited, the seat goes on)', async () => {
    const stats = (await op.get(`/api/v1/ops/conference/events/${eventId}/stats`)).json();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Detroit', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    expect(stats).toMatchObject({
      timeZone: 'America/Detroit', total: 4, byDay: [{ day: today, registrations: 4, cancelled: 0, cumulative: 4 }],
      // James's paid workshop seat is held (offered) until he pays.
      byStatus: { confirmed: 2, offered: 1, waitlisted: 1, cancelled: 0 }, capacity: { total: 3, held: 3 }, sellers: { started: 0, approved: 0 },
    });
    expect(stats.byState).toEqual([{ state: 'MI', name: 'Michigan', count: 2 }, { state: 'OH', name: 'Ohio', count: 1 }, { state: 'WI', name: 'Wisconsin', count: 1 }]);
    expect(stats.byTicketType).toEqual([{ code: 'general', name: 'General', registrations: 3, held: 2, quota: 3 }, { code: 'workshop', name: 'Workshop', registrations: 1, held: 1, quota: 1 }]);

    const maria = (await list('q=maria')).items[0];
    const cancelled = await op.post(`/api/v1/ops/conference/registrations/${maria.id}/cancel`, { reason: 'asked by phone' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await list('q=ken')).items[0].status).toBe('offered');
    const after = (await op.get(`/api/v1/ops/conference/events/${eventId}/stats`)).json();
    expect(after.byStatus).toEqual({ confirmed: 1, offered: 2, waitlisted: 0, cancelled: 1 });
    expect(after.byState.find((s: { state: string }) => s.state === 'MI').count).toBe(1);
    const [entry] = await app.db.selectFrom('audit_log').selectAll().where('subject_id', '=', maria.id).execute();
    expect(entry).toMatchObject({ action: 'conference.registration_cancelled', actor_role: 'operator' });
    expect(JSON.parse(entry!.data!)).toEqual({ from: 'confirmed', reason: 'asked by phone' });
  });
});
