// Check-in devices over HTTP. Operators create a device for an event (the answer carries its key once,
// with the door link that holds the key in its fragment), list an event's devices (never their keys)
// and revoke one. A device reads its own summary (event, days, time zone, its name) with its key; its
// check-in routes are registered with the operators' ones in checkin-routes.ts.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { listDevices } from './checkin-device-repo.js';
import { CHECKIN_KEY_HEADER, createDevice, deviceContext, deviceOfRequest, deviceView, DOOR_PATH, revokeDevice } from './checkin-devices.js';
import type { ConferenceDeps } from './deps.js';
import { findEventById } from './event-repo.js';
import { daysOf, EventParams } from './event-views.js';

const tags = ['conference'];
const DeviceParams = Type.Object({ deviceId: Type.String({ pattern: '^ccd_[0-9a-z]{26}$' }) });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const DeviceSchema = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  createdBy: Type.String({ description: 'The operator who created it (user id)' }),
  revokedAt: Nullable(Type.String()),
  lastSeenAt: Nullable(Type.String({ description: 'Last call with its key (to the minute)' })),
});

export function registerCheckinDeviceRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  const eventOf = async (id: string) => {
    const event = await findEventById(db, id);
    if (!event) throw notFound('Event');
    return event;
  };

  app.post(
    '/api/v1/ops/conference/events/:eventId/checkin-devices',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Create a check-in device for the door: its key is in this answer only (and in the door link’s fragment)',
        params: EventParams,
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 80, pattern: '\\S', description: 'e.g. North door phone 1' }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ device: DeviceSchema, key: Type.String(), doorPath: Type.String(), doorUrl: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await eventOf(request.params.eventId);
      const { device, key } = await createDevice({ ...contextOf(db, request), db }, event.id, request.body.name.trim());
      const doorPath = `${DOOR_PATH}#key=${key}`;
      reply.header('cache-control', 'private, no-store');
      return reply.status(201).send({ device, key, doorPath, doorUrl: `${deps.publicUrl}${doorPath}` });
    },
  );

  app.get(
    '/api/v1/ops/conference/events/:eventId/checkin-devices',
    {
      config: { access: ['operator'] },
      schema: { tags, summary: 'The event’s check-in devices (revoked ones too), oldest first; keys are never shown again', params: EventParams, response: { 200: Type.Object({ items: Type.Array(DeviceSchema) }), ...errorResponses } },
    },
    async (request) => {
      const event = await eventOf(request.params.eventId);
      return { items: (await listDevices(db, event.id)).map(deviceView) };
    },
  );

  app.post(
    '/api/v1/ops/conference/checkin-devices/:deviceId/revoke',
    {
      config: { access: ['operator'] },
      schema: { tags, summary: 'Revoke a check-in device: its key stops working at once (again: no change)', params: DeviceParams, response: { 200: DeviceSchema, ...errorResponses } },
    },
    async (request) => revokeDevice({ ...contextOf(db, request), db }, request.params.deviceId),
  );

  app.get(
    '/api/v1/conference/door',
    {
      // The key travels in a header, never in a cookie: no session, and nothing for a forged form to send.
      config: { access: 'public', csrf: false },
      schema: {
        tags,
        summary: `The check-in device’s event and name (key in the ${CHECKIN_KEY_HEADER} header; 401 checkin_key_* when missing, unknown or revoked)`,
        response: {
          200: Type.Object({
            device: Type.Object({ id: Type.String(), name: Type.String() }),
            event: Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String(), startsOn: Type.String(), endsOn: Type.String(), days: Type.Array(Type.String()), venueName: Type.String() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = deviceContext(db, request, new Date());
      const device = await deviceOfRequest(db, request, null, ctx.now);
      const event = await eventOf(device.event_id);
      reply.header('cache-control', 'private, no-store');
      return {
        device: { id: device.id, name: device.name },
        event: { id: event.id, name: event.name, timeZone: event.time_zone, startsOn: event.starts_on, endsOn: event.ends_on, days: daysOf(event.starts_on, event.ends_on), venueName: event.venue_name },
      };
    },
  );
}
