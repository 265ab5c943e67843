// SQL for the address book; this module's own table only. Every query is scoped to one user and, unless
// it says otherwise, to addresses not deleted.
import type { DbOrTrx } from '../../db/database.js';
import type { ShopperAddressesTable } from '../../db/schema.js';

export type AddressRow = ShopperAddressesTable;
export type AddressChanges = Partial<Pick<AddressRow, 'recipient' | 'phone' | 'province' | 'city' | 'district' | 'street' | 'postcode'>>;

const live = (db: DbOrTrx, userId: string) => db.selectFrom('shopper_addresses').selectAll().where('user_id', '=', userId).where('deleted_at', 'is', null);

export const findAddress = (db: DbOrTrx, userId: string, addressId: string): Promise<AddressRow | undefined> => live(db, userId).where('id', '=', addressId).executeTakeFirst();

/** Newest first (ids are time-sortable, so they break ties between rows of the same millisecond). */
export const listLiveAddresses = (db: DbOrTrx, userId: string): Promise<AddressRow[]> => live(db, userId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();

/** The default: the live address made default most recently (the migration's rule; no flag elsewhere). */
export const findDefaultAddress = (db: DbOrTrx, userId: string): Promise<AddressRow | undefined> =>
  live(db, userId).where('made_default_at', 'is not', null).orderBy('made_default_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();

export async function countLiveAddresses(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('shopper_addresses')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Serialises one user's address-book writes: a no-op update takes the row locks of their live addresses
 * (SQLite's write lock does it anyway), so two requests at once cannot both pass the 20-address limit or
 * both pick the next default on PostgreSQL. Read-committed statements after it see the winner's rows.
 */
export async function lockAddressBook(db: DbOrTrx, userId: string): Promise<void> {
  await db.updateTable('shopper_addresses').set((eb) => ({ user_id: eb.ref('user_id') })).where('user_id', '=', userId).where('deleted_at', 'is', null).execute();
}

export async function insertAddress(db: DbOrTrx, row: AddressRow): Promise<void> {
  await db.insertInto('shopper_addresses').values(row).execute();
}

export async function updateAddress(db: DbOrTrx, userId: string, addressId: string, changes: AddressChanges, now: string): Promise<boolean> {
  const result = await db
    .updateTable('shopper_addresses')
    .set({ ...changes, updated_at: now })
    .where('user_id', '=', userId)
    .where('id', '=', addressId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setMadeDefaultAt(db: DbOrTrx, userId: string, addressId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('shopper_addresses')
    .set({ made_default_at: at, updated_at: at })
    .where('user_id', '=', userId)
    .where('id', '=', addressId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Soft delete; false when the address was already deleted (or is not the user's). */
export async function markDeleted(db: DbOrTrx, userId: string, addressId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('shopper_addresses')
    .set({ deleted_at: now, updated_at: now })
    .where('user_id', '=', userId)
    .where('id', '=', addressId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
