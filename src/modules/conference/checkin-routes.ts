// Check-in for staff at the door (operators): batches of QR scans from phones and laptops (live, or a
// queue replayed after the Wi-Fi came back), search by name, company or e-mail with a check-in by
// registration id, and the arrival figures for the dashboard.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { contextOf } from '../../platform/context.js';
import { errorResponses, type App } from '../../platform/http.js';
import { AttendeeCardSchema, loadCards } from './checkin-cards.js';
import { searchRegistrationIds } from './checkin-repo.js';
import { arrivalStats, recordScans } from './checkin.js';
import type { ConferenceDeps } from './deps.js';
import { findEventById } from './event-repo.js';

const tags = ['conference'];
export const MAX_SCANS_PER_BATCH = 500;
const EventParams = Type.Object({ eventId: Type.String({ pattern: '^cev_[0-9a-z]{26}$' }) });
const ScanId = Type.String({ format: 'uuid', description: 'Made on the device for this scan; a replayed scan is answered from what was stored' });
const DeviceId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._:-]+$' });
const ScannedAt = Type.String({ format: 'date-time', description: 'When the device scanned (its own clock)' });

const ScanResultSchema = Type.Object({
  scanId: Type.String(),
  result: Type.Union(['checked_in', 'duplicate', 'replayed', 'invalid', 'not_confirmed', 'wrong_event'].map((r) => Type.Literal(r))),
  stored: Type.Optional(Type.Union([Type.Literal('checked_in'), Type.Literal('duplicate')], { description: 'replayed: the answer the scan got the first time' })),
  reason: Type.Optional(Type.String({ description: 'invalid: malformed | bad_signature | unknown_ticket | superseded (a re-issued ticket)' })),
  registrationId: Type.Optional(Type.String()),
  firstCheckIn: Type.Optional(Type.Object({ at: Type.String(), deviceId: Type.Union([Type.String(), Type.Null()]), scanId: Type.Union([Type.String(), Type.Null()]) })),
  attendee: Type.Optional(AttendeeCardSchema),
});

export function registerCheckinRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  const eventOf = async (id: string) => {
    const event = await findEventById(db, id);
    if (!event) throw notFound('Event');
    return event;
  };

  app.post(
    '/api/v1/ops/conference/events/:eventId/checkins',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: `Check tickets in: a batch of 1–${MAX_SCANS_PER_BATCH} scans (live or queued offline), one result per scan in the order sent`,
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
      const event = await eventOf(request.params.eventId);
      return { results: await recordScans({ ...contextOf(db, request), db }, deps.ticketKey, event.id, request.body.scans) };
    },
  );

  app.post(
    '/api/v1/ops/conference/events/:eventId/checkins/manual',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Check someone in without their QR code (found by search)',
        params: EventParams,
        body: Type.Object({ registrationId: Type.String({ pattern: '^crg_[0-9a-z]{26}$' }), scanId: ScanId, deviceId: DeviceId, scannedAt: ScannedAt }, { additionalProperties: false }),
        response: { 200: ScanResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const event = await eventOf(request.params.eventId);
      const ctx = { ...contextOf(db, request), db };
      const [result] = await recordScans(ctx, deps.ticketKey, event.id, [request.body], { audit: 'conference.checked_in_by_search' });
      if (result!.result === 'invalid') throw notFound('Registration');
      return result!;
    },
  );

  app.get(
    '/api/v1/ops/conference/events/:eventId/checkins/search',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Find attendees by name, company or e-mail (part of it, any case) to check them in without a QR code',
        params: EventParams,
        querystring: Type.Object({ q: Type.String({ minLength: 2, maxLength: 100 }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(AttendeeCardSchema) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await eventOf(request.params.eventId);
      const ids = (await searchRegistrationIds(db, event.id, request.query.q.trim(), request.query.limit ?? 20)).map((r) => r.id);
      const cards = await loadCards(db, ids);
      reply.header('cache-control', 'private, no-store');
      return { items: ids.flatMap((id) => cards.get(id) ?? []) };
    },
  );

  app.get(
    '/api/v1/ops/conference/events/:eventId/checkins/stats',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Arrivals: total, per hour in the event’s time zone, and the last 20',
        params: EventParams,
        response: {
          200: Type.Object({
            timeZone: Type.String(),
            confirmed: Type.Integer(),
            arrived: Type.Integer(),
            scans: Type.Integer(),
            duplicates: Type.Integer(),
            byHour: Type.Array(Type.Object({ hour: Type.String({ description: 'Local hour, e.g. 2027-06-22T09:00' }), arrivals: Type.Integer() })),
            last: Type.Array(Type.Object({ registrationId: Type.String(), name: Type.String(), company: Type.String(), at: Type.String(), deviceId: Type.String() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const event = await eventOf(request.params.eventId);
      reply.header('cache-control', 'private, no-store');
      return arrivalStats(db, event);
    },
  );
}
