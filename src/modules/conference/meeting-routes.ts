// 1:1 meetings over HTTP, for attendees: the event's experts with their open slots (public), and a
// registrant's meetings — list, book (or request), cancel — with the registration's manage key
// (x-registration-key) or as the signed-in owner; anyone else gets 404. The experts' and operators'
// side is in expert-routes.ts.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import type { ConferenceDeps } from './deps.js';
import { registerExpertRoutes } from './expert-routes.js';
import { findExpert, findPublicEvent, listExpertsWithCounts, listOpenSlots, meetingsOfRegistration, findEvent } from './meeting-repo.js';
import { BookingBody, ExpertIdParam, meeting, MeetingSchema, openSlot, OpenSlotSchema, publicExpert, PublicExpertSchema, RegistrationIdParam, SlotIdParam, SlugParam, tags } from './meeting-views.js';
import { bookMeeting, cancelMeeting } from './meetings.js';
import { registrationForCaller } from './registration-access.js';

const KeyHeader = Type.Object({ 'x-registration-key': Type.Optional(Type.String({ maxLength: 128, description: 'The registration’s manage key (or sign in as its owner)' })) });

export function registerMeetingRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  registerExpertRoutes(app, db, deps);

  app.get(
    '/api/v1/conference/events/:slug/experts',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The experts holding office hours at an event, with how many 20-minute slots are still open',
        params: Type.Object({ slug: SlugParam }),
        response: { 200: Type.Object({ timeZone: Type.String(), items: Type.Array(PublicExpertSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const event = await findPublicEvent(db, request.params.slug);
      if (!event) throw notFound('Event');
      const experts = await listExpertsWithCounts(db, event.id, new Date().toISOString());
      return { timeZone: event.time_zone, items: experts.map(publicExpert) };
    },
  );

  app.get(
    '/api/v1/conference/events/:slug/experts/:expertId/slots',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An expert’s open slots (20 minutes each), in time order',
        params: Type.Object({ slug: SlugParam, expertId: ExpertIdParam }),
        response: {
          200: Type.Object({ timeZone: Type.String(), expert: Type.Object({ id: Type.String(), name: Type.String(), company: Type.String(), expertise: Type.String(), bio: Type.String() }), items: Type.Array(OpenSlotSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const event = await findPublicEvent(db, request.params.slug);
      const expert = event ? await findExpert(db, request.params.expertId) : undefined;
      if (!event || !expert || expert.event_id !== event.id) throw notFound('Expert');
      const slots = await listOpenSlots(db, expert.id, new Date().toISOString());
      return { timeZone: event.time_zone, expert: { id: expert.id, name: expert.name, company: expert.company, expertise: expert.expertise, bio: expert.bio }, items: slots.map(openSlot) };
    },
  );

  app.get(
    '/api/v1/conference/registrations/:registrationId/meetings',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Your meetings with experts (booked, or requested and waiting for the expert)',
        params: Type.Object({ registrationId: RegistrationIdParam }),
        headers: KeyHeader,
        response: { 200: Type.Object({ timeZone: Type.String(), cap: Type.Integer(), items: Type.Array(MeetingSchema) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const registration = await registrationForCaller(db, request, request.params.registrationId);
      const event = await findEvent(db, registration.event_id);
      if (!event) throw notFound('Registration');
      reply.header('cache-control', 'private, no-store');
      return { timeZone: event.time_zone, cap: event.meeting_cap, items: (await meetingsOfRegistration(db, registration.id)).map(meeting) };
    },
  );

  app.post(
    '/api/v1/conference/registrations/:registrationId/meetings',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Book a 20-minute slot with an expert (or request it for the expert to accept)',
        description: 'Refused with 409 slot_taken, meeting_overlap, session_clash, meeting_cap_reached, slot_past or registration_not_confirmed.',
        params: Type.Object({ registrationId: RegistrationIdParam }),
        headers: KeyHeader,
        body: BookingBody,
        response: { 201: MeetingSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const registration = await registrationForCaller(db, request, request.params.registrationId);
      const topic = request.body.topic.trim();
      if (!topic) throw invalidField('topic', 'must not be blank');
      const booked = await bookMeeting({ db, engine: deps.engine, now: new Date() }, registration.id, { slotId: request.body.slotId, topic, mode: request.body.mode ?? 'book' });
      return reply.status(201).send(meeting(booked));
    },
  );

  app.delete(
    '/api/v1/conference/registrations/:registrationId/meetings/:slotId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Cancel one of your meetings before it begins: the slot reopens for others',
        params: Type.Object({ registrationId: RegistrationIdParam, slotId: SlotIdParam }),
        headers: KeyHeader,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const registration = await registrationForCaller(db, request, request.params.registrationId);
      await cancelMeeting({ db, engine: deps.engine, now: new Date() }, registration.id, request.params.slotId);
      return reply.status(204).send(null);
    },
  );
}
