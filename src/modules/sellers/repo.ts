import type { DbOrTrx } from '../../db/database.js';
import type { SellerMembersTable, SellersTable } from '../../db/schema.js';

export async function insertSeller(db: DbOrTrx, seller: SellersTable): Promise<void> {
  await db.insertInto('sellers').values(seller).execute();
}

export async function insertMember(db: DbOrTrx, member: SellerMembersTable): Promise<void> {
  await db.insertInto('seller_members').values(member).execute();
}

export const findSeller = (db: DbOrTrx, id: string) => db.selectFrom('sellers').selectAll().where('id', '=', id).executeTakeFirst();

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
    const like = `%${filter.q.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['legal_name']), 'like', like), eb(eb.fn('lower', ['trade_name']), 'like', like), eb(eb.fn('lower', ['state']), 'like', like)]));
  }
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}
