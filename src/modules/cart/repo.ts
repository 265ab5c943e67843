// SQL for carts and their lines; this module's own tables only.
import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { CartLinesTable, CartsTable } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';

export const MAX_QUANTITY = 99;

export const findCartOfUser = (db: DbOrTrx, userId: string) => db.selectFrom('carts').selectAll().where('user_id', '=', userId).executeTakeFirst();

export const findCartOfToken = (db: DbOrTrx, tokenHash: string) => db.selectFrom('carts').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export async function insertCart(db: DbOrTrx, row: CartsTable): Promise<void> {
  await db.insertInto('carts').values(row).execute();
}

/** A user's cart, created on first use; two first requests at once both get the one cart. */
export async function ensureUserCart(db: DbOrTrx, userId: string, now: string): Promise<CartsTable> {
  await db
    .insertInto('carts')
    .values({ id: newId('crt'), user_id: userId, token_hash: null, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  return (await findCartOfUser(db, userId))!;
}

/** Deletes a cart (its lines go with it); false when another request deleted it first. */
export async function deleteCart(db: DbOrTrx, cartId: string): Promise<boolean> {
  const result = await db.deleteFrom('carts').where('id', '=', cartId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export const touchCart = (db: DbOrTrx, cartId: string, now: string) => db.updateTable('carts').set({ updated_at: now }).where('id', '=', cartId).execute();

export const listLines = (db: DbOrTrx, cartId: string) => db.selectFrom('cart_lines').selectAll().where('cart_id', '=', cartId).orderBy('id').execute();

export const findLine = (db: DbOrTrx, cartId: string, lineId: string) =>
  db.selectFrom('cart_lines').selectAll().where('cart_id', '=', cartId).where('id', '=', lineId).executeTakeFirst();

export const findLineOf = (db: DbOrTrx, cartId: string, variantId: string, mode: string) =>
  db.selectFrom('cart_lines').selectAll().where('cart_id', '=', cartId).where('variant_id', '=', variantId).where('mode', '=', mode as CartLinesTable['mode']).executeTakeFirst();

export async function countLines(db: DbOrTrx, cartId: string): Promise<{ lines: number; items: number }> {
  const row = await db
    .selectFrom('cart_lines')
    .select((eb) => [eb.fn.countAll<number | string>().as('lines'), eb.fn.sum<number | string | null>('quantity').as('items')])
    .where('cart_id', '=', cartId)
    .executeTakeFirstOrThrow();
  return { lines: Number(row.lines), items: Number(row.items ?? 0) };
}

/**
 * Adds a line, or adds its quantity to the line of the same variant and mode, capped at MAX_QUANTITY,
 * in one statement so two adds at once both count.
 */
export async function upsertLine(db: DbOrTrx, row: CartLinesTable): Promise<void> {
  const sum = sql<number>`cart_lines.quantity + excluded.quantity`;
  await db
    .insertInto('cart_lines')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['cart_id', 'variant_id', 'mode']).doUpdateSet({
        quantity: sql<number>`case when ${sum} > ${MAX_QUANTITY} then ${MAX_QUANTITY} else ${sum} end`,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function updateLineQuantity(db: DbOrTrx, cartId: string, lineId: string, quantity: number, now: string): Promise<boolean> {
  const result = await db.updateTable('cart_lines').set({ quantity, updated_at: now }).where('cart_id', '=', cartId).where('id', '=', lineId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteLine(db: DbOrTrx, cartId: string, lineId: string): Promise<boolean> {
  const result = await db.deleteFrom('cart_lines').where('cart_id', '=', cartId).where('id', '=', lineId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
