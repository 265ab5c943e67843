// The operator's side: approve (creating the seller organisation, owned by the applicant), ask for
// changes, or reject, each with its reason, atomically and audited.
import type { Db } from '../../db/database.js';
import type { SellerApplicationsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { insertSellerOrganisation } from '../sellers/index.js';
import { findApplication, updateApplicationIn } from './repo.js';
import { DECISIONS, type Decision } from './rules.js';

export async function decideApplication(ctx: Ctx & { db: Db }, input: { applicationId: string; decision: Decision; reason?: string | undefined }): Promise<SellerApplicationsTable> {
  const app = await findApplication(ctx.db, input.applicationId);
  if (!app) throw notFound('Application');
  const rule = DECISIONS[input.decision];
  if (!(rule.from as readonly string[]).includes(app.status)) throw conflict('invalid_transition', `A ${app.status.replace('_', ' ')} application cannot be decided on`, { status: app.status });
  const now = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    let sellerId: string | null = null;
    if (input.decision === 'approve') {
      const seller = await insertSellerOrganisation(tctx, {
        legal_name: app.legal_name ?? '',
        trade_name: app.trade_name ?? app.legal_name ?? '',
        state: app.state ?? '',
        city: app.city ?? '',
        business_type: app.business_type ?? 'small_business',
        ein: app.ein,
        website: app.website,
        food_facility_number: app.food_facility_number,
        store_name_en: app.trade_name,
        ownerUserId: app.applicant_user_id,
      });
      sellerId = seller.id;
    }
    const changes = { status: rule.to, decision_reason: input.reason ?? null, decided_at: now, decided_by: ctx.actor?.userId ?? null, seller_id: sellerId, updated_at: now };
    // Two operators deciding at once: the conditional update lets exactly one win.
    if (!(await updateApplicationIn(trx, app.id, rule.from, changes))) throw conflict('invalid_transition', 'Someone decided on this application a moment ago; reload it');
    await recordAudit(tctx, { action: `application.${rule.to}`, subjectType: 'application', subjectId: app.id, data: { ...(input.reason ? { reason: input.reason } : {}), ...(sellerId ? { sellerId } : {}) } });
    return { ...app, ...changes };
  });
}
