import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, PageQuery, type App } from '../../platform/http.js';
import { CATEGORY_CODES, US_STATE_CODES } from '../products/index.js';
import { attachDocument, detachDocument, saveApplication, submitApplication } from './apply.js';
import { findApplication, findLatestApplication, listApplications } from './repo.js';
import { decideApplication } from './review.js';
import { ApplicationView, viewApplications } from './views.js';

const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });
const Fields = Type.Object(
  {
    legalName: Type.String({ maxLength: 200 }),
    tradeName: Type.String({ maxLength: 200 }),
    ein: Type.String({ maxLength: 10, description: 'US Employer Identification Number, 12-3456789' }),
    state: enumOf(US_STATE_CODES),
    city: Type.String({ maxLength: 100 }),
    businessType: enumOf(['farm', 'small_business', 'brand', 'cooperative'] as const),
    yearFounded: Type.Integer({ minimum: 1600 }),
    headcount: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    website: Type.String({ maxLength: 200, pattern: '^(https?://[^\\s]+)?$' }),
    productsDescription: Type.String({ maxLength: 4000 }),
    categories: Type.Array(enumOf(CATEGORY_CODES), { maxItems: 8, uniqueItems: true }),
    chinaExperience: enumOf(['none', 'exploring', 'selling_offline', 'selling_online'] as const),
    contactName: Type.String({ maxLength: 120 }),
    contactEmail: Type.String({ maxLength: 254, pattern: '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' }),
    contactPhone: Type.String({ maxLength: 40, pattern: '^$|^\\+?[0-9 ()-]{7,40}$' }),
    foodFacilityNumber: Type.String({ maxLength: 40, pattern: '^$|^[A-Za-z0-9-]{4,40}$' }),
  },
  { additionalProperties: false },
);
const AppId = Type.Object({ applicationId: Type.String({ pattern: '^app_[0-9a-z]{26}$' }) });
const Reason = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 2000 }) }, { additionalProperties: false });

export function registerApplicationRoutes(app: App, db: Db, settings: { foodFacilityRequired: boolean }): void {
  app.addSchema(ApplicationView);
  const View = Type.Ref('Application');
  const view = async (row: Parameters<typeof viewApplications>[1][number], history = true) => (await viewApplications(db, [row], { ...settings, history }))[0]!;
  const mine = async (userId: string) => {
    const row = await findLatestApplication(db, userId);
    if (!row) throw new AppError('not_found', 'no_application', 'You have not started an application yet');
    return row;
  };
  const applicantOnly = (request: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(request);
    if (actor.sellerId) throw new AppError('conflict', 'already_seller', 'You already belong to a seller organisation');
    return actor.userId;
  };

  app.get('/api/v1/seller/application', { config: { access: ['seller'] }, schema: { tags: ['applications'], summary: 'Your application to sell on Gateway', response: { 200: View, ...errorResponses } } }, async (request) =>
    view(await mine(actorOf(request).userId)),
  );

  app.put(
    '/api/v1/seller/application',
    { config: { access: ['seller'] }, schema: { tags: ['applications'], summary: 'Save your application as a draft (any subset of fields)', body: Type.Partial(Fields), response: { 200: View, ...errorResponses } } },
    async (request) => view(await saveApplication({ ...contextOf(db, request), db }, applicantOnly(request), request.body)),
  );

  app.post(
    '/api/v1/seller/application/attachments',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['applications'],
        summary: 'Attach a document uploaded with POST /api/v1/media/documents',
        body: Type.Object({ kind: enumOf(['trademark_registration', 'trademark_authorisation', 'food_facility_registration', 'other'] as const), mediaId: Type.String({ pattern: '^med_[0-9a-z]{26}$' }) }, { additionalProperties: false }),
        response: { 200: View, ...errorResponses },
      },
    },
    async (request) => {
      const userId = applicantOnly(request);
      await attachDocument({ ...contextOf(db, request), db }, userId, request.body);
      return view(await mine(userId));
    },
  );

  app.delete(
    '/api/v1/seller/application/attachments/:attachmentId',
    { config: { access: ['seller'] }, schema: { tags: ['applications'], summary: 'Remove a document', params: Type.Object({ attachmentId: Type.String({ pattern: '^att_[0-9a-z]{26}$' }) }), response: { 200: View, ...errorResponses } } },
    async (request) => {
      const userId = applicantOnly(request);
      await detachDocument({ ...contextOf(db, request), db }, userId, request.params.attachmentId);
      return view(await mine(userId));
    },
  );

  app.post(
    '/api/v1/seller/application/submit',
    { config: { access: ['seller'] }, schema: { tags: ['applications'], summary: 'Submit for review (400 application_incomplete lists what is missing)', response: { 200: View, ...errorResponses } } },
    async (request) => view(await submitApplication({ ...contextOf(db, request), db }, applicantOnly(request), settings)),
  );

  app.get(
    '/api/v1/ops/applications',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['applications'],
        summary: 'The review queue, newest first',
        querystring: Type.Intersect([PageQuery, Type.Object({ status: Type.Optional(enumOf(['draft', 'submitted', 'changes_requested', 'approved', 'rejected'] as const)), q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) })]),
        response: { 200: Type.Object({ items: Type.Array(View), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, cursor, ...filter } = request.query;
      const rows = await listApplications(db, filter, limit + 1, cursor);
      const page = rows.slice(0, limit);
      return { items: await viewApplications(db, page, { ...settings, history: false }), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
    },
  );

  app.get('/api/v1/ops/applications/:applicationId', { config: { access: ['operator'] }, schema: { tags: ['applications'], summary: 'One application with its history', params: AppId, response: { 200: View, ...errorResponses } } }, async (request) => {
    const row = await findApplication(db, request.params.applicationId);
    if (!row) throw notFound('Application');
    return view(row);
  });

  const decisions = [
    ['approve', 'Approve: creates the seller organisation, owned by the applicant', Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false })],
    ['request-changes', 'Send back to the applicant with what to change', Reason],
    ['reject', 'Reject, with the reason the applicant will see', Reason],
  ] as const;
  for (const [path, summary, body] of decisions) {
    app.post(
      `/api/v1/ops/applications/:applicationId/${path}`,
      { config: { access: ['operator'] }, schema: { tags: ['applications'], summary, params: AppId, body, response: { 200: View, ...errorResponses } } },
      async (request) => {
        const b = request.body as { reason?: string; note?: string };
        const decided = await decideApplication({ ...contextOf(db, request), db }, { applicationId: request.params.applicationId, decision: path === 'request-changes' ? 'request_changes' : path, reason: b.reason ?? b.note });
        return view(decided);
      },
    );
  }
}
