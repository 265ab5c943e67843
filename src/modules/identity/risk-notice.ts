// The risk notice each shopper confirms before a first cross-border order (DOMAIN.md §7), by version:
// a new version of the text needs a new confirmation.
import type { Db, DbOrTrx } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { RISK_NOTICE_VERSION } from './notices.js';
import { findRiskConfirmation, insertRiskConfirmation } from './repo.js';

export type RiskNoticeStatus = { version: string; confirmedAt: string | null };

export async function riskNoticeStatus(db: DbOrTrx, userId: string): Promise<RiskNoticeStatus> {
  const row = await findRiskConfirmation(db, userId, RISK_NOTICE_VERSION);
  return { version: RISK_NOTICE_VERSION, confirmedAt: row?.confirmed_at ?? null };
}

/** For checkout: has this shopper confirmed the notice in force? */
export async function hasConfirmedRiskNotice(db: DbOrTrx, userId: string): Promise<boolean> {
  return (await findRiskConfirmation(db, userId, RISK_NOTICE_VERSION)) !== undefined;
}

/**
 * Records the confirmation of the current version. Idempotent: confirming again keeps and returns
 * the first time (created: false), and only the first is audited.
 */
export async function confirmRiskNotice(ctx: Ctx & { db: Db }, userId: string, version: string): Promise<RiskNoticeStatus & { created: boolean }> {
  if (version !== RISK_NOTICE_VERSION) {
    throw invalidField('version', `is not the current risk notice (${RISK_NOTICE_VERSION}): reload it, read it and confirm again`);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId('rnc');
    const created = await insertRiskConfirmation(trx, { id, user_id: userId, notice_version: version, confirmed_at: ctx.now.toISOString() });
    if (created) await recordAudit({ ...ctx, db: trx }, { action: 'risk_notice.confirmed', subjectType: 'risk_notice_confirmation', subjectId: id, data: { noticeVersion: version } });
    const row = await findRiskConfirmation(trx, userId, version);
    return { version, confirmedAt: row!.confirmed_at, created };
  });
}
