// Check-in at the door: batches of QR scans from phones and laptops (live, or a queue replayed after the
// Wi-Fi came back), search by name, company or e-mail with a check-in by registration id, and the
// arrival figures for the dashboard. The same four routes twice: for operators (session) under
// /api/v1/ops/conference/events/:eventId/checkins, and for a check-in device (its key in the
// x-checkin-key header, checkin-devices.ts) under /api/v1/conference/door/events/:eventId/checkins.
// A device's scans are recorded and audited under its own id, whatever device id its page sends.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { contextOf, type Ctx } from '../../platform/context.js';
import { errorResponses, type Access, type App } from '../../platform/http.js';
import { AttendeeCardSchema, loadCards } from './checkin-cards.js';
import { searchRegistrationIds } from './checkin-repo.js';
import { findDeviceNames } from './checkin-device-repo.js';
import { registerCheckinDeviceRoutes } from './checkin-device-routes.js';
import { CHECKIN_KEY_HEADER, deviceContext, deviceOfRequest } from './checkin-devices.js';
import { arrivalStats, recordScans, type ScanResult } from './checkin.js';
import type { ConferenceDeps } from './deps.js';
import { findEventById, type EventRow } from './event-repo.js';

const tags = ['conference'];
export const MAX_SCANS_PER_BATCH = 500;
const EventParams = Type.Object({ eventId: Type.String({ pattern: '^cev_[0-9a-z]{26}$' }) });
const ScanId = Type.String({ format: 'uuid', description: 'Made on the device for this scan; a replayed scan is answered from what was stored' });
const DeviceId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._:-]+$', description: 'The scanning device’s name; on the door routes the check-in device’s id is recorded instead' });
const ScannedAt = Type.String({ format: 'date-time', description: 'When the device scanned (its own clock)' });

const ScanResultSchema = Type.Object({
  scanId: Type.String(),
  result: Type.Union(['checked_in', 'duplicate', 'replayed', 'invalid', 'not_confirmed', 'wrong_event'].map((r) => Type.Literal(r))),
  stored: Type.Optional(Type.Union([Type.Literal('checked_in'), Type.Literal('duplicate')], { description: 'replayed: the answer the scan got the first time' })),
  reason: Type.Optional(Type.String({ description: 'invalid: malformed | bad_signature | unknown_ticket | superseded (a re-issued ticket)' })),
  registrationId: Type.Optional(Type.String()),
  firstCheckIn: Type.Optional(
    Type.Object({ at: Type.String(), deviceId: Type.Union([Type.String(), Type.Null()]), deviceName: Type.Optional(Type.String({ description: 'A check-in device’s name' })), scanId: Type.Union([Type.String(), Type.Null()]) }),
  ),
  attendee: Type.Optional(AttendeeCardSchema),
});

/** Who checks in: the event the route acts on, the context to act in, and for a check-in device its id. */
type Caller = { event: EventRow; ctx: Ctx & { db: Db }; deviceId: string | null };
type Scope = { prefix: string; config: { access: Access; csrf?: false }; who: string; callerOf(request: FastifyRequest, eventId: string): Promise<Caller> };

export function registerCheckinRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  const eventOf = async (id: string) => {
    const event = await findEventById(db, id);
    if (!event) throw notFound('Event');
    return event;
  };
  registerScope(app, db, deps, {
    prefix: '/api/v1/ops/conference/events/:eventId/checkins',
    config: { access: ['operator'] },
    who: 'operators',
    callerOf: async (request, eventId) => ({ event: await eventOf(eventId), ctx: { ...contextOf(db, request), db }, deviceId: null }),
  });
  registerScope(app, db, deps, {
    prefix: '/api/v1/conference/door/events/:eventId/checkins',
    // The key travels in a header, never in a cookie: no session, and nothing for a forged form to send.
    config: { access: 'public', csrf: false },
    who: `a check-in device of this event (key in the ${CHECKIN_KEY_HEADER} header; 401 checkin_key_* otherwise)`,
    callerOf: async (request, eventId) => {
      const ctx = deviceContext(db, request, new Date());
      const device = await deviceOfRequest(db, request, eventId, ctx.now);
      return { event: await eventOf(device.event_id), ctx, deviceId: device.id };
    },
  });
  registerCheckinDeviceRoutes(app, db, deps);
}

/** A device sees no one of another event: a wrong-event scan says so, without whose ticket it was. */
const scoped = (caller: Caller, r: ScanResult): ScanResult => {
  if (caller.deviceId === null || r.result !== 'wrong_event') return r;
  const { attendee: _attendee, registrationId: _registrationId, ...rest } = r;
  return rest;
};

const isDeviceId = (id: string | null): id is string => id !== null && id.startsWith('ccd_');

