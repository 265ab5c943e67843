// The public side of events and registration: published events and an event's page, the business
// registration form, and the registrant's own registration (read, cancel, claim an offered seat, pay
// for a paid ticket's seat, start a seller application) — reached with the manage key (header x-registration-key) or as the
// signed-in owner. The operators' routes are registered from here too (event-ops-routes.ts,
// registration-ops-routes.ts).
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { startSellerApplication } from './attendee-seller.js';
import type { ConferenceDeps } from './deps.js';
import { registerEventOpsRoutes } from './event-ops-routes.js';
import { findEventBySlug, listEvents } from './event-repo.js';
import { EventPageSchema, EventSummarySchema, viewEventPage, viewEventSummaries } from './event-views.js';
import { registrationForCaller } from './registration-access.js';
import { registerRegistrationOpsRoutes } from './registration-ops-routes.js';
import { findRegistration } from './registration-repo.js';
import { RegistrationParams, RegistrationSchema, viewRegistration } from './registration-views.js';
import { registerInTurn } from './registration-batch.js';
import { startRegistrationPayment } from './registration-payment.js';
import { BUSINESS_TYPES, cancelRegistration, CHINA_EXPERIENCE, INTERESTS, REGISTRATION_STATE_CODES } from './registrations.js';
import { claimOffer } from './waitlist.js';

const tags = ['conference'];
const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });
const Text = (max: number, required = true) => Type.String({ maxLength: max, ...(required ? { minLength: 1, pattern: '\\S' } : {}) });

const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60 }) });

const RegistrationBody = Type.Object(
  {
    // Surrounding spaces are allowed (pasted addresses): the address is trimmed, and compared case-insensitively.
    email: Type.String({ maxLength: 254, pattern: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$' }),
    firstName: Text(80),
    lastName: Text(80),
    company: Text(200),
    businessType: enumOf(BUSINESS_TYPES),
    state: enumOf(REGISTRATION_STATE_CODES),
    sells: Text(2000),
    chinaExperience: enumOf(CHINA_EXPERIENCE),
    interests: Type.Array(enumOf(INTERESTS), { maxItems: INTERESTS.length, uniqueItems: true }),
    dietary: Type.Optional(Text(500, false)),
    accessibility: Type.Optional(Text(500, false)),
    consentContact: Type.Boolean(),
    ticketType: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,39}$' }),
  },
  { additionalProperties: false },
);
const Registered = Type.Object({ registration: RegistrationSchema, manageKey: Type.String({ description: 'Shown once: the key to this registration (header x-registration-key)' }) });
const keyHeader = Type.Object({ 'x-registration-key': Type.Optional(Type.String({ maxLength: 128 })) });

export function registerRegistrationRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  app.get(
    '/api/v1/conference/events',
    { config: { access: 'public' }, schema: { tags, summary: 'Published conference events', response: { 200: Type.Object({ items: Type.Array(EventSummarySchema) }), ...errorResponses } } },
    async () => ({ items: await viewEventSummaries(db, await listEvents(db, ['published', 'closed']), new Date()) }),
  );

  app.get(
    '/api/v1/conference/events/:slug',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'An event’s page: venue, days, registration window, seats left, ticket types', params: SlugParams, response: { 200: EventPageSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const event = await findEventBySlug(db, request.params.slug);
      if (!event || event.status === 'draft') throw notFound('Event');
      reply.header('cache-control', 'no-cache');
      return viewEventPage(db, event, new Date());
    },
  );

  app.post(
    '/api/v1/conference/events/:slug/registrations',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Register a business: 201 confirmed, or waitlisted with a position when full (409 already_registered, registration_closed)',
        params: SlugParams,
        body: RegistrationBody,
        response: { 201: Registered, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = { ...contextOf(db, request), db };
      const { registration, manageKey } = await registerInTurn(ctx, request.params.slug, request.body);
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({ registration: await viewRegistration(db, registration), manageKey });
    },
  );

  app.get(
    '/api/v1/conference/registrations/:registrationId',
    { config: { access: 'public' }, schema: { tags, summary: 'Your registration (manage key in x-registration-key, or signed in as its owner)', params: RegistrationParams, headers: keyHeader, response: { 200: RegistrationSchema, ...errorResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return viewRegistration(db, await registrationForCaller(db, request, request.params.registrationId));
    },
  );

  app.post(
    '/api/v1/conference/registrations/:registrationId/cancel',
    { config: { access: 'public' }, schema: { tags, summary: 'Cancel your registration (a seat you held is offered to the waitlist)', params: RegistrationParams, headers: keyHeader, response: { 200: RegistrationSchema, ...errorResponses } } },
    async (request) => {
      const mine = await registrationForCaller(db, request, request.params.registrationId);
      return viewRegistration(db, await cancelRegistration({ ...contextOf(db, request), db }, mine.id, 'attendee'));
    },
  );

  app.post(
    '/api/v1/conference/registrations/:registrationId/claim',
    { config: { access: 'public' }, schema: { tags, summary: 'Claim the seat offered to you before the offer expires (409 offer_expired, no_offer)', params: RegistrationParams, headers: keyHeader, response: { 200: RegistrationSchema, ...errorResponses } } },
    async (request) => {
      const mine = await registrationForCaller(db, request, request.params.registrationId);
      return viewRegistration(db, await claimOffer({ ...contextOf(db, request), db }, mine));
    },
  );

  app.post(
    '/api/v1/conference/registrations/:registrationId/payment',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Pay for the seat held for a paid ticket: starts (or returns) its one card payment and the checkout page to send the registrant to',
        description: 'One payment per registration, so a retried request never charges twice. 409 nothing_to_pay (free ticket), no_seat_held (waitlisted, cancelled), offer_expired, already_paid. The seat is confirmed when the processor reports the charge.',
        params: RegistrationParams,
        headers: keyHeader,
        response: {
          200: Type.Object({
            paymentId: Type.String(),
            status: Type.String(),
            amountCents: Type.Integer(),
            currency: Type.Literal('USD'),
            checkoutUrl: Type.Union([Type.String(), Type.Null()], { description: 'The card processor’s checkout page; null once the payment is no longer pending' }),
            holdExpiresAt: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const mine = await registrationForCaller(db, request, request.params.registrationId);
      reply.header('cache-control', 'no-store');
      return startRegistrationPayment({ ...contextOf(db, request), db }, deps.cardProvider, mine);
    },
  );

  app.post(
    '/api/v1/conference/registrations/:registrationId/seller-application',
    {
      config: { access: ['seller'] },
      schema: {
        tags,
        summary: 'Start a seller application pre-filled from your registration (signed in as an applicant; links the registration to your account)',
        params: RegistrationParams,
        headers: keyHeader,
        response: { 200: Type.Object({ applicationId: Type.String(), created: Type.Boolean(), registration: RegistrationSchema }), ...errorResponses },
      },
    },
    async (request) => {
      const mine = await registrationForCaller(db, request, request.params.registrationId);
      const result = await startSellerApplication({ ...contextOf(db, request), db }, mine);
      return { ...result, registration: await viewRegistration(db, (await findRegistration(db, mine.id))!) };
    },
  );

  registerEventOpsRoutes(app, db, deps);
  registerRegistrationOpsRoutes(app, db, deps);
}
