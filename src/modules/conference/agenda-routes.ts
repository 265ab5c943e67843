// The agenda over HTTP. Operators (/api/v1/ops/conference/events/:eventId/…) list, create, edit and
// cancel sessions and keep the speakers; the public agenda and attendees' sign-ups are in
// session-signup-routes.ts. Handlers are a few lines: the rules live in agenda.ts.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { contextOf } from '../../platform/context.js';
import { errorResponses, type App } from '../../platform/http.js';
import { cancelSession, createSession, createSpeaker, updateSession, updateSpeaker } from './agenda.js';
import { findEvent, listSessions, listSpeakers } from './agenda-repo.js';
import { AgendaQuery, checkDay, filterSessions, KindSchema, OpsSessionSchema, SpeakerSchema, viewOpsSessions, viewSpeaker } from './agenda-view.js';
import type { ConferenceDeps } from './deps.js';
import { registerSignupRoutes } from './session-signup-routes.js';

const tags = ['conference'];
const ops = { access: ['operator'] as const };
const id = (prefix: string) => Type.String({ pattern: `^${prefix}_[0-9a-z]{26}$` });
const EventParams = Type.Object({ eventId: id('cev') });
const SessionParams = Type.Object({ eventId: id('cev'), sessionId: id('cse') });
const SpeakerParams = Type.Object({ eventId: id('cev'), speakerId: id('csp') });

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Instant = (example: string) =>
  Type.String({ maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$', description: `ISO date-time with an offset, e.g. ${example}` });
const Kind = KindSchema;
const sessionFields = {
  title: Text(200),
  description: Type.String({ maxLength: 4000 }),
  kind: Kind,
  track: Text(60),
  roomId: id('crm'),
  startsAt: Instant('2027-06-22T10:00:00-04:00'),
  endsAt: Instant('2027-06-22T11:00:00-04:00'),
  // One type list rather than anyOf: with type coercion on, anyOf would read 0 as null or null as 0.
  capacity: Type.Optional(Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 1, maximum: 100_000, description: 'Seats for sign-up; null or absent: the room’s capacity' })),
  speakerIds: Type.Array(id('csp'), { maxItems: 12, uniqueItems: true }),
};
const SessionBody = Type.Object(sessionFields, { additionalProperties: false });
const SessionPatchBody = Type.Object(
  {
    revision: Type.Integer({ minimum: 1 }),
    title: Type.Optional(sessionFields.title),
    description: Type.Optional(sessionFields.description),
    kind: Type.Optional(Kind),
    track: Type.Optional(sessionFields.track),
    roomId: Type.Optional(sessionFields.roomId),
    startsAt: Type.Optional(sessionFields.startsAt),
    endsAt: Type.Optional(sessionFields.endsAt),
    capacity: sessionFields.capacity,
    speakerIds: Type.Optional(sessionFields.speakerIds),
  },
  { additionalProperties: false },
);
const speakerFields = {
  name: Text(120),
  title: Type.String({ maxLength: 120 }),
  company: Type.String({ maxLength: 120 }),
  bio: Type.String({ maxLength: 4000 }),
  photoUrl: Type.Optional(Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 500, pattern: '^(https://|/media/)\\S+$' })),
};
const SpeakerBody = Type.Object(speakerFields, { additionalProperties: false });
const SpeakerPatchBody = Type.Object(
  { name: Type.Optional(speakerFields.name), title: Type.Optional(speakerFields.title), company: Type.Optional(speakerFields.company), bio: Type.Optional(speakerFields.bio), photoUrl: speakerFields.photoUrl },
  { additionalProperties: false, minProperties: 1 },
);
const OpsList = Type.Object({ eventId: Type.String(), timeZone: Type.String(), items: Type.Array(OpsSessionSchema) });

