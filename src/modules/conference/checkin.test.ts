// Tickets and check-in through the real routes: who may fetch a ticket, what a scan answers (checked in,
// duplicate, replayed, invalid, not confirmed, wrong event), check-in by search, and arrival figures.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadOrCreateSecret } from '../../platform/secrets.js';
import { insertFixtureEvent, insertFixtureExpert, insertFixtureRegistrations, insertFixtureSession, insertFixtureSignup, type FixtureEvent, type FixtureRegistration } from './fixtures.js';
import { arrivalTime } from './checkin.js';
import { signTicket } from './ticket-token.js';

let app: TestApp;
let ops: TestClient;
let key: string;
let event: FixtureEvent;
let other: FixtureEvent;
beforeAll(async () => {
  app = await makeTestApp();
  ops = (await signedInAs(app, 'operator')).client;
  key = loadOrCreateSecret(app.config.secretsDir, 'conference-ticket-key');
  event = await insertFixtureEvent(app.db);
  other = await insertFixtureEvent(app.db);
});
afterAll(async () => app.cleanup());

const base = (id: string) => `/api/v1/conference/registrations/${id}`;
const opsBase = () => `/api/v1/ops/conference/events/${event.id}/checkins`;
const scan = (token: string, deviceId = 'door-1', scannedAt = new Date(Date.now() - 60_000).toISOString()) => ({ scanId: randomUUID(), token, scannedAt, deviceId });
type Result = { scanId: string; result: string; stored?: string; reason?: string; registrationId?: string; firstCheckIn?: { at: string; deviceId: string | null }; attendee?: { name: string; company: string; ticketType: string; attendeeType: string; sessions: Array<{ title: string }>; meetings: Array<{ expert: string }> } };

async function send(scans: unknown[], eventId = event.id): Promise<Result[]> {
  const res = await ops.post(`/api/v1/ops/conference/events/${eventId}/checkins`, { scans });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { results: Result[] }).results;
}

async function ticketOf(reg: FixtureRegistration): Promise<string> {
  const res = await app.inject({ method: 'GET', url: `${base(reg.id)}/ticket`, headers: { 'x-registration-key': reg.manageKey } });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { token: string }).token;
}

