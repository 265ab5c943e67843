// Check-in devices through the real routes: an operator creates one (its key shown once), the key opens
// the door's check-in routes of its own event and nothing else, a revoked, unknown or missing key is
// refused with 401 and writes nothing, and a device's check-ins count in the arrivals and are audited
// under its id; a replayed offline batch is answered from what was stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadOrCreateSecret } from '../../platform/secrets.js';
import { insertFixtureEvent, insertFixtureRegistrations, type FixtureEvent, type FixtureRegistration } from './fixtures.js';
import { signTicket } from './ticket-token.js';

let app: TestApp;
let ops: TestClient;
let ticketKey: string;
let eventA: FixtureEvent;
let eventB: FixtureEvent;
beforeAll(async () => {
  app = await makeTestApp();
  ops = (await signedInAs(app, 'operator')).client;
  ticketKey = loadOrCreateSecret(app.config.secretsDir, 'conference-ticket-key');
  eventA = await insertFixtureEvent(app.db);
  eventB = await insertFixtureEvent(app.db);
});
afterAll(async () => app.cleanup());

type Created = { device: { id: string; eventId: string; name: string; revokedAt: string | null }; key: string; doorPath: string; doorUrl: string };
type Result = { scanId: string; result: string; stored?: string; registrationId?: string; attendee?: { name: string }; firstCheckIn?: { deviceId: string | null } };

