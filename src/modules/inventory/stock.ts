// Stock levels and their ledger. Every change goes through adjustStock, which moves on_hand by a delta
// with a conditional update (never below what is reserved) and writes the movement beside it.
import type { DbOrTrx } from '../../db/database.js';
import type { ShippingMode, StockLocation, StockReason } from '../../db/schema.js';
import { publish } from '../../events.js';
import { newId } from '../../platform/ids.js';

export const locationOf = (mode: ShippingMode): StockLocation => (mode === '1210' ? 'bonded' : 'us_warehouse');
export const modeOf = (location: StockLocation): ShippingMode => (location === 'bonded' ? '1210' : '9610');

export type Availability = Record<ShippingMode, number>;

/** Units a shopper can buy now, per variant and mode; variants without stock rows have none. */
export async function availableByVariant(db: DbOrTrx, variantIds: string[]): Promise<Map<string, Availability>> {
  const result = new Map<string, Availability>(variantIds.map((id) => [id, { '9610': 0, '1210': 0 }]));
  const unique = [...new Set(variantIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('stock_levels').select(['variant_id', 'location', 'on_hand', 'reserved']).where('variant_id', 'in', unique.slice(i, i + 500)).execute();
    for (const r of rows) {
      const a = result.get(r.variant_id);
      if (a) a[modeOf(r.location)] = Math.max(0, r.on_hand - r.reserved);
    }
  }
  return result;
}

export const listLevels = (db: DbOrTrx, variantIds: string[]) =>
  variantIds.length === 0 ? Promise.resolve([]) : db.selectFrom('stock_levels').selectAll().where('variant_id', 'in', variantIds).execute();

export type Adjustment = { variantId: string; productId: string; sellerId: string; location: StockLocation; delta: number; reason: StockReason; note: string | null };
export type AdjustOutcome = { ok: true; onHand: number; reserved: number; movementId: string } | { ok: false; onHand: number; reserved: number };

/** Moves on_hand by delta unless that would leave less than is reserved; run inside a transaction. */
export async function adjustStock(db: DbOrTrx, a: Adjustment, actorUserId: string | null, now: Date): Promise<AdjustOutcome> {
  const at = now.toISOString();
  await db
    .insertInto('stock_levels')
    .values({ variant_id: a.variantId, seller_id: a.sellerId, location: a.location, on_hand: 0, updated_at: at })
    .onConflict((oc) => oc.columns(['variant_id', 'location']).doNothing())
    .execute();
  const updated = await db
    .updateTable('stock_levels')
    .set((eb) => ({ on_hand: eb('on_hand', '+', a.delta), updated_at: at }))
    .where('variant_id', '=', a.variantId)
    .where('location', '=', a.location)
    .where((eb) => eb(eb('on_hand', '+', a.delta), '>=', eb.ref('reserved')))
    .returning(['on_hand', 'reserved'])
    .executeTakeFirst();
  if (!updated) {
    const row = await db.selectFrom('stock_levels').select(['on_hand', 'reserved']).where('variant_id', '=', a.variantId).where('location', '=', a.location).executeTakeFirstOrThrow();
    return { ok: false, onHand: row.on_hand, reserved: row.reserved };
  }
  const movementId = newId('stm');
  await db
    .insertInto('stock_movements')
    .values({ id: movementId, variant_id: a.variantId, seller_id: a.sellerId, location: a.location, delta: a.delta, on_hand_after: updated.on_hand, reason: a.reason, note: a.note, actor_user_id: actorUserId, created_at: at })
    .execute();
  await publish(db, 'stock.changed', { productIds: [a.productId] }, now);
  return { ok: true, onHand: updated.on_hand, reserved: updated.reserved, movementId };
}

/** Demo and generated catalogs: opening stock for variants that have none yet, recorded as 'seed' movements. */
export async function seedStock(db: DbOrTrx, rows: Array<Omit<Adjustment, 'reason' | 'note'>>, now: Date): Promise<number> {
  let n = 0;
  for (const r of rows) {
    const exists = await db.selectFrom('stock_levels').select('variant_id').where('variant_id', '=', r.variantId).where('location', '=', r.location).executeTakeFirst();
    if (exists) continue;
    const out = await adjustStock(db, { ...r, reason: 'seed', note: null }, null, now);
    if (out.ok) n++;
  }
  return n;
}
