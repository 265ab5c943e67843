// SQL on this module's own tables: shopper_identities, identity_consents, risk_notice_confirmations.
// Every identity query is scoped by user_id, so another shopper's id simply finds nothing.
import { sql } from 'kysely';
import type { DbOrTrx, Engine } from '../../db/database.js';
import type { IdentityConsentsTable, ShopperIdentitiesTable } from '../../db/schema.js';

export type IdentityRow = ShopperIdentitiesTable;
export type ConsentRow = IdentityConsentsTable;

/**
 * Serialises one account's identity writes, so two concurrent adds cannot both pass the "at most 5"
 * count. SQLite runs one write transaction at a time already; PostgreSQL takes a transaction-scoped
 * advisory lock keyed on the account (short timeout: a stuck lock fails the request, not the server).
 */
export async function lockAccountIdentities(trx: DbOrTrx, engine: Engine, userId: string): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`set local lock_timeout = '5s'`.execute(trx);
  await sql`select pg_advisory_xact_lock(hashtext('shopper_identities'), hashtext(${userId}))`.execute(trx);
}

export const findIdentityByHash = (db: DbOrTrx, userId: string, hash: string) =>
  db.selectFrom('shopper_identities').selectAll().where('user_id', '=', userId).where('id_number_hash', '=', hash).executeTakeFirst();

export const findActiveIdentityRow = (db: DbOrTrx, userId: string, id: string) =>
  db.selectFrom('shopper_identities').selectAll().where('user_id', '=', userId).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();

export const findSealedIdNumber = (db: DbOrTrx, id: string) =>
  db.selectFrom('shopper_identities').select(['id', 'id_number_enc']).where('id', '=', id).executeTakeFirst();

export async function countActiveIdentities(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('shopper_identities')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listActiveIdentityRows = (db: DbOrTrx, userId: string) =>
  db.selectFrom('shopper_identities').selectAll().where('user_id', '=', userId).where('status', '=', 'active').orderBy('created_at').orderBy('id').execute();

export async function insertIdentity(db: DbOrTrx, row: IdentityRow): Promise<void> {
  await db.insertInto('shopper_identities').values(row).execute();
}

/** Brings a removed identity back with new details; only matches a removed row. */
export async function reactivateIdentity(
  db: DbOrTrx,
  id: string,
  fields: Pick<IdentityRow, 'real_name' | 'mobile' | 'id_number_enc' | 'id_number_masked' | 'updated_at'>,
): Promise<boolean> {
  const res = await db
    .updateTable('shopper_identities')
    .set({ ...fields, status: 'active', removed_at: null })
    .where('id', '=', id)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function markIdentityRemoved(db: DbOrTrx, userId: string, id: string, at: string): Promise<boolean> {
  const res = await db
    .updateTable('shopper_identities')
    .set({ status: 'removed', removed_at: at, updated_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertConsent(db: DbOrTrx, row: ConsentRow): Promise<void> {
  await db.insertInto('identity_consents').values(row).execute();
}

export async function withdrawConsents(db: DbOrTrx, identityId: string, at: string): Promise<void> {
  await db.updateTable('identity_consents').set({ withdrawn_at: at }).where('identity_id', '=', identityId).where('withdrawn_at', 'is', null).execute();
}

/** The consents in force (not withdrawn) for these identities, newest first. */
export const listCurrentConsents = (db: DbOrTrx, identityIds: string[]) =>
  identityIds.length === 0
    ? Promise.resolve([] as ConsentRow[])
    : db.selectFrom('identity_consents').selectAll().where('identity_id', 'in', identityIds).where('withdrawn_at', 'is', null).orderBy('consented_at', 'desc').orderBy('id', 'desc').execute();

export const findRiskConfirmation = (db: DbOrTrx, userId: string, version: string) =>
  db.selectFrom('risk_notice_confirmations').selectAll().where('user_id', '=', userId).where('notice_version', '=', version).executeTakeFirst();

/** Inserts unless this account confirmed this version already; true when this call recorded it. */
export async function insertRiskConfirmation(db: DbOrTrx, row: { id: string; user_id: string; notice_version: string; confirmed_at: string }): Promise<boolean> {
  const inserted = await db
    .insertInto('risk_notice_confirmations')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'notice_version']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
