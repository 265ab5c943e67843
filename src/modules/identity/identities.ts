// A shopper's verified identities (DOMAIN.md §6): add one with its separate consent, list them masked,
// remove one (withdrawing the consent), and, for checkout, find one and read its ID number on need.
import type { Db, DbOrTrx, Engine } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { ID_CONSENT_VERSION } from './notices.js';
import { piiCipher } from './pii-cipher.js';
import {
  countActiveIdentities,
  findActiveIdentityRow,
  findIdentityByHash,
  findSealedIdNumber,
  insertConsent,
  insertIdentity,
  listActiveIdentityRows,
  listCurrentConsents,
  lockAccountIdentities,
  markIdentityRemoved,
  reactivateIdentity,
  withdrawConsents,
  type IdentityRow,
} from './repo.js';
import { checkResidentId, maskIdNumber, maskMobile } from './resident-id.js';

export const MAX_ACTIVE_IDENTITIES = 5;
export const CONSENT_PURPOSE = 'customs_declaration';

export type NewIdentity = { realName: string; idNumber: string; mobile: string; consent: { noticeVersion: string; accepted: boolean } };
export type IdentityView = {
  id: string;
  realName: string;
  idNumberMasked: string;
  mobileMasked: string;
  createdAt: string;
  consent: { noticeVersion: string; consentedAt: string };
};

// Customs wants the name as on the ID card: Chinese characters, with a middle dot between the parts
// of a transliterated or minority name. Look-alike dots are folded into U+00B7.
const NAME = /^\p{Script=Han}+(·\p{Script=Han}+)*$/u;
const MOBILE = /^1[3-9]\d{9}$/;

type Checked = { realName: string; idNumber: string; mobile: string };

/** All field problems at once (the message names the first); the ID number is never echoed back. */
function checkNewIdentity(input: NewIdentity, now: Date): Checked {
  const fields: Array<{ field: string; message: string }> = [];
  const realName = input.realName.trim().replace(/[・•‧･]/g, '·');
  const length = [...realName].length;
  if (length < 2 || length > 30 || !NAME.test(realName)) {
    fields.push({ field: 'realName', message: 'must be your name as on your ID card: 2–30 Chinese characters, parts joined by a middle dot (·) if any' });
  }
  const id = checkResidentId(input.idNumber, now);
  if (!id.ok) fields.push({ field: 'idNumber', message: `${id.message} (${id.reason})` });
  const mobile = input.mobile.trim();
  if (!MOBILE.test(mobile)) fields.push({ field: 'mobile', message: 'must be a mainland China mobile number: 11 digits starting 13–19' });
  if (input.consent.accepted !== true) {
    fields.push({ field: 'consent', message: 'you must accept the notice on processing your ID number for customs declaration' });
  } else if (input.consent.noticeVersion !== ID_CONSENT_VERSION) {
    fields.push({ field: 'consent', message: `the notice accepted is not the current one (${ID_CONSENT_VERSION}): reload it and accept again` });
  }
  const first = fields[0];
  if (first || !id.ok) throw new AppError('invalid', 'invalid_request', first ? `${first.field}: ${first.message}` : 'invalid', { fields });
  return { realName, idNumber: id.idNumber, mobile };
}

const viewOf = (row: IdentityRow, consent: { notice_version: string; consented_at: string }): IdentityView => ({
  id: row.id,
  realName: row.real_name,
  idNumberMasked: row.id_number_masked,
  mobileMasked: maskMobile(row.mobile),
  createdAt: row.created_at,
  consent: { noticeVersion: consent.notice_version, consentedAt: consent.consented_at },
});

const isUniqueViolation = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/**
 * Adds an identity with its consent and audit entry in one transaction. The same ID number again on
 * the account: 409, unless the earlier one was removed, which is then brought back with the new
 * name, mobile and consent (the unique (user, hash) row keeps one identity per person per account).
 */
