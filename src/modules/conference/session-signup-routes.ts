// The agenda for attendees: the public agenda of an event (filters by day, track and kind, seats left)
// and, for the holder of a registration's manage key (header x-registration-key) or its signed-in
// owner, the personal agenda and session sign-up / cancellation. Anyone else gets 404.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { findEventBySlug, listSessions } from './agenda-repo.js';
import { daysBetween } from './agenda-time.js';
import { AgendaQuery, checkDay, filterSessions, SessionSchema, viewSessions } from './agenda-view.js';
import type { ConferenceDeps } from './deps.js';
import { registrationForCaller } from './registration-access.js';
import { cancelSignup, personalAgenda, signUp } from './session-signups.js';

const tags = ['conference'];
const attendee = { access: 'public' as const };
const RegistrationParams = Type.Object({ registrationId: Type.String({ pattern: '^crg_[0-9a-z]{26}$' }) });
const SignupParams = Type.Object({ registrationId: Type.String({ pattern: '^crg_[0-9a-z]{26}$' }), sessionId: Type.String({ pattern: '^cse_[0-9a-z]{26}$' }) });
const KeyHeader = Type.Object({ 'x-registration-key': Type.Optional(Type.String({ maxLength: 128, description: 'The manage key from the confirmation e-mail (not needed when signed in as the registrant)' })) });

const EventSummary = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), timeZone: Type.String() });
const PublicAgenda = Type.Object({
  event: Type.Object({ ...EventSummary.properties, venueName: Type.String(), days: Type.Array(Type.String()) }),
  tracks: Type.Array(Type.String()),
  items: Type.Array(SessionSchema),
});
const SignupSchema = Type.Object({
  id: Type.String(),
  sessionId: Type.String(),
  status: Type.Union([Type.Literal('confirmed'), Type.Literal('waitlisted'), Type.Literal('cancelled')]),
  waitlistPosition: Type.Union([Type.Integer(), Type.Null()], { description: 'Place in line while waitlisted (1 = next)' }),
});
const PersonalAgenda = Type.Object({
  registrationId: Type.String(),
  event: EventSummary,
  items: Type.Array(Type.Object({ session: SessionSchema, attendance: Type.Union([Type.Literal('signed_up'), Type.Literal('everyone')]), signup: Type.Union([SignupSchema, Type.Null()]) })),
});

export function registerSignupRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  app.get(
    '/api/v1/conference/events/:slug/agenda',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The public agenda: sessions with rooms, speakers, times and seats left; filter by day (YYYY-MM-DD), track and kind',
        params: Type.Object({ slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }) }),
        querystring: AgendaQuery,
        response: { 200: PublicAgenda, ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await findEventBySlug(db, request.params.slug);
      if (!event || event.status === 'draft') throw notFound('Event');
      checkDay(request.query.day, event);
      const all = await listSessions(db, event.id, { scheduledOnly: true });
      const sessions = filterSessions(all, request.query, event.time_zone);
      reply.header('cache-control', 'public, max-age=15');
      return {
        event: { id: event.id, slug: event.slug, name: event.name, timeZone: event.time_zone, venueName: event.venue_name, days: daysBetween(event.starts_on, event.ends_on) },
        tracks: [...new Set(all.map((s) => s.track))].sort(),
        items: await viewSessions(db, sessions, event.time_zone),
      };
    },
  );

  app.get(
    '/api/v1/conference/registrations/:registrationId/agenda',
    {
      config: attendee,
      schema: {
        tags,
        summary: 'Your agenda: sessions you hold a seat in or wait for (with your place in line), plus the keynotes and networking everyone attends',
        params: RegistrationParams,
        headers: KeyHeader,
        response: { 200: PersonalAgenda, ...errorResponses },
      },
    },
    async (request, reply) => {
      const registration = await registrationForCaller(db, request, request.params.registrationId);
      reply.header('cache-control', 'private, no-store');
      return personalAgenda(db, registration);
    },
  );

  app.post(
    '/api/v1/conference/registrations/:registrationId/sessions/:sessionId',
    {
      config: attendee,
      schema: {
        tags,
        summary:
          'Sign up for a breakout or workshop: a seat, or a waitlist place when full (409 schedule_conflict when you hold an overlapping session; 403 workshop_pass_required for workshops without the pass)',
        params: SignupParams,
        headers: KeyHeader,
        response: { 200: Type.Object({ signup: SignupSchema }), 201: Type.Object({ signup: SignupSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const registration = await registrationForCaller(db, request, request.params.registrationId);
      const { signup, created } = await signUp({ db, actor: request.actor, now: new Date(), requestId: request.id, engine: deps.engine }, registration.id, request.params.sessionId);
      return reply.status(created ? 201 : 200).send({ signup });
    },
  );

  app.delete(
    '/api/v1/conference/registrations/:registrationId/sessions/:sessionId',
    {
      config: attendee,
      schema: { tags, summary: 'Give up your seat or waitlist place; a freed seat goes to the next person waiting', params: SignupParams, headers: KeyHeader, response: { 200: Type.Object({ signup: SignupSchema }), ...errorResponses } },
    },
    async (request) => {
      const registration = await registrationForCaller(db, request, request.params.registrationId);
      return { signup: await cancelSignup({ db, actor: request.actor, now: new Date(), requestId: request.id, engine: deps.engine }, registration.id, request.params.sessionId) };
    },
  );
}
