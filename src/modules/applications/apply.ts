// The applicant's side: a draft saved as they go, documents attached, then submitted for review.
import type { Db } from '../../db/database.js';
import type { ApplicationAttachmentsTable, SellerApplicationsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { findMediaForOwner } from '../media/index.js';
import { CATEGORIES } from '../products/index.js';
import { deleteAttachment, findLatestApplication, insertApplication, insertAttachment, listAttachments, updateApplicationIn } from './repo.js';
import { EDITABLE, missingForSubmit, validEin } from './rules.js';

export type ApplicationFields = Partial<{
  legalName: string;
  tradeName: string;
  ein: string;
  state: string;
  city: string;
  businessType: NonNullable<SellerApplicationsTable['business_type']>;
  yearFounded: number;
  headcount: number;
  website: string;
  productsDescription: string;
  categories: string[];
  chinaExperience: NonNullable<SellerApplicationsTable['china_experience']>;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  foodFacilityNumber: string;
}>;

export const FOOD_CATEGORIES = CATEGORIES.filter((c) => c.food).map((c) => c.code);

function columnsOf(f: ApplicationFields): Partial<SellerApplicationsTable> {
  const text = (v: string | undefined) => (v === undefined ? undefined : v.trim() || null);
  const out: Partial<SellerApplicationsTable> = {
    legal_name: text(f.legalName),
    trade_name: text(f.tradeName),
    ein: f.ein === undefined ? undefined : f.ein.trim() ? f.ein.trim().replace(/^(\d{2})(\d{7})$/, '$1-$2') : null,
    state: text(f.state),
    city: text(f.city),
    business_type: f.businessType,
    year_founded: f.yearFounded,
    headcount: f.headcount,
    website: text(f.website),
    products_description: text(f.productsDescription),
    categories: f.categories === undefined ? undefined : JSON.stringify([...new Set(f.categories)]),
    china_experience: f.chinaExperience,
    contact_name: text(f.contactName),
    contact_email: f.contactEmail === undefined ? undefined : f.contactEmail.trim().toLowerCase() || null,
    contact_phone: text(f.contactPhone),
    food_facility_number: text(f.foodFacilityNumber),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/** Creates the applicant's draft, or updates it while it is still editable. */
export async function saveApplication(ctx: Ctx & { db: Db }, userId: string, fields: ApplicationFields): Promise<SellerApplicationsTable> {
  if (fields.ein && !validEin(fields.ein.trim())) throw invalidField('ein', 'must be a US EIN like 12-3456789');
  if (fields.yearFounded !== undefined && fields.yearFounded > ctx.now.getUTCFullYear()) throw invalidField('yearFounded', 'cannot be in the future');
  const now = ctx.now.toISOString();
  const current = await findLatestApplication(ctx.db, userId);
  if (!current || current.status === 'rejected') {
    const row: SellerApplicationsTable = {
      id: newId('app'), applicant_user_id: userId, status: 'draft', legal_name: null, trade_name: null, ein: null, state: null, city: null, business_type: null,
      year_founded: null, headcount: null, website: null, products_description: null, categories: '[]', china_experience: null, contact_name: null,
      contact_email: null, contact_phone: null, food_facility_number: null, decision_reason: null, submitted_at: null, decided_at: null, decided_by: null,
      seller_id: null, created_at: now, updated_at: now, ...columnsOf(fields),
    };
    await ctx.db.transaction().execute(async (trx) => {
      await insertApplication(trx, row);
      await recordAudit({ ...ctx, db: trx }, { action: 'application.started', subjectType: 'application', subjectId: row.id });
    });
    return row;
  }
  if (!EDITABLE.includes(current.status)) throw conflict('application_locked', `The application is ${current.status.replace('_', ' ')} and cannot be edited now`);
  const changes = { ...columnsOf(fields), updated_at: now };
  if (!(await updateApplicationIn(ctx.db, current.id, EDITABLE, changes))) throw conflict('application_locked', 'The application changed state; reload it');
  return { ...current, ...changes };
}

async function editableApplication(ctx: Ctx & { db: Db }, userId: string): Promise<SellerApplicationsTable> {
  const app = await findLatestApplication(ctx.db, userId);
  if (!app) throw new AppError('not_found', 'no_application', 'Start your application first');
  if (!EDITABLE.includes(app.status)) throw conflict('application_locked', `The application is ${app.status.replace('_', ' ')} and cannot be edited now`);
  return app;
}

export async function attachDocument(ctx: Ctx & { db: Db }, userId: string, input: { kind: ApplicationAttachmentsTable['kind']; mediaId: string }): Promise<void> {
  const app = await editableApplication(ctx, userId);
  const [doc] = await findMediaForOwner(ctx.db, { ids: [input.mediaId], ownerKind: 'user', ownerId: userId, purpose: 'application_attachment' });
  if (!doc) throw invalidField('mediaId', 'is not a document you uploaded');
  const existing = await listAttachments(ctx.db, [app.id]);
  if (existing.some((a) => a.media_id === input.mediaId)) throw conflict('already_attached', 'This document is already attached');
  if (existing.length >= 20) throw conflict('too_many_attachments', 'At most 20 documents per application');
  await ctx.db.transaction().execute(async (trx) => {
    await insertAttachment(trx, { id: newId('att'), application_id: app.id, kind: input.kind, media_id: input.mediaId, created_at: ctx.now.toISOString() });
    await recordAudit({ ...ctx, db: trx }, { action: 'application.document_attached', subjectType: 'application', subjectId: app.id, data: { kind: input.kind } });
  });
}

export async function detachDocument(ctx: Ctx & { db: Db }, userId: string, attachmentId: string): Promise<void> {
  const app = await editableApplication(ctx, userId);
  if (!(await deleteAttachment(ctx.db, app.id, attachmentId))) throw notFound('Attachment');
}

export async function submitApplication(ctx: Ctx & { db: Db }, userId: string, settings: { foodFacilityRequired: boolean }): Promise<SellerApplicationsTable> {
  const app = await editableApplication(ctx, userId);
  const missing = missingForSubmit(app, await listAttachments(ctx.db, [app.id]), { ...settings, foodCategories: FOOD_CATEGORIES });
  if (missing.length > 0) {
    throw new AppError('invalid', 'application_incomplete', `${missing.length} thing(s) missing: ${missing.map((m) => m.message).join('; ')}`, { fields: missing });
  }
  const now = ctx.now.toISOString();
  const changes = { status: 'submitted' as const, submitted_at: now, updated_at: now };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateApplicationIn(trx, app.id, EDITABLE, changes))) throw conflict('application_locked', 'The application changed state; reload it');
    await recordAudit({ ...ctx, db: trx }, { action: 'application.submitted', subjectType: 'application', subjectId: app.id });
  });
  return { ...app, ...changes };
}
