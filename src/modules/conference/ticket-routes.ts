// Tickets, badges and calendars over HTTP. Attendees (manage key in x-registration-key, or the signed-in
// owner) get their ticket token with its QR code, their badge PDF, their personal agenda and each
// meeting as .ics; anyone gets a published event's .ics; operators print badges in batches. Check-in
// routes for staff are in checkin-routes.ts.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { badgePdf, type Badge, type BadgeLayout } from './badges.js';
import { agendaCalendar, eventCalendar, meetingCalendar } from './calendar.js';
import { registerCheckinRoutes } from './checkin-routes.js';
import type { ConferenceDeps } from './deps.js';
import { findEventById, findEventBySlug, findTicketType, findTicketTypeByCode } from './event-repo.js';
import { registrationForCaller, type RegistrationRow } from './registration-access.js';
import { ticketQrSvg } from './ticket-qr.js';
import { countBadges, listBadgeRows, nthBadgeId, type BadgeFilter, type BadgeRow } from './ticket-repo.js';
import { signTicket } from './ticket-token.js';

const tags = ['conference'];
export const MAX_BADGES_PER_PDF = 2000;
const PAGE = 200;
const RegistrationId = Type.String({ pattern: '^crg_[0-9a-z]{26}$' });
const IdParams = Type.Object({ registrationId: RegistrationId });
const Layout = Type.Union([Type.Literal('sheet'), Type.Literal('single')], { description: 'sheet: US letter, 6 badges of 4" × 3" (Avery 5392); single: one 4" × 3" page per badge' });
const Binary = (description: string) => Type.String({ format: 'binary', description });
const keyHeader = Type.Object({ 'x-registration-key': Type.Optional(Type.String({ maxLength: 200, description: 'The manage key from the confirmation e-mail (or sign in as the registrant)' })) });
const TicketSchema = Type.Object({ registrationId: Type.String(), eventId: Type.String(), token: Type.String(), qrSvg: Type.String({ description: 'The QR code of the token, as an SVG document' }) });

function confirmedOnly(row: RegistrationRow): RegistrationRow {
  if (row.status !== 'confirmed') throw conflict('not_confirmed', `This registration is ${row.status}: tickets, badges and agendas come with a confirmed seat`, { status: row.status });
  return row;
}

async function eventOf(db: Db, id: string) {
  const event = await findEventById(db, id);
  if (!event) throw notFound('Event');
  return event;
}

const badgeOf = (key: string, r: BadgeRow): Badge => ({
  firstName: r.first_name, lastName: r.last_name, company: r.company, state: r.state, attendeeType: r.attendee_type, ticketType: r.ticket_type, eventName: r.event_name, token: signTicket(key, r.id, r.ticket_nonce),
});

async function* listed(badges: Badge[]): AsyncGenerator<Badge> {
  yield* badges;
}

async function* badgeSource(db: Db, key: string, filter: BadgeFilter, after: string | null, total: number): AsyncGenerator<Badge> {
  let cursor = after;
  for (let left = total; left > 0; ) {
    const rows = await listBadgeRows(db, filter, cursor, Math.min(PAGE, left));
    if (rows.length === 0) return;
    for (const r of rows) yield badgeOf(key, r);
    cursor = rows.at(-1)!.id;
    left -= rows.length;
  }
}

const download = (type: string, filename: string) => ({ 'content-type': type, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'private, no-store' });