async function createDevice(event: FixtureEvent, name = 'North door phone 1'): Promise<Created> {
  const res = await ops.post(`/api/v1/ops/conference/events/${event.id}/checkin-devices`, { name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Created;
}

const door = (eventId: string) => `/api/v1/conference/door/events/${eventId}/checkins`;
const headers = (key: string | undefined): Record<string, string> => (key === undefined ? {} : { 'x-checkin-key': key });
/** A device's browser: no session cookie, no CSRF token, only its key. */
function call(method: 'GET' | 'POST', url: string, key: string | undefined, payload?: unknown) {
  return app.inject({ method, url, headers: headers(key), ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function tokenOf(reg: FixtureRegistration): Promise<string> {
  const row = await app.db.selectFrom('conf_registrations').select('ticket_nonce').where('id', '=', reg.id).executeTakeFirstOrThrow();
  return signTicket(ticketKey, reg.id, row.ticket_nonce);
}
const scan = (token: string, scanId = randomUUID()) => ({ scanId, token, scannedAt: new Date(Date.now() - 30_000).toISOString(), deviceId: 'web-abc' });
const checkinRows = (registrationId: string) => app.db.selectFrom('conf_checkins').select(['device_id', 'staff_user_id', 'result']).where('registration_id', '=', registrationId).execute();

describe('check-in devices', () => {
  it('creates a device whose key (shown once, in the link’s fragment) opens its event’s door; the list never shows keys', async () => {
    const made = await createDevice(eventA);
    expect(made.device).toMatchObject({ eventId: eventA.id, name: 'North door phone 1', revokedAt: null });
    expect(made.device.id).toMatch(/^ccd_[0-9a-z]{26}$/);
    expect(made.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(made.doorPath).toBe(`/conference/door#key=${made.key}`);
    expect(made.doorUrl.endsWith(made.doorPath)).toBe(true);

    const summary = await call('GET', '/api/v1/conference/door', made.key);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json()).toMatchObject({ device: { id: made.device.id, name: 'North door phone 1' }, event: { id: eventA.id, timeZone: eventA.timeZone, days: [eventA.day1, eventA.day2] } });

    const list = await ops.get(`/api/v1/ops/conference/events/${eventA.id}/checkin-devices`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(made.key);
    const item = (list.json() as { items: Array<Record<string, unknown>> }).items.find((d) => d['id'] === made.device.id)!;
    expect(Object.keys(item).sort()).toEqual(['createdAt', 'createdBy', 'eventId', 'id', 'lastSeenAt', 'name', 'revokedAt']);
    expect(item['lastSeenAt']).toEqual(expect.any(String));
    const stored = await app.db.selectFrom('conf_checkin_devices').select(['key_hash']).where('id', '=', made.device.id).executeTakeFirstOrThrow();
    expect(stored.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.key_hash).not.toContain(made.key);
    const audit = await app.db.selectFrom('audit_log').select(['action', 'actor_role']).where('subject_id', '=', made.device.id).execute();
    expect(audit).toEqual([{ action: 'conference.checkin_device_created', actor_role: 'operator' }]);
  });

  it('checks in by scan and by search as the device: counted in the arrivals, audited with the device id, flagged on a second scan', async () => {
    const { device, key } = await createDevice(eventA, 'South door laptop');
    const [byScan, bySearch] = await insertFixtureRegistrations(app.db, eventA, 2, { company: 'Door Test Farms' });
    const before = (await call('GET', `${door(eventA.id)}/stats`, key)).json() as { arrived: number };

    const first = scan(await tokenOf(byScan!));
    const res = await call('POST', door(eventA.id), key, { scans: [first] });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { results: Result[] }).results[0]).toMatchObject({ result: 'checked_in', registrationId: byScan!.id, attendee: { name: `${byScan!.firstName} ${byScan!.lastName}` } });
    const again = (await call('POST', door(eventA.id), key, { scans: [scan(await tokenOf(byScan!))] })).json() as { results: Result[] };
    expect(again.results[0]).toMatchObject({ result: 'duplicate', firstCheckIn: { deviceId: device.id, deviceName: 'South door laptop' } });

    const hits = await call('GET', `${door(eventA.id)}/search?q=${encodeURIComponent(bySearch!.lastName)}`, key);
    expect(hits.statusCode).toBe(200);
    expect((hits.json() as { items: Array<{ registrationId: string }> }).items.map((h) => h.registrationId)).toContain(bySearch!.id);
    const manual = await call('POST', `${door(eventA.id)}/manual`, key, { registrationId: bySearch!.id, scanId: randomUUID(), scannedAt: new Date().toISOString(), deviceId: 'web-abc' });
    expect(manual.statusCode, manual.body).toBe(200);
    expect(manual.json()).toMatchObject({ result: 'checked_in', registrationId: bySearch!.id });

    const stats = (await call('GET', `${door(eventA.id)}/stats`, key)).json() as { arrived: number; last: Array<{ registrationId: string; deviceId: string; deviceName?: string }> };
    expect(stats.arrived).toBe(before.arrived + 2);
    const mine = stats.last.filter((l) => [byScan!.id, bySearch!.id].includes(l.registrationId));
    expect(mine.map((l) => [l.deviceId, l.deviceName])).toEqual([[device.id, 'South door laptop'], [device.id, 'South door laptop']]);
    // Operators see the same arrivals, with the device named.
    const opsStats = (await ops.get(`/api/v1/ops/conference/events/${eventA.id}/checkins/stats`)).json() as typeof stats;
    expect(opsStats.last.find((l) => l.registrationId === byScan!.id)).toMatchObject({ deviceId: device.id, deviceName: 'South door laptop' });
    // The device's id is recorded, not the id its page sent; nobody signed in did it.
    expect(await checkinRows(byScan!.id)).toEqual([
      { device_id: device.id, staff_user_id: 'system', result: 'checked_in' },
      { device_id: device.id, staff_user_id: 'system', result: 'duplicate' },
    ]);
    const audit = await app.db.selectFrom('audit_log').select(['action', 'actor_id', 'subject_id', 'data']).where('subject_id', 'in', [byScan!.id, bySearch!.id]).orderBy('action').execute();
    expect(audit.map((a) => [a.action, a.actor_id, a.subject_id])).toEqual([
      ['conference.checked_in_by_device', null, byScan!.id],
      ['conference.checked_in_by_search', null, bySearch!.id],
    ]);
    for (const a of audit) expect(JSON.parse(a.data!)).toMatchObject({ eventId: eventA.id, deviceId: device.id });
  });

  it('keeps a device to its own event: no check-in, search or stats of another, and no name for another event’s ticket', async () => {
    const { key } = await createDevice(eventA);
    const [theirs] = await insertFixtureRegistrations(app.db, eventB, 1, { company: 'Other Event Orchards' });
    for (const [method, url, body] of [
      ['POST', door(eventB.id), { scans: [scan(await tokenOf(theirs!))] }],
      ['POST', `${door(eventB.id)}/manual`, { registrationId: theirs!.id, scanId: randomUUID(), scannedAt: new Date().toISOString(), deviceId: 'web-abc' }],
      ['GET', `${door(eventB.id)}/search?q=Other+Event`, undefined],
      ['GET', `${door(eventB.id)}/stats`, undefined],
    ] as const) {
      const res = await call(method, url, key, body);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('checkin_key_other_event');
    }
    // Event B's ticket shown at event A's door: wrong event, without whose it is; by id: not found.
    const wrong = (await call('POST', door(eventA.id), key, { scans: [scan(await tokenOf(theirs!))] })).json() as { results: Result[] };
    expect(wrong.results[0]!.result).toBe('wrong_event');
    expect(wrong.results[0]!.attendee).toBeUndefined();
    expect(wrong.results[0]!.registrationId).toBeUndefined();
    const byId = await call('POST', `${door(eventA.id)}/manual`, key, { registrationId: theirs!.id, scanId: randomUUID(), scannedAt: new Date().toISOString(), deviceId: 'web-abc' });
    expect(byId.statusCode).toBe(404);
    const search = (await call('GET', `${door(eventA.id)}/search?q=Other+Event`, key)).json() as { items: unknown[] };
    expect(search.items).toEqual([]);
    expect(await checkinRows(theirs!.id)).toEqual([]);
    const row = await app.db.selectFrom('conf_registrations').select('checked_in_at').where('id', '=', theirs!.id).executeTakeFirstOrThrow();
    expect(row.checked_in_at).toBeNull();
  });

  it('refuses a revoked, unknown or missing key with 401 and writes nothing; a device cannot reach operator routes', async () => {
    const { device, key } = await createDevice(eventA, 'Lost phone');
    const [reg] = await insertFixtureRegistrations(app.db, eventA, 1);
    const revoked = await ops.post(`/api/v1/ops/conference/checkin-devices/${device.id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ id: device.id, revokedAt: expect.any(String) });
    expect((await ops.post(`/api/v1/ops/conference/checkin-devices/${device.id}/revoke`)).json()).toMatchObject({ revokedAt: revoked.json().revokedAt });
    const actions = await app.db.selectFrom('audit_log').select('action').where('subject_id', '=', device.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['conference.checkin_device_created', 'conference.checkin_device_revoked']);

    const token = await tokenOf(reg!);
    for (const [given, code] of [[key, 'checkin_key_revoked'], ['x'.repeat(43), 'checkin_key_invalid'], ['short', 'checkin_key_invalid'], [undefined, 'checkin_key_missing']] as const) {
      for (const [method, url, body] of [
        ['GET', '/api/v1/conference/door', undefined],
        ['POST', door(eventA.id), { scans: [scan(token)] }],
        ['POST', `${door(eventA.id)}/manual`, { registrationId: reg!.id, scanId: randomUUID(), scannedAt: new Date().toISOString(), deviceId: 'web-abc' }],
        ['GET', `${door(eventA.id)}/search?q=${encodeURIComponent(reg!.lastName)}`, undefined],
        ['GET', `${door(eventA.id)}/stats`, undefined],
      ] as const) {
        const res = await call(method, url, given, body);
        expect(res.statusCode, `${method} ${url} with ${String(given)}`).toBe(401);
        expect(res.json().error.code).toBe(code);
      }
    }
    expect(await checkinRows(reg!.id)).toEqual([]);
    expect((await app.db.selectFrom('conf_registrations').select('checked_in_at').where('id', '=', reg!.id).executeTakeFirstOrThrow()).checked_in_at).toBeNull();

    // A live key opens no operator route: those want a signed-in operator.
    const { key: live } = await createDevice(eventA);
    for (const url of [`/api/v1/ops/conference/events/${eventA.id}/checkins/stats`, `/api/v1/ops/conference/events/${eventA.id}/checkin-devices`, `/api/v1/ops/conference/events/${eventA.id}`]) {
      expect((await call('GET', url, live)).statusCode).toBe(401);
    }
    const opsScan = await new TestClient(app).post(`/api/v1/ops/conference/events/${eventA.id}/checkins`, { scans: [scan(token)] }, { headers: headers(live) });
    expect(opsScan.statusCode).toBe(401);
    expect(await checkinRows(reg!.id)).toEqual([]);
  });

  it('answers a replayed offline batch from what was stored: nothing counted twice', async () => {
    const { key } = await createDevice(eventA, 'Offline tablet');
    const regs = await insertFixtureRegistrations(app.db, eventA, 3);
    const batch = await Promise.all(regs.map(async (r) => scan(await tokenOf(r))));
    const first = (await call('POST', door(eventA.id), key, { scans: batch })).json() as { results: Result[] };
    expect(first.results.map((r) => r.result)).toEqual(['checked_in', 'checked_in', 'checked_in']);
    const arrived = ((await call('GET', `${door(eventA.id)}/stats`, key)).json() as { arrived: number; scans: number });
    const replay = (await call('POST', door(eventA.id), key, { scans: batch })).json() as { results: Result[] };
    expect(replay.results.map((r) => [r.result, r.stored])).toEqual([['replayed', 'checked_in'], ['replayed', 'checked_in'], ['replayed', 'checked_in']]);
    expect((await call('GET', `${door(eventA.id)}/stats`, key)).json()).toMatchObject({ arrived: arrived.arrived, scans: arrived.scans });
    const audits = await app.db.selectFrom('audit_log').select('subject_id').where('action', '=', 'conference.checked_in_by_device').where('subject_id', 'in', regs.map((r) => r.id)).execute();
    expect(audits).toHaveLength(3);
  });

  it('notes when a device was last seen at most once a minute', async () => {
    const { device, key } = await createDevice(eventA, 'Clock test');
    const seen = async () => (await app.db.selectFrom('conf_checkin_devices').select('last_seen_at').where('id', '=', device.id).executeTakeFirstOrThrow()).last_seen_at;
    expect(await seen()).toBeNull();
    await call('GET', `${door(eventA.id)}/stats`, key);
    const once = await seen();
    expect(once).not.toBeNull();
    await call('GET', `${door(eventA.id)}/stats`, key);
    expect(await seen()).toBe(once);
    const earlier = new Date(Date.now() - 120_000).toISOString();
    await app.db.updateTable('conf_checkin_devices').set({ last_seen_at: earlier }).where('id', '=', device.id).execute();
    await call('GET', `${door(eventA.id)}/stats`, key);
    expect(Date.parse((await seen())!)).toBeGreaterThan(Date.parse(earlier));
  });
});
