// Operators set up events: create and edit an event (capacity: raising it offers seats to the
// waitlist, lowering it below the seats held is refused), and its rooms and ticket types (quota edits
// follow the same rules). Every answer is the event as operators see it, with its counters.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import type { ConferenceDeps } from './deps.js';
import { findEventById, findRoom, findTicketType, listEvents } from './event-repo.js';
import { addRoom, addTicketType, editRoom, editTicketType, removeRoom, removeTicketType } from './event-setup.js';
import { EventParams, OpsEventSchema, viewOpsEvent } from './event-views.js';
import { createEvent, editEvent } from './events.js';

const tags = ['conference'];
const access = { access: ['operator'] as const };
const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

const RoomParams = Type.Object({ roomId: Type.String({ pattern: '^crm_[0-9a-z]{26}$' }) });
const TicketTypeParams = Type.Object({ ticketTypeId: Type.String({ pattern: '^ctt_[0-9a-z]{26}$' }) });

const EventFields = {
  slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60 }),
  name: Text(200),
  tagline: Type.String({ maxLength: 300 }),
  description: Type.String({ maxLength: 10_000 }),
  venueName: Text(200),
  venueAddress: Text(300),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }),
  registrationOpensAt: Type.String({ format: 'date-time' }),
  registrationClosesAt: Type.String({ format: 'date-time' }),
  capacity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  offerHoldHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
  meetingCap: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
  status: enumOf(['draft', 'published', 'closed'] as const),
};
const NewEventBody = Type.Object(EventFields, { additionalProperties: false });
const EditEventBody = Type.Partial(Type.Object(EventFields), { additionalProperties: false, minProperties: 1 });
const RoomFields = { name: Text(120), hall: Type.String({ maxLength: 120 }), capacity: Type.Integer({ minimum: 1, maximum: 100_000 }) };
const TicketTypeFields = {
  code: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,39}$' }),
  name: Text(120),
  description: Type.String({ maxLength: 2000 }),
  priceCents: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
  quota: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  includesWorkshops: Type.Boolean(),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
};
const Events = Type.Object({ items: Type.Array(OpsEventSchema) });
const ok = { 200: OpsEventSchema, ...errorResponses };
const created = { 201: OpsEventSchema, ...errorResponses };

export function registerEventOpsRoutes(app: App, db: Db, _deps: ConferenceDeps): void {
  const ctxOf = (request: Parameters<typeof contextOf>[1]) => ({ ...contextOf(db, request), db });
  const view = async (eventId: string) => {
    const event = await findEventById(db, eventId);
    if (!event) throw notFound('Event');
    return viewOpsEvent(db, event, new Date());
  };

  app.get('/api/v1/ops/conference/events', { config: access, schema: { tags, summary: 'Every conference event, latest first', response: { 200: Events, ...errorResponses } } }, async () => ({
    items: await Promise.all((await listEvents(db)).map((e) => viewOpsEvent(db, e, new Date()))),
  }));

  app.post('/api/v1/ops/conference/events', { config: access, schema: { tags, summary: 'Create an event (409 slug_taken)', body: NewEventBody, response: created } }, async (request, reply) => {
    const event = await createEvent(ctxOf(request), request.body);
    return reply.status(201).send(await view(event.id));
  });

  app.get('/api/v1/ops/conference/events/:eventId', { config: access, schema: { tags, summary: 'An event with its counters, rooms and ticket types', params: EventParams, response: ok } }, async (request) =>
    view(request.params.eventId),
  );

  app.patch(
    '/api/v1/ops/conference/events/:eventId',
    { config: access, schema: { tags, summary: 'Edit an event; raising the capacity offers seats to the waitlist (409 capacity_below_held)', params: EventParams, body: EditEventBody, response: ok } },
    async (request) => {
      await editEvent(ctxOf(request), request.params.eventId, request.body);
      return view(request.params.eventId);
    },
  );

  app.post(
    '/api/v1/ops/conference/events/:eventId/rooms',
    { config: access, schema: { tags, summary: 'Add a room or hall (409 room_name_taken)', params: EventParams, body: Type.Object(RoomFields, { additionalProperties: false }), response: created } },
    async (request, reply) => {
      await addRoom(ctxOf(request), request.params.eventId, request.body);
      return reply.status(201).send(await view(request.params.eventId));
    },
  );

  app.patch(
    '/api/v1/ops/conference/rooms/:roomId',
    { config: access, schema: { tags, summary: 'Edit a room (409 room_capacity_below_held)', params: RoomParams, body: Type.Partial(Type.Object(RoomFields), { additionalProperties: false, minProperties: 1 }), response: ok } },
    async (request) => view((await editRoom(ctxOf(request), request.params.roomId, request.body)).event_id),
  );

  app.delete('/api/v1/ops/conference/rooms/:roomId', { config: access, schema: { tags, summary: 'Remove a room no session uses (409 room_in_use)', params: RoomParams, response: ok } }, async (request) => {
    const room = await findRoom(db, request.params.roomId);
    if (!room) throw notFound('Room');
    await removeRoom(ctxOf(request), room.id);
    return view(room.event_id);
  });

  app.post(
    '/api/v1/ops/conference/events/:eventId/ticket-types',
    { config: access, schema: { tags, summary: 'Add a ticket type with its quota (409 ticket_type_code_taken)', params: EventParams, body: Type.Object(TicketTypeFields, { additionalProperties: false }), response: created } },
    async (request, reply) => {
      await addTicketType(ctxOf(request), request.params.eventId, request.body);
      return reply.status(201).send(await view(request.params.eventId));
    },
  );

  app.patch(
    '/api/v1/ops/conference/ticket-types/:ticketTypeId',
    {
      config: access,
      schema: { tags, summary: 'Edit a ticket type; raising the quota offers seats to the waitlist (409 quota_below_held)', params: TicketTypeParams, body: Type.Partial(Type.Object(TicketTypeFields), { additionalProperties: false, minProperties: 1 }), response: ok },
    },
    async (request) => view((await editTicketType(ctxOf(request), request.params.ticketTypeId, request.body)).ticketType.event_id),
  );

  app.delete(
    '/api/v1/ops/conference/ticket-types/:ticketTypeId',
    { config: access, schema: { tags, summary: 'Remove a ticket type nobody registered with (409 ticket_type_in_use)', params: TicketTypeParams, response: ok } },
    async (request) => {
      const ticketType = await findTicketType(db, request.params.ticketTypeId);
      if (!ticketType) throw notFound('Ticket type');
      await removeTicketType(ctxOf(request), ticketType.id);
      return view(ticketType.event_id);
    },
  );
}