export function registerTicketRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  const ctx = { publicUrl: deps.publicUrl };

  app.get(
    '/api/v1/conference/registrations/:registrationId/ticket',
    { config: { access: 'public' }, schema: { tags, summary: 'Your ticket: the signed token and its QR code (confirmed registrations)', params: IdParams, headers: keyHeader, response: { 200: TicketSchema, ...errorResponses } } },
    async (request, reply) => {
      const reg = confirmedOnly(await registrationForCaller(db, request, request.params.registrationId));
      const token = signTicket(deps.ticketKey, reg.id, reg.ticket_nonce);
      reply.header('cache-control', 'private, no-store');
      return { registrationId: reg.id, eventId: reg.event_id, token, qrSvg: await ticketQrSvg(token) };
    },
  );

  app.get(
    '/api/v1/conference/registrations/:registrationId/ticket.svg',
    { config: { access: 'public' }, schema: { tags, summary: 'Your ticket’s QR code as an SVG image', params: IdParams, headers: keyHeader, produces: ['image/svg+xml'], response: { 200: Binary('SVG image'), ...errorResponses } } },
    async (request, reply) => {
      const reg = confirmedOnly(await registrationForCaller(db, request, request.params.registrationId));
      const svg = await ticketQrSvg(signTicket(deps.ticketKey, reg.id, reg.ticket_nonce));
      return reply.headers({ 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'private, no-store' }).send(svg);
    },
  );

  app.get(
    '/api/v1/conference/registrations/:registrationId/badge.pdf',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Your badge as a PDF (name, company, state, attendee type, QR code)', params: IdParams, headers: keyHeader, querystring: Type.Object({ layout: Type.Optional(Layout) }, { additionalProperties: false }), produces: ['application/pdf'], response: { 200: Binary('PDF'), ...errorResponses } },
    },
    async (request, reply) => {
      const reg = confirmedOnly(await registrationForCaller(db, request, request.params.registrationId));
      const badges = (await listBadgeRows(db, { eventId: reg.event_id, registrationId: reg.id }, null, 1)).map((r) => badgeOf(deps.ticketKey, r));
      const layout: BadgeLayout = request.query.layout ?? 'sheet';
      return reply.headers(download('application/pdf', 'badge.pdf')).send(badgePdf(listed(badges), layout, 'Badge', { fonts: deps.badgeFonts, log: request.log }));
    },
  );

  app.get(
    '/api/v1/conference/registrations/:registrationId/calendar.ics',
    { config: { access: 'public' }, schema: { tags, summary: 'Your personal agenda as .ics: your sessions, the keynotes and your 1:1 meetings', params: IdParams, headers: keyHeader, produces: ['text/calendar'], response: { 200: Binary('iCalendar'), ...errorResponses } } },
    async (request, reply) => {
      const reg = confirmedOnly(await registrationForCaller(db, request, request.params.registrationId));
      const event = await eventOf(db, reg.event_id);
      return reply.headers(download('text/calendar; charset=utf-8', `${event.slug}-agenda.ics`)).send(await agendaCalendar(db, event, reg, ctx));
    },
  );

  app.get(
    '/api/v1/conference/registrations/:registrationId/meetings/:slotId/calendar.ics',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One of your 1:1 meetings as .ics', params: Type.Object({ registrationId: RegistrationId, slotId: Type.String({ pattern: '^cms_[0-9a-z]{26}$' }) }), headers: keyHeader, produces: ['text/calendar'], response: { 200: Binary('iCalendar'), ...errorResponses } },
    },
    async (request, reply) => {
      const reg = await registrationForCaller(db, request, request.params.registrationId);
      const event = await eventOf(db, reg.event_id);
      const ics = await meetingCalendar(db, event, reg, request.params.slotId, ctx);
      if (ics === null) throw notFound('Meeting');
      return reply.headers(download('text/calendar; charset=utf-8', 'meeting.ics')).send(ics);
    },
  );

  app.get(
    '/api/v1/conference/events/:slug/calendar.ics',
    {
      config: { access: 'public' },
      schema: {
        tags, summary: 'A published event as .ics: all days (default) or each day from its first session to its last',
        params: Type.Object({ slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$' }) }),
        querystring: Type.Object({ style: Type.Optional(Type.Union([Type.Literal('all-day'), Type.Literal('timed')])) }, { additionalProperties: false }),
        produces: ['text/calendar'], response: { 200: Binary('iCalendar'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await findEventBySlug(db, request.params.slug);
      if (!event || event.status === 'draft') throw notFound('Event');
      const ics = await eventCalendar(db, event, request.query.style ?? 'all-day', ctx);
      return reply.headers({ 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${event.slug}.ics"`, 'cache-control': 'public, max-age=300' }).send(ics);
    },
  );

  app.get(
    '/api/v1/ops/conference/events/:eventId/badges.pdf',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: `Badges of confirmed registrations as one PDF, by registration id (at most ${MAX_BADGES_PER_PDF}; split larger batches with limit and after)`,
        params: Type.Object({ eventId: Type.String({ pattern: '^cev_[0-9a-z]{26}$' }) }),
        querystring: Type.Object(
          {
            ticketType: Type.Optional(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'A ticket type code (e.g. workshop) or id' })),
            attendeeType: Type.Optional(Type.Union(['business', 'expert', 'speaker', 'staff', 'press'].map((t) => Type.Literal(t)))),
            status: Type.Optional(Type.Literal('confirmed', { description: 'Only confirmed registrations get badges' })),
            registrationId: Type.Optional(RegistrationId),
            layout: Type.Optional(Layout),
            after: Type.Optional(RegistrationId),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_BADGES_PER_PDF, description: 'Badges in this PDF; the x-next-after header names where the next part begins' })),
          },
          { additionalProperties: false },
        ),
        produces: ['application/pdf'],
        response: { 200: Binary('PDF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await eventOf(db, request.params.eventId);
      const q = request.query;
      let ticketTypeId: string | undefined;
      if (q.ticketType) {
        const type = q.ticketType.startsWith('ctt_') ? await findTicketType(db, q.ticketType) : await findTicketTypeByCode(db, event.id, q.ticketType);
        if (!type || type.event_id !== event.id) throw invalidField('ticketType', 'is not a ticket type of this event');
        ticketTypeId = type.id;
      }
      const filter: BadgeFilter = { eventId: event.id, ticketTypeId, attendeeType: q.attendeeType as BadgeFilter['attendeeType'], registrationId: q.registrationId };
      const after = q.after ?? null;
      const count = await countBadges(db, filter, after);
      if (count === 0) throw new AppError('not_found', 'no_badges', 'No confirmed registration matches these filters');
      if (q.limit === undefined && count > MAX_BADGES_PER_PDF) {
        throw new AppError('invalid', 'too_many_badges', `${count} badges match: one PDF holds at most ${MAX_BADGES_PER_PDF}. Narrow the filters or print in parts with limit (and after=the x-next-after header of the previous part)`, { count, max: MAX_BADGES_PER_PDF });
      }
      const total = Math.min(count, q.limit ?? MAX_BADGES_PER_PDF);
      if (count > total) reply.header('x-next-after', await nthBadgeId(db, filter, after, total));
      reply.header('x-badge-count', String(total));
      return reply.headers(download('application/pdf', `badges-${event.slug}.pdf`)).send(badgePdf(badgeSource(db, deps.ticketKey, filter, after, total), q.layout ?? 'sheet', `${event.name}: badges`, { fonts: deps.badgeFonts, log: request.log }));
    },
  );

  registerCheckinRoutes(app, db, deps);
}