/** Names the check-in devices that first checked tickets in ("by North door phone 1", not by its id). */
async function withDeviceNames(db: Db, results: ScanResult[]): Promise<ScanResult[]> {
  const names = await findDeviceNames(db, [...new Set(results.map((r) => r.firstCheckIn?.deviceId ?? null).filter(isDeviceId))]);
  return results.map((r) => {
    const name = r.firstCheckIn?.deviceId ? names.get(r.firstCheckIn.deviceId) : undefined;
    return name ? { ...r, firstCheckIn: { ...r.firstCheckIn!, deviceName: name } } : r;
  });
}

function registerScope(app: App, db: Db, deps: ConferenceDeps, scope: Scope): void {
  const { prefix, config } = scope;
  app.post(
    prefix,
    {
      config,
      schema: {
        tags,
        summary: `Check tickets in, for ${scope.who}: a batch of 1–${MAX_SCANS_PER_BATCH} scans (live or queued offline), one result per scan in the order sent`,
        params: EventParams,
        body: Type.Object(
          {
            scans: Type.Array(
              Type.Object({ scanId: ScanId, token: Type.String({ minLength: 1, maxLength: 512, description: 'The QR code’s text' }), scannedAt: ScannedAt, deviceId: DeviceId }, { additionalProperties: false }),
              { minItems: 1, maxItems: MAX_SCANS_PER_BATCH },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ results: Type.Array(ScanResultSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const caller = await scope.callerOf(request, request.params.eventId);
      const { deviceId } = caller;
      const scans = deviceId ? request.body.scans.map((s) => ({ ...s, deviceId })) : request.body.scans;
      // A scan's row says who scanned; a device is nobody signed in, so its check-ins are audited too.
      const results = await recordScans(caller.ctx, deps.ticketKey, caller.event.id, scans, deviceId ? { audit: 'conference.checked_in_by_device' } : {});
      return { results: (await withDeviceNames(db, results)).map((r) => scoped(caller, r)) };
    },
  );

  app.post(
    `${prefix}/manual`,
    {
      config,
      schema: {
        tags,
        summary: `Check someone in without their QR code (found by search), for ${scope.who}`,
        params: EventParams,
        body: Type.Object({ registrationId: Type.String({ pattern: '^crg_[0-9a-z]{26}$' }), scanId: ScanId, deviceId: DeviceId, scannedAt: ScannedAt }, { additionalProperties: false }),
        response: { 200: ScanResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const caller = await scope.callerOf(request, request.params.eventId);
      const scan = caller.deviceId ? { ...request.body, deviceId: caller.deviceId } : request.body;
      const [result] = await recordScans(caller.ctx, deps.ticketKey, caller.event.id, [scan], { audit: 'conference.checked_in_by_search' });
      if (result!.result === 'invalid' || (caller.deviceId && result!.result === 'wrong_event')) throw notFound('Registration');
      return (await withDeviceNames(db, [result!]))[0]!;
    },
  );

  app.get(
    `${prefix}/search`,
    {
      config,
      schema: {
        tags,
        summary: `Find attendees by name, company or e-mail (part of it, any case) to check them in without a QR code, for ${scope.who}`,
        params: EventParams,
        querystring: Type.Object({ q: Type.String({ minLength: 2, maxLength: 100 }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(AttendeeCardSchema) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { event } = await scope.callerOf(request, request.params.eventId);
      const ids = (await searchRegistrationIds(db, event.id, request.query.q.trim(), request.query.limit ?? 20)).map((r) => r.id);
      const cards = await loadCards(db, ids);
      reply.header('cache-control', 'private, no-store');
      return { items: ids.flatMap((id) => cards.get(id) ?? []) };
    },
  );

  app.get(
    `${prefix}/stats`,
    {
      config,
      schema: {
        tags,
        summary: `Arrivals: total, per hour in the event’s time zone, and the last 20, for ${scope.who}`,
        params: EventParams,
        response: {
          200: Type.Object({
            timeZone: Type.String(),
            confirmed: Type.Integer(),
            arrived: Type.Integer(),
            scans: Type.Integer(),
            duplicates: Type.Integer(),
            byHour: Type.Array(Type.Object({ hour: Type.String({ description: 'Local hour, e.g. 2027-06-22T09:00' }), arrivals: Type.Integer() })),
            last: Type.Array(Type.Object({ registrationId: Type.String(), name: Type.String(), company: Type.String(), at: Type.String(), deviceId: Type.String(), deviceName: Type.Optional(Type.String()) })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { event } = await scope.callerOf(request, request.params.eventId);
      const stats = await arrivalStats(db, event);
      const names = await findDeviceNames(db, [...new Set(stats.last.map((l) => l.deviceId).filter(isDeviceId))]);
      reply.header('cache-control', 'private, no-store');
      return { ...stats, last: stats.last.map((l) => (names.has(l.deviceId) ? { ...l, deviceName: names.get(l.deviceId)! } : l)) };
    },
  );
}
