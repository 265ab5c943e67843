import type { DbOrTrx } from '../../db/database.js';
import type { SellerInvitationsTable, SellerMembersTable, SellersTable } from '../../db/schema.js';

export async function insertSeller(db: DbOrTrx, seller: SellersTable): Promise<void> {
  await db.insertInto('sellers').values(seller).execute();
}

export async function insertMember(db: DbOrTrx, member: SellerMembersTable): Promise<void> {
  await db.insertInto('seller_members').values(member).execute();
}

export const findSeller = (db: DbOrTrx, id: string) => db.selectFrom('sellers').selectAll().where('id', '=', id).executeTakeFirst();

/** A store's status and when its profile last changed: what a cached store view is checked against. */
export const findSellerStamp = (db: DbOrTrx, id: string) => db.selectFrom('sellers').select(['id', 'status', 'updated_at']).where('id', '=', id).executeTakeFirst();

export const findSellerByLegalName = (db: DbOrTrx, legalName: string) =>
  db.selectFrom('sellers').selectAll().where('legal_name', '=', legalName).executeTakeFirst();

export const findMembership = (db: DbOrTrx, userId: string) =>
  db.selectFrom('seller_members').select(['seller_id', 'role']).where('user_id', '=', userId).executeTakeFirst();

export const listMembers = (db: DbOrTrx, sellerId: string) =>
  db.selectFrom('seller_members').selectAll().where('seller_id', '=', sellerId).orderBy('created_at').execute();

export async function listSellers(db: DbOrTrx, filter: { q?: string | undefined; status?: SellersTable['status'] | undefined }, limit: number, cursor?: string) {
  let q = db
    .selectFrom('sellers')
    .selectAll('sellers')
    .select((eb) => eb.selectFrom('seller_members').select(eb.fn.countAll<number>().as('n')).whereRef('seller_members.seller_id', '=', 'sellers.id').as('member_count'));
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, '')}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['legal_name']), 'like', like), eb(eb.fn('lower', ['trade_name']), 'like', like), eb(eb.fn('lower', ['state']), 'like', like)]));
  }
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export async function updateSeller(db: DbOrTrx, id: string, changes: Partial<SellersTable>): Promise<void> {
  await db.updateTable('sellers').set(changes).where('id', '=', id).execute();
}

export async function insertInvitation(db: DbOrTrx, row: SellerInvitationsTable): Promise<void> {
  await db.insertInto('seller_invitations').values(row).execute();
}

export const listInvitations = (db: DbOrTrx, sellerId: string) =>
  db.selectFrom('seller_invitations').selectAll().where('seller_id', '=', sellerId).orderBy('created_at', 'desc').limit(200).execute();

export const findInvitation = (db: DbOrTrx, sellerId: string, id: string) =>
  db.selectFrom('seller_invitations').selectAll().where('seller_id', '=', sellerId).where('id', '=', id).executeTakeFirst();

export const findInvitationByTokenHash = (db: DbOrTrx, tokenHash: string) =>
  db.selectFrom('seller_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

/** Marks an open invitation accepted; false when someone else won (accepted or revoked meanwhile). */
export async function acceptInvitationRow(db: DbOrTrx, id: string, userId: string, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('seller_invitations')
    .set({ accepted_at: nowIso, accepted_by: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function revokeInvitationRow(db: DbOrTrx, id: string, nowIso: string): Promise<boolean> {
  const r = await db.updateTable('seller_invitations').set({ revoked_at: nowIso }).where('id', '=', id).where('accepted_at', 'is', null).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
