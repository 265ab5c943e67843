import { Type } from 'typebox';
import type { DbOrTrx } from '../../db/database.js';
import type { SellerApplicationsTable } from '../../db/schema.js';
import { findUsersByIds } from '../accounts/index.js';
import { listAuditTrail } from '../audit/index.js';
import { documentUrl, findMediaForOwner } from '../media/index.js';
import { listAttachments } from './repo.js';
import { FOOD_CATEGORIES } from './apply.js';
import { missingForSubmit } from './rules.js';

const Str = Type.Union([Type.String(), Type.Null()]);
const Int = Type.Union([Type.Integer(), Type.Null()]);
export const ApplicationView = Type.Object(
  {
    id: Type.String(),
    status: Type.String(),
    legalName: Str, tradeName: Str, ein: Str, state: Str, city: Str, businessType: Str, yearFounded: Int, headcount: Int, website: Str,
    productsDescription: Str, categories: Type.Array(Type.String()), chinaExperience: Str, contactName: Str, contactEmail: Str, contactPhone: Str, foodFacilityNumber: Str,
    attachments: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), mediaId: Type.String(), originalName: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), downloadUrl: Type.String() })),
    decisionReason: Str, submittedAt: Str, decidedAt: Str, sellerId: Str,
    missing: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    history: Type.Optional(Type.Array(Type.Object({ action: Type.String(), at: Type.String(), actorName: Str, actorRole: Str, reason: Str }))),
    applicant: Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'Application' },
);

export async function viewApplications(db: DbOrTrx, apps: SellerApplicationsTable[], options: { foodFacilityRequired: boolean; history: boolean }) {
  const attachments = await listAttachments(db, apps.map((a) => a.id));
  const users = new Map((await findUsersByIds(db, [...new Set(apps.map((a) => a.applicant_user_id))])).map((u) => [u.id, u]));
  return Promise.all(
    apps.map(async (a) => {
      const mine = attachments.filter((x) => x.application_id === a.id);
      const docs = new Map((await findMediaForOwner(db, { ids: mine.map((x) => x.media_id), ownerKind: 'user', ownerId: a.applicant_user_id, purpose: 'application_attachment' })).map((m) => [m.id, m]));
      const applicant = users.get(a.applicant_user_id);
      return {
        id: a.id,
        status: a.status,
        legalName: a.legal_name, tradeName: a.trade_name, ein: a.ein, state: a.state, city: a.city, businessType: a.business_type, yearFounded: a.year_founded,
        headcount: a.headcount, website: a.website, productsDescription: a.products_description, categories: JSON.parse(a.categories) as string[],
        chinaExperience: a.china_experience, contactName: a.contact_name, contactEmail: a.contact_email, contactPhone: a.contact_phone, foodFacilityNumber: a.food_facility_number,
        attachments: mine.flatMap((x) => {
          const m = docs.get(x.media_id);
          return m ? [{ id: x.id, kind: x.kind, mediaId: m.id, originalName: m.original_name ?? 'document', contentType: m.content_type, sizeBytes: Number(m.size_bytes), downloadUrl: documentUrl(m) }] : [];
        }),
        decisionReason: a.decision_reason, submittedAt: a.submitted_at, decidedAt: a.decided_at, sellerId: a.seller_id,
        missing: a.status === 'draft' || a.status === 'changes_requested' ? missingForSubmit(a, mine, { foodFacilityRequired: options.foodFacilityRequired, foodCategories: FOOD_CATEGORIES }) : [],
        ...(options.history ? { history: await historyOf(db, a.id) } : {}),
        applicant: { id: a.applicant_user_id, name: applicant?.name ?? '', email: applicant?.email ?? '' },
        createdAt: a.created_at,
        updatedAt: a.updated_at,
      };
    }),
  );
}

async function historyOf(db: DbOrTrx, applicationId: string) {
  const trail = await listAuditTrail(db, 'application', applicationId);
  const actors = new Map((await findUsersByIds(db, [...new Set(trail.flatMap((t) => (t.actor_id ? [t.actor_id] : [])))])).map((u) => [u.id, u.name]));
  return trail.map((t) => {
    const data = t.data ? (JSON.parse(t.data) as Record<string, unknown>) : {};
    return { action: t.action.replace(/^application\./, ''), at: t.created_at, actorName: t.actor_id ? (actors.get(t.actor_id) ?? null) : null, actorRole: t.actor_role, reason: typeof data['reason'] === 'string' ? data['reason'] : null };
  });
}
