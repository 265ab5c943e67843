// Reservations: stock an order holds between placement and shipment (or its release on cancellation
// or payment timeout). A reservation is a conditional update of stock_levels.reserved, so
// available = on_hand − reserved can never go below zero however many buyers race for the last unit;
// the orders holding it are the record of who holds what (`npx gateway reconcile` compares the two).
// Run these inside the transaction that records the order, so a refused line undoes the others.
import type { DbOrTrx } from '../../db/database.js';
import type { StockLocation } from '../../db/schema.js';
import { publish } from '../../events.js';
import { newId } from '../../platform/ids.js';

export type Hold = { variantId: string; productId: string; location: StockLocation; quantity: number };

/**
 * Stock rows are always locked in one order (variant, then location): two checkouts holding the same
 * products, added to their carts in different orders, would otherwise deadlock on PostgreSQL.
 */
const inLockOrder = <T extends Hold>(holds: readonly T[]): T[] => [...holds].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : a.location < b.location ? -1 : a.location > b.location ? 1 : 0));

/** Reserves every hold or none: the first that cannot be met is returned with what is available. */
export async function reserveStock(db: DbOrTrx, holds: readonly Hold[], now: Date): Promise<{ ok: true } | { ok: false; refused: Hold; available: number }> {
  const at = now.toISOString();
  for (const h of inLockOrder(holds)) {
    const done = await db
      .updateTable('stock_levels')
      .set((eb) => ({ reserved: eb('reserved', '+', h.quantity), updated_at: at }))
      .where('variant_id', '=', h.variantId)
      .where('location', '=', h.location)
      .where((eb) => eb(eb('on_hand', '-', eb.ref('reserved')), '>=', h.quantity))
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) {
      const row = await db.selectFrom('stock_levels').select(['on_hand', 'reserved']).where('variant_id', '=', h.variantId).where('location', '=', h.location).executeTakeFirst();
      return { ok: false, refused: h, available: row ? Math.max(0, row.on_hand - row.reserved) : 0 };
    }
  }
  await publish(db, 'stock.changed', { productIds: [...new Set(holds.map((h) => h.productId))] }, now);
  return { ok: true };
}

/** Gives reserved stock back (an order cancelled or expired before shipment). */
export async function releaseStock(db: DbOrTrx, holds: readonly Hold[], now: Date): Promise<void> {
  const at = now.toISOString();
  for (const h of inLockOrder(holds)) {
    const done = await db
      .updateTable('stock_levels')
      .set((eb) => ({ reserved: eb('reserved', '-', h.quantity), updated_at: at }))
      .where('variant_id', '=', h.variantId)
      .where('location', '=', h.location)
      .where('reserved', '>=', h.quantity)
      .executeTakeFirst();
    // Releasing more than is reserved means the books disagree: refuse loudly rather than go negative.
    if (Number(done.numUpdatedRows) !== 1) throw new Error(`cannot release ${h.quantity} of ${h.variantId} at ${h.location}: not reserved`);
  }
  await publish(db, 'stock.changed', { productIds: [...new Set(holds.map((h) => h.productId))] }, now);
}

/** Reserved units per variant and location, as the stock table holds them (for reconciliation). */
export const listReserved = (db: DbOrTrx) => db.selectFrom('stock_levels').select(['variant_id', 'location', 'on_hand', 'reserved']).where('reserved', '>', 0).execute();

/**
 * Reserved units leave the warehouse (an order shipped): on_hand and reserved both go down, and the
 * ledger records a 'sold' movement per line.
 */
export async function consumeReserved(db: DbOrTrx, holds: ReadonlyArray<Hold & { sellerId: string }>, actorUserId: string | null, note: string, now: Date): Promise<void> {
  const at = now.toISOString();
  for (const h of inLockOrder(holds)) {
    const updated = await db
      .updateTable('stock_levels')
      .set((eb) => ({ on_hand: eb('on_hand', '-', h.quantity), reserved: eb('reserved', '-', h.quantity), updated_at: at }))
      .where('variant_id', '=', h.variantId)
      .where('location', '=', h.location)
      .where('reserved', '>=', h.quantity)
      .returning(['on_hand'])
      .executeTakeFirst();
    if (!updated) throw new Error(`cannot ship ${h.quantity} of ${h.variantId} at ${h.location}: not reserved`);
    await db
      .insertInto('stock_movements')
      .values({ id: newId('stm'), variant_id: h.variantId, seller_id: h.sellerId, location: h.location, delta: -h.quantity, on_hand_after: updated.on_hand, reason: 'sold', note, actor_user_id: actorUserId, created_at: at })
      .execute();
  }
  await publish(db, 'stock.changed', { productIds: [...new Set(holds.map((h) => h.productId))] }, now);
}
