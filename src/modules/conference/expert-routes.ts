// The experts' side of 1:1 meetings over HTTP. Operators manage an event's experts and their slots
// under /api/v1/ops/conference/events/:eventId/experts (every change audited). An expert linked to a
// user account manages their own slots under /api/v1/conference/me/experts: publish, withdraw, and
// accept or decline requests; another user is told the expert does not exist (404).
import { Type, type TSchema } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, type Access, type App } from '../../platform/http.js';
import type { FastifyRequest } from 'fastify';
import type { ConferenceDeps } from './deps.js';
import { changeSlotLocation, createExpert, editExpert, expertForManager, publishSlots, removeExpert, removeSlot, slotOfExpert } from './experts.js';
import { findEvent, listExpertsOfUser, listExpertsWithCounts, listSlotsOfExpert, type ExpertRow } from './meeting-repo.js';
import {
  DecisionBody,
  EventIdParam,
  ExpertBody,
  ExpertIdParam,
  ExpertPatch,
  LocationBody,
  managedSlot,
  ManagedSlotSchema,
  opsExpert,
  OpsExpertSchema,
  SlotIdParam,
  SlotsBody,
  tags,
} from './meeting-views.js';
import { decideRequest } from './meetings.js';

const OPS = '/api/v1/ops/conference/events/:eventId/experts';
const MINE = '/api/v1/conference/me/experts';
const operator: Access = ['operator'];
const slotList = Type.Object({ timeZone: Type.String(), items: Type.Array(ManagedSlotSchema) });
type ExpertParams = { eventId?: string; expertId: string; slotId?: string };