export async function addIdentity(ctx: Ctx & { db: Db }, engine: Engine, piiKey: string, userId: string, input: NewIdentity): Promise<IdentityView> {
  const checked = checkNewIdentity(input, ctx.now);
  const cipher = piiCipher(piiKey);
  const hash = cipher.lookupHash(checked.idNumber);
  const at = ctx.now.toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await lockAccountIdentities(trx, engine, userId);
      const existing = await findIdentityByHash(trx, userId, hash);
      if (existing?.status === 'active') throw conflict('identity_exists', 'idNumber: this ID number is already among your identities', { identityId: existing.id });
      if ((await countActiveIdentities(trx, userId)) >= MAX_ACTIVE_IDENTITIES) {
        throw conflict('too_many_identities', `You can keep at most ${MAX_ACTIVE_IDENTITIES} identities: remove one first`, { max: MAX_ACTIVE_IDENTITIES });
      }
      const sealed = { real_name: checked.realName, mobile: checked.mobile, id_number_enc: cipher.encrypt(checked.idNumber), id_number_masked: maskIdNumber(checked.idNumber), updated_at: at };
      let row: IdentityRow;
      if (existing) {
        if (!(await reactivateIdentity(trx, existing.id, sealed))) throw conflict('identity_exists', 'idNumber: this ID number is already among your identities');
        row = { ...existing, ...sealed, status: 'active', removed_at: null };
      } else {
        row = { id: newId('sid'), user_id: userId, id_number_hash: hash, status: 'active', created_at: at, removed_at: null, ...sealed };
        await insertIdentity(trx, row);
      }
      const consent = { id: newId('cns'), user_id: userId, identity_id: row.id, purpose: CONSENT_PURPOSE, notice_version: ID_CONSENT_VERSION, consented_at: at, withdrawn_at: null };
      await insertConsent(trx, consent);
      // Neither the ID number nor its hash nor the name goes in the trail: the identity id points to them.
      await recordAudit({ ...ctx, db: trx }, {
        action: existing ? 'identity.reactivated' : 'identity.added',
        subjectType: 'shopper_identity',
        subjectId: row.id,
        data: { consentId: consent.id, purpose: CONSENT_PURPOSE, noticeVersion: ID_CONSENT_VERSION },
      });
      return viewOf(row, consent);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('identity_exists', 'idNumber: this ID number is already among your identities');
    throw err;
  }
}

export async function listIdentities(db: DbOrTrx, userId: string): Promise<IdentityView[]> {
  const rows = await listActiveIdentityRows(db, userId);
  const consents = await listCurrentConsents(db, rows.map((r) => r.id));
  return rows.flatMap((row) => {
    const consent = consents.find((c) => c.identity_id === row.id);
    // An active identity always has a consent in force; one without would be a bug, never shown as usable.
    return consent ? [viewOf(row, consent)] : [];
  });
}

/** Removes an identity of the caller's and withdraws its consent; anyone else's id: not found. */
export async function removeIdentity(ctx: Ctx & { db: Db }, userId: string, identityId: string): Promise<void> {
  const at = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await markIdentityRemoved(trx, userId, identityId, at))) throw notFound('Identity');
    await withdrawConsents(trx, identityId, at);
    await recordAudit({ ...ctx, db: trx }, { action: 'identity.removed', subjectType: 'shopper_identity', subjectId: identityId, data: { consentWithdrawn: true } });
  });
}

export type ActiveIdentity = { id: string; realName: string; idNumberHash: string; idNumberMasked: string; mobile: string };

/** For checkout: one of this shopper's active identities, without the ID number itself. */
export async function findActiveIdentity(db: DbOrTrx, userId: string, identityId: string): Promise<ActiveIdentity | undefined> {
  const row = await findActiveIdentityRow(db, userId, identityId);
  return row && { id: row.id, realName: row.real_name, idNumberHash: row.id_number_hash, idNumberMasked: row.id_number_masked, mobile: row.mobile };
}

/** The shopper's most recently added active identity: the buyer the cart assumes until one is chosen. */
export async function latestActiveIdentity(db: DbOrTrx, userId: string): Promise<ActiveIdentity | undefined> {
  const row = await db.selectFrom('shopper_identities').selectAll().where('user_id', '=', userId).where('status', '=', 'active').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row && { id: row.id, realName: row.real_name, idNumberHash: row.id_number_hash, idNumberMasked: row.id_number_masked, mobile: row.mobile };
}

/**
 * The clear ID number, for the one purpose given (e.g. 'customs_declaration:ord_…'), and an audit
 * entry saying who read it and why (DOMAIN.md §6: every access logged). The caller checks ownership
 * first (findActiveIdentity); a removed identity still reads, since orders declared before removal
 * may need it. Run it in the caller's transaction to commit the entry with what the read was for.
 */
export async function revealIdNumber(ctx: Ctx, identityId: string, purpose: string, piiKey: string): Promise<string> {
  if (!purpose.trim()) throw new Error('revealIdNumber needs a purpose');
  const row = await findSealedIdNumber(ctx.db, identityId);
  if (!row) throw notFound('Identity');
  const idNumber = piiCipher(piiKey).decrypt(row.id_number_enc);
  await recordAudit(ctx, { action: 'identity.id_number_read', subjectType: 'shopper_identity', subjectId: identityId, data: { purpose } });
  return idNumber;
}

/** The keyed hash the annual limit and the payer check compare (the clear number stays with the caller). */
export const idNumberLookupHash = (piiKey: string, idNumber: string): string => piiCipher(piiKey).lookupHash(idNumber);