describe('tickets for attendees', () => {
  it('gives the holder of the manage key (or the signed-in owner) the token and QR code; nobody else', async () => {
    const { user, client } = await signedInAs(app, 'shopper');
    const [mine, theirs] = [...(await insertFixtureRegistrations(app.db, event, 1, { userId: user.id })), ...(await insertFixtureRegistrations(app.db, event, 1))];
    const res = await app.inject({ method: 'GET', url: `${base(mine!.id)}/ticket`, headers: { 'x-registration-key': mine!.manageKey } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { token: string; qrSvg: string; registrationId: string };
    expect(body.registrationId).toBe(mine!.id);
    expect(body.token.startsWith(`GW1.${mine!.id}.`)).toBe(true);
    expect(body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    // The signed-in owner without the key; the same token.
    const owner = await client.get(`${base(mine!.id)}/ticket`);
    expect((owner.json() as { token: string }).token).toBe(body.token);
    const svg = await client.get(`${base(mine!.id)}/ticket.svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    // No key, a wrong key, another registration's key, another signed-in user: not found.
    for (const headers of [{}, { 'x-registration-key': 'wrong' }, { 'x-registration-key': theirs!.manageKey }]) {
      const denied = await app.inject({ method: 'GET', url: `${base(mine!.id)}/ticket`, headers });
      expect(denied.statusCode).toBe(404);
    }
    expect((await client.get(`${base(theirs!.id)}/ticket`)).statusCode).toBe(404);
  });

  it('has no ticket for a registration that is not confirmed', async () => {
    const [waiting] = await insertFixtureRegistrations(app.db, event, 1, { status: 'waitlisted' });
    const res = await app.inject({ method: 'GET', url: `${base(waiting!.id)}/ticket`, headers: { 'x-registration-key': waiting!.manageKey } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('not_confirmed');
  });
});

describe('check-in by scan', () => {
  it('checks a ticket in once, flags the second scan with the first device, and answers a replay from what was stored', async () => {
    const [reg] = await insertFixtureRegistrations(app.db, event, 1, { ticketTypeId: event.ticketTypes.workshop, company: 'Traverse Bay Cherry Co' });
    const session = await insertFixtureSession(app.db, event, { title: 'Selling cherries on Tmall', kind: 'workshop', startsAt: '2027-06-22T15:00:00.000Z', minutes: 60, roomId: event.rooms.small });
    await insertFixtureSignup(app.db, session, reg!.id);
    await insertFixtureExpert(app.db, event, ['2027-06-22T18:00:00.000Z'], { name: 'Wei Zhang', bookedBy: reg!.id });
    const token = await ticketOf(reg!);

    const first = scan(token, 'door-1');
    const [a] = await send([first]);
    expect(a).toMatchObject({ scanId: first.scanId, result: 'checked_in', registrationId: reg!.id });
    expect(a!.attendee).toMatchObject({ name: `${reg!.firstName} ${reg!.lastName}`, company: 'Traverse Bay Cherry Co', ticketType: 'Hands-on workshop pass', attendeeType: 'business' });
    expect(a!.attendee!.sessions.map((s) => s.title)).toEqual(['Selling cherries on Tmall']);
    expect(a!.attendee!.meetings.map((m) => m.expert)).toEqual(['Wei Zhang']);

    const [b] = await send([scan(token, 'door-7')]);
    expect(b).toMatchObject({ result: 'duplicate', registrationId: reg!.id, firstCheckIn: { deviceId: 'door-1', at: first.scannedAt } });

    const [c] = await send([first]);
    expect(c).toMatchObject({ scanId: first.scanId, result: 'replayed', stored: 'checked_in' });

    const row = await app.db.selectFrom('conf_registrations').select(['checked_in_at']).where('id', '=', reg!.id).executeTakeFirstOrThrow();
    expect(row.checked_in_at).toBe(first.scannedAt);
    const stored = await app.db.selectFrom('conf_checkins').select(['result', 'device_id']).where('registration_id', '=', reg!.id).orderBy('received_at').orderBy('id').execute();
    expect(stored).toEqual([{ result: 'checked_in', device_id: 'door-1' }, { result: 'duplicate', device_id: 'door-7' }]);
  });

  it('counts a ticket scanned twice in one batch once: the earlier scan wins', async () => {
    const [reg] = await insertFixtureRegistrations(app.db, event, 1);
    const token = await ticketOf(reg!);
    const late = scan(token, 'door-2', new Date(Date.now() - 10_000).toISOString());
    const early = scan(token, 'door-3', new Date(Date.now() - 20_000).toISOString());
    const results = await send([late, early, late]);
    expect(results.map((r) => r.result)).toEqual(['duplicate', 'checked_in', 'replayed']);
    expect(results[0]!.firstCheckIn).toMatchObject({ deviceId: 'door-3' });
    expect(results[2]).toMatchObject({ scanId: late.scanId, stored: 'duplicate' });
  });

  it('refuses forged, altered and superseded tokens, and tells tickets not confirmed or for another event', async () => {
    const [good, cancelled, elsewhere, reissued] = [
      ...(await insertFixtureRegistrations(app.db, event, 1)),
      ...(await insertFixtureRegistrations(app.db, event, 1, { status: 'cancelled' })),
      ...(await insertFixtureRegistrations(app.db, other, 1)),
      ...(await insertFixtureRegistrations(app.db, event, 1)),
    ];
    const token = await ticketOf(good!);
    const nonceOf = async (id: string) => (await app.db.selectFrom('conf_registrations').select('ticket_nonce').where('id', '=', id).executeTakeFirstOrThrow()).ticket_nonce;
    const oldToken = await ticketOf(reissued!);
    await app.db.updateTable('conf_registrations').set({ ticket_nonce: 'a-new-nonce-after-reissue' }).where('id', '=', reissued!.id).execute();
    const flip = (t: string, i: number) => t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
    const scans = [
      scan(flip(token, token.length - 5)),
      scan(token.slice(0, 60)),
      scan(signTicket('another-key-another-key-another-key', good!.id, await nonceOf(good!.id))),
      scan(signTicket(key, good!.id, await nonceOf(cancelled!.id))),
      scan(oldToken),
      scan('https://example.com/not-a-ticket'),
      scan(signTicket(key, 'crg_00000000000000000000000000', 'x')),
      scan(signTicket(key, cancelled!.id, await nonceOf(cancelled!.id))),
      scan(signTicket(key, elsewhere!.id, await nonceOf(elsewhere!.id))),
    ];
    const results = await send(scans);
    expect(results.map((r) => [r.result, r.reason ?? null])).toEqual([
      ['invalid', 'bad_signature'],
      ['invalid', 'malformed'],
      ['invalid', 'bad_signature'],
      ['invalid', 'superseded'],
      ['invalid', 'superseded'],
      ['invalid', 'malformed'],
      ['invalid', 'unknown_ticket'],
      ['not_confirmed', null],
      ['wrong_event', null],
    ]);
    expect(results[7]!.attendee).toMatchObject({ status: 'cancelled' });
    const checkedIn = await app.db.selectFrom('conf_registrations').select('id').where('id', 'in', [good!.id, cancelled!.id, elsewhere!.id, reissued!.id]).where('checked_in_at', 'is not', null).execute();
    expect(checkedIn).toEqual([]);
    expect(await app.db.selectFrom('conf_checkins').select('id').where('registration_id', 'in', [good!.id, cancelled!.id, elsewhere!.id, reissued!.id]).execute()).toEqual([]);
    // The re-issued ticket's new token works.
    expect((await send([scan(await ticketOf(reissued!))]))[0]!.result).toBe('checked_in');
  });

  it('validates the batch and keeps it from other roles', async () => {
    const bad = async (body: unknown) => (await ops.post(`${opsBase()}`, body)).statusCode;
    expect(await bad({ scans: [] })).toBe(400);
    expect(await bad({ scans: Array.from({ length: 501 }, () => scan('x')) })).toBe(400);
    expect(await bad({ scans: [{ ...scan('x'), scanId: 'not-a-uuid' }] })).toBe(400);
    expect(await bad({ scans: [{ ...scan('x'), scannedAt: 'yesterday' }] })).toBe(400);
    expect(await bad({ scans: [{ ...scan('x'), extra: 1 }] })).toBe(400);
    expect((await ops.post('/api/v1/ops/conference/events/cev_00000000000000000000000000/checkins', { scans: [scan('x')] })).statusCode).toBe(404);
    const { client: shopper } = await signedInAs(app, 'shopper');
    expect((await shopper.post(opsBase(), { scans: [scan('x')] })).statusCode).toBe(403);
  });
});

describe('arrival time', () => {
  it('takes the device’s scan time unless its clock is clearly off (in the future, or more than a day back)', () => {
    const now = new Date('2027-06-22T14:00:00.000Z');
    expect(arrivalTime('2027-06-22T13:20:00.000Z', now)).toBe('2027-06-22T13:20:00.000Z');
    expect(arrivalTime('2027-06-22T09:20:00-04:00', now)).toBe('2027-06-22T13:20:00.000Z');
    expect(arrivalTime('2027-06-22T14:05:00.000Z', now)).toBe(now.toISOString());
    expect(arrivalTime('2027-06-21T13:59:00.000Z', now)).toBe(now.toISOString());
    expect(arrivalTime('1970-01-01T00:00:00.000Z', now)).toBe(now.toISOString());
  });
});

describe('check-in by search, and arrivals', () => {
  it('finds people by part of their name, company or e-mail, and checks them in by registration id (audited)', async () => {
    const [reg] = await insertFixtureRegistrations(app.db, event, 1, { company: 'Up North Maple Syrup 100% Pure', firstName: 'Dana', lastName: 'Okafor' });
    for (const q of ['okafor', 'DANA OK', 'maple syrup', '100%', reg!.email.toUpperCase().slice(0, 20)]) {
      const res = await ops.get(`${opsBase()}/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect((res.json() as { items: Array<{ registrationId: string }> }).items.map((i) => i.registrationId), q).toContain(reg!.id);
    }
    expect(((await ops.get(`${opsBase()}/search?q=${encodeURIComponent('_%')}`)).json() as { items: unknown[] }).items).toEqual([]);
    const manual = { registrationId: reg!.id, scanId: randomUUID(), deviceId: 'desk-1', scannedAt: new Date().toISOString() };
    const res = await ops.post(`${opsBase()}/manual`, manual);
    expect(res.json()).toMatchObject({ result: 'checked_in', attendee: { name: 'Dana Okafor' } });
    expect((await ops.post(`${opsBase()}/manual`, manual)).json()).toMatchObject({ result: 'replayed', stored: 'checked_in' });
    expect((await ops.post(`${opsBase()}/manual`, { ...manual, scanId: randomUUID() })).json()).toMatchObject({ result: 'duplicate', firstCheckIn: { deviceId: 'desk-1' } });
    const audit = await app.db.selectFrom('audit_log').select(['action']).where('subject_id', '=', reg!.id).execute();
    expect(audit).toEqual([{ action: 'conference.checked_in_by_search' }]);
    expect((await ops.post(`${opsBase()}/manual`, { ...manual, scanId: randomUUID(), registrationId: 'crg_00000000000000000000000000' })).statusCode).toBe(404);
  });

  it('counts arrivals per local hour of the event and lists the latest', async () => {
    const fresh = await insertFixtureEvent(app.db);
    const regs = await insertFixtureRegistrations(app.db, fresh, 4);
    const times = [3, 2.5, 1].map((h) => new Date(Date.now() - h * 3600_000).toISOString());
    const scans = regs.slice(0, 3).map((r, i) => ({ registrationId: r.id, scanId: randomUUID(), deviceId: `door-${i}`, scannedAt: times[i]! }));
    for (const s of scans) expect((await ops.post(`/api/v1/ops/conference/events/${fresh.id}/checkins/manual`, s)).statusCode).toBe(200);
    const res = await ops.get(`/api/v1/ops/conference/events/${fresh.id}/checkins/stats`);
    const stats = res.json() as { confirmed: number; arrived: number; scans: number; byHour: Array<{ hour: string; arrivals: number }>; last: Array<{ registrationId: string }> };
    expect(stats).toMatchObject({ confirmed: 4, arrived: 3, scans: 3, timeZone: 'America/Detroit' });
    const localHour = (iso: string) => `${new Date(iso).toLocaleString('sv-SE', { timeZone: 'America/Detroit' }).slice(0, 13).replace(' ', 'T')}:00`;
    const expected = new Map<string, number>();
    for (const t of times) expected.set(localHour(t), (expected.get(localHour(t)) ?? 0) + 1);
    expect(stats.byHour).toEqual([...expected].sort().map(([hour, arrivals]) => ({ hour, arrivals })));
    expect(stats.last.map((l) => l.registrationId)).toEqual([regs[2]!.id, regs[1]!.id, regs[0]!.id]);
  });
});