export function registerAgendaRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  const ctxOf = (request: Parameters<typeof contextOf>[1]) => ({ ...contextOf(db, request), engine: deps.engine });
  const opsView = async (eventId: string, session: Parameters<typeof viewOpsSessions>[1][number]) => {
    const event = (await findEvent(db, eventId))!;
    return (await viewOpsSessions(db, [session], event.time_zone))[0]!;
  };

  app.get(
    '/api/v1/ops/conference/events/:eventId/sessions',
    { config: ops, schema: { tags, summary: 'Every session of an event (cancelled ones too) with seats held and waiting; filter by day, track, kind', params: EventParams, querystring: AgendaQuery, response: { 200: OpsList, ...errorResponses } } },
    async (request, reply) => {
      const event = await findEvent(db, request.params.eventId);
      if (!event) throw notFound('Event');
      checkDay(request.query.day, event);
      reply.header('cache-control', 'private, no-store');
      const sessions = filterSessions(await listSessions(db, event.id, { scheduledOnly: false }), request.query, event.time_zone);
      return { eventId: event.id, timeZone: event.time_zone, items: await viewOpsSessions(db, sessions, event.time_zone) };
    },
  );

  app.post(
    '/api/v1/ops/conference/events/:eventId/sessions',
    {
      config: ops,
      schema: { tags, summary: 'Add a session (409 room_busy / speaker_busy when it overlaps another in the room or of a speaker)', params: EventParams, body: SessionBody, response: { 201: OpsSessionSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const session = await createSession(ctxOf(request), request.params.eventId, request.body);
      return reply.status(201).send(await opsView(request.params.eventId, session));
    },
  );

  app.patch(
    '/api/v1/ops/conference/events/:eventId/sessions/:sessionId',
    {
      config: ops,
      schema: {
        tags,
        summary: 'Edit a session; `revision` must be the one you read (409 stale_revision). A new time or room tells everyone signed up',
        params: SessionParams,
        body: SessionPatchBody,
        response: { 200: OpsSessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { revision, ...patch } = request.body;
      const session = await updateSession(ctxOf(request), request.params.eventId, request.params.sessionId, revision, patch);
      return opsView(request.params.eventId, session);
    },
  );

  app.post(
    '/api/v1/ops/conference/events/:eventId/sessions/:sessionId/cancel',
    {
      config: ops,
      schema: {
        tags,
        summary: 'Cancel a session; everyone signed up or waiting is told by e-mail',
        params: SessionParams,
        body: Type.Object({ revision: Type.Integer({ minimum: 1 }), reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
        response: { 200: OpsSessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = await cancelSession(ctxOf(request), request.params.eventId, request.params.sessionId, request.body.revision, request.body.reason);
      return opsView(request.params.eventId, session);
    },
  );

  app.get(
    '/api/v1/ops/conference/events/:eventId/speakers',
    { config: ops, schema: { tags, summary: 'The event’s speakers', params: EventParams, response: { 200: Type.Object({ items: Type.Array(SpeakerSchema) }), ...errorResponses } } },
    async (request, reply) => {
      if (!(await findEvent(db, request.params.eventId))) throw notFound('Event');
      reply.header('cache-control', 'private, no-store');
      return { items: (await listSpeakers(db, request.params.eventId)).map(viewSpeaker) };
    },
  );

  app.post(
    '/api/v1/ops/conference/events/:eventId/speakers',
    { config: ops, schema: { tags, summary: 'Add a speaker (name, title, company, bio, photo)', params: EventParams, body: SpeakerBody, response: { 201: SpeakerSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(viewSpeaker(await createSpeaker(contextOf(db, request), request.params.eventId, request.body))),
  );

  app.patch(
    '/api/v1/ops/conference/events/:eventId/speakers/:speakerId',
    { config: ops, schema: { tags, summary: 'Edit a speaker', params: SpeakerParams, body: SpeakerPatchBody, response: { 200: SpeakerSchema, ...errorResponses } } },
    async (request) => viewSpeaker(await updateSpeaker(contextOf(db, request), request.params.eventId, request.params.speakerId, request.body)),
  );

  registerSignupRoutes(app, db, deps);
}