export function registerExpertRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  const ctxOf = (request: FastifyRequest) => ({ ...contextOf(db, request), db });

  app.get(
    OPS,
    { config: { access: operator }, schema: { tags, summary: 'An event’s experts with their slot counts', params: Type.Object({ eventId: EventIdParam }), response: { 200: Type.Object({ items: Type.Array(OpsExpertSchema) }), ...errorResponses } } },
    async (request, reply) => {
      if (!(await findEvent(db, request.params.eventId))) throw notFound('Event');
      reply.header('cache-control', 'private, no-store');
      return { items: (await listExpertsWithCounts(db, request.params.eventId, new Date().toISOString())).map((e) => opsExpert(e, e)) };
    },
  );

  app.post(
    OPS,
    { config: { access: operator }, schema: { tags, summary: 'Add an expert (optionally linked to a user account who may manage their slots)', params: Type.Object({ eventId: EventIdParam }), body: ExpertBody, response: { 201: OpsExpertSchema, ...errorResponses } } },
    async (request, reply) => {
      const expert = await createExpert(ctxOf(request), request.params.eventId, { ...request.body, userId: request.body.userId ?? null });
      return reply.status(201).send(opsExpert(expert));
    },
  );

  const expertParams = Type.Object({ eventId: EventIdParam, expertId: ExpertIdParam });
  app.patch(
    `${OPS}/:expertId`,
    { config: { access: operator }, schema: { tags, summary: 'Edit an expert', params: expertParams, body: ExpertPatch, response: { 200: OpsExpertSchema, ...errorResponses } } },
    async (request) => {
      const expert = await expertForManager(db, actorOf(request), request.params.expertId, request.params.eventId);
      return opsExpert(await editExpert(ctxOf(request), expert, request.body));
    },
  );

  app.delete(
    `${OPS}/:expertId`,
    { config: { access: operator }, schema: { tags, summary: 'Remove an expert and their open slots (refused while meetings are booked)', params: expertParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const expert = await expertForManager(db, actorOf(request), request.params.expertId, request.params.eventId);
      await removeExpert(ctxOf(request), expert);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    `${OPS}/:expertId/slots/:slotId`,
    {
      config: { access: operator },
      schema: { tags, summary: 'Move a slot to another table or place; an attendee holding it is told', params: Type.Object({ eventId: EventIdParam, expertId: ExpertIdParam, slotId: SlotIdParam }), body: LocationBody, response: { 200: ManagedSlotSchema, ...errorResponses } },
    },
    async (request) => {
      const expert = await expertForManager(db, actorOf(request), request.params.expertId, request.params.eventId);
      const slot = await slotOfExpert(db, expert, request.params.slotId);
      await changeSlotLocation(ctxOf(request), slot, request.body.location);
      const updated = (await listSlotsOfExpert(db, expert.id)).find((s) => s.id === slot.id);
      if (!updated) throw notFound('Slot');
      return managedSlot(updated, true);
    },
  );

  app.get(
    MINE,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The experts your account is linked to, with every slot and who holds it',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ expert: OpsExpertSchema, timeZone: Type.String(), slots: Type.Array(ManagedSlotSchema) })) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const items = [];
      for (const expert of await listExpertsOfUser(db, actorOf(request).userId)) {
        const event = await findEvent(db, expert.event_id);
        items.push({ expert: opsExpert(expert), timeZone: event?.time_zone ?? 'UTC', slots: (await listSlotsOfExpert(db, expert.id)).map((s) => managedSlot(s, false)) });
      }
      return { items };
    },
  );

  // Slot management, the same for operators and for the expert's own account.
  const sides: Array<{ prefix: string; access: Access; scope: Record<string, TSchema>; withEmail: boolean }> = [
    { prefix: `${OPS}/:expertId`, access: operator, scope: { eventId: EventIdParam }, withEmail: true },
    { prefix: `${MINE}/:expertId`, access: 'signed-in', scope: {}, withEmail: false },
  ];
  for (const side of sides) {
    const params = (extra: Record<string, TSchema> = {}) => Type.Object({ ...side.scope, expertId: ExpertIdParam, ...extra });
    const expertOf = (request: FastifyRequest): Promise<ExpertRow> => {
      const p = request.params as ExpertParams;
      return expertForManager(db, actorOf(request), p.expertId, p.eventId);
    };

    app.get(
      `${side.prefix}/slots`,
      { config: { access: side.access }, schema: { tags, summary: 'An expert’s slots in time order, with who holds each', params: params(), response: { 200: slotList, ...errorResponses } } },
      async (request, reply) => {
        const expert = await expertOf(request);
        const event = await findEvent(db, expert.event_id);
        reply.header('cache-control', 'private, no-store');
        return { timeZone: event?.time_zone ?? 'UTC', items: (await listSlotsOfExpert(db, expert.id)).map((s) => managedSlot(s, side.withEmail)) };
      },
    );

    app.post(
      `${side.prefix}/slots`,
      {
        config: { access: side.access },
        schema: {
          tags,
          summary: 'Publish 20-minute slots: a list of start times, or local time ranges cut into slots (with an optional break)',
          description: 'Slots must fall within the event’s days and may not overlap the expert’s other slots (409 slot_overlap).',
          params: params(),
          body: SlotsBody,
          response: { 201: slotList, ...errorResponses },
        },
      },
      async (request, reply) => {
        const expert = await expertOf(request);
        const event = await findEvent(db, expert.event_id);
        const rows = await publishSlots({ ...ctxOf(request), engine: deps.engine }, expert, request.body);
        return reply.status(201).send({ timeZone: event?.time_zone ?? 'UTC', items: rows.map((s) => managedSlot(s, side.withEmail)) });
      },
    );

    app.delete(
      `${side.prefix}/slots/:slotId`,
      { config: { access: side.access }, schema: { tags, summary: 'Withdraw an open slot (409 slot_booked if an attendee holds it)', params: params({ slotId: SlotIdParam }), response: { 204: Type.Null(), ...errorResponses } } },
      async (request, reply) => {
        const expert = await expertOf(request);
        await removeSlot(ctxOf(request), await slotOfExpert(db, expert, (request.params as ExpertParams).slotId!));
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${side.prefix}/slots/:slotId/decision`,
      {
        config: { access: side.access },
        schema: { tags, summary: 'Accept or decline a requested meeting (declining reopens the slot); the attendee is told', params: params({ slotId: SlotIdParam }), body: DecisionBody, response: { 200: ManagedSlotSchema, ...errorResponses } },
      },
      async (request) => {
        const expert = await expertOf(request);
        const slot = await slotOfExpert(db, expert, (request.params as ExpertParams).slotId!);
        await decideRequest(ctxOf(request), slot.id, request.body.decision);
        const updated = (await listSlotsOfExpert(db, expert.id)).find((s) => s.id === slot.id);
        if (!updated) throw notFound('Slot');
        return managedSlot(updated, side.withEmail);
      },
    );
  }
}
