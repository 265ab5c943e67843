// Operators and registrations: the list with search (name, company, e-mail) and filters (status,
// ticket type, state) paged by id, the CSV export, the charts' numbers, one registration, cancelling
// one (audited; its seat goes to the waitlist) and offering the next free seat by hand.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { errorResponses, Page, type App } from '../../platform/http.js';
import type { ConferenceDeps } from './deps.js';
import { findEventById, findTicketTypeByCode, type EventRow } from './event-repo.js';
import { EventParams } from './event-views.js';
import { registrationsCsv, registrationStats } from './registration-report.js';
import { findRegistration, listRegistrations, type RegistrationFilter } from './registration-repo.js';
import { RegistrationParams, RegistrationSchema, viewRegistration, viewRegistrationsOfEvent } from './registration-views.js';
import { cancelRegistration, REGISTRATION_STATE_CODES } from './registrations.js';
import { offerNextSeat } from './waitlist.js';

const tags = ['conference'];
const access = { access: ['operator'] as const };
const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });

const Filters = {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name, company or e-mail' })),
  status: Type.Optional(enumOf(['confirmed', 'waitlisted', 'offered', 'cancelled'] as const)),
  ticketType: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,39}$' })),
  state: Type.Optional(enumOf(REGISTRATION_STATE_CODES)),
};
const ListQuery = Type.Object(
  { ...Filters, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })), cursor: Type.Optional(Type.String({ pattern: '^crg_[0-9a-z]{26}$' })) },
  { additionalProperties: false },
);
const CsvQuery = Type.Object(Filters, { additionalProperties: false });
const Count = Type.Integer();
const Stats = Type.Object({
  timeZone: Type.String(),
  total: Count,
  byDay: Type.Array(Type.Object({ day: Type.String(), registrations: Count, cancelled: Count, cumulative: Count })),
  byState: Type.Array(Type.Object({ state: Type.String(), name: Type.String(), count: Count })),
  byStatus: Type.Object({ confirmed: Count, offered: Count, waitlisted: Count, cancelled: Count }),
  byTicketType: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), registrations: Count, held: Count, quota: Count })),
  capacity: Type.Object({ total: Count, held: Count }),
  sellers: Type.Object({ started: Count, submitted: Count, approved: Count }, { description: 'Attendees who started a seller application from their registration; approved = became sellers' }),
});

export function registerRegistrationOpsRoutes(app: App, db: Db, _deps: ConferenceDeps): void {
  const eventOf = async (eventId: string): Promise<EventRow> => {
    const event = await findEventById(db, eventId);
    if (!event) throw notFound('Event');
    return event;
  };
  const filterOf = async (event: EventRow, query: { q?: string | undefined; status?: RegistrationFilter['status']; ticketType?: string | undefined; state?: string | undefined }): Promise<RegistrationFilter> => {
    let ticketTypeId: string | undefined;
    if (query.ticketType) {
      const ticketType = await findTicketTypeByCode(db, event.id, query.ticketType);
      if (!ticketType) throw invalidField('ticketType', 'is not a ticket type of this event');
      ticketTypeId = ticketType.id;
    }
    return { q: query.q, status: query.status, ticketTypeId, state: query.state };
  };

  app.get(
    '/api/v1/ops/conference/events/:eventId/registrations',
    { config: access, schema: { tags, summary: 'Registrations, newest first: search and filters, paged by cursor', params: EventParams, querystring: ListQuery, response: { 200: Page(RegistrationSchema), ...errorResponses } } },
    async (request, reply) => {
      const event = await eventOf(request.params.eventId);
      const { limit = 50, cursor, ...query } = request.query;
      const rows = await listRegistrations(db, event.id, await filterOf(event, query), cursor ?? null, limit + 1);
      const page = rows.slice(0, limit);
      reply.header('cache-control', 'private, no-store');
      return { items: await viewRegistrationsOfEvent(db, event, page), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
    },
  );

  app.get(
    '/api/v1/ops/conference/events/:eventId/registrations.csv',
    { config: access, schema: { tags, summary: 'Every registration matching the filters, as CSV', params: EventParams, querystring: CsvQuery, produces: ['text/csv'], response: { 200: Type.String(), ...errorResponses } } },
    async (request, reply) => {
      const event = await eventOf(request.params.eventId);
      const csv = await registrationsCsv(db, event, await filterOf(event, request.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${event.slug}-registrations.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/v1/ops/conference/events/:eventId/stats',
    { config: access, schema: { tags, summary: 'Registrations per day, by state, status and ticket type; attendees who became sellers', params: EventParams, response: { 200: Stats, ...errorResponses } } },
    async (request) => registrationStats(db, await eventOf(request.params.eventId)),
  );

  app.get(
    '/api/v1/ops/conference/registrations/:registrationId',
    { config: access, schema: { tags, summary: 'One registration', params: RegistrationParams, response: { 200: RegistrationSchema, ...errorResponses } } },
    async (request) => {
      const row = await findRegistration(db, request.params.registrationId);
      if (!row) throw notFound('Registration');
      return viewRegistration(db, row);
    },
  );

  app.post(
    '/api/v1/ops/conference/registrations/:registrationId/cancel',
    {
      config: access,
      schema: {
        tags,
        summary: 'Cancel a registration (its seat is offered to the waitlist)',
        params: RegistrationParams,
        body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
        response: { 200: RegistrationSchema, ...errorResponses },
      },
    },
    async (request) => viewRegistration(db, await cancelRegistration({ ...contextOf(db, request), db }, request.params.registrationId, 'operator', request.body.reason)),
  );

  app.post(
    '/api/v1/ops/conference/events/:eventId/waitlist/offer-next',
    {
      config: access,
      schema: { tags, summary: 'Offer the next free seat to the waitlist now (409 no_seat_to_offer)', params: EventParams, response: { 200: RegistrationSchema, ...errorResponses } },
    },
    async (request) => {
      const offered = await offerNextSeat({ ...contextOf(db, request), db }, (await eventOf(request.params.eventId)).id);
      return viewRegistration(db, (await findRegistration(db, offered))!);
    },
  );
}
