// SQL on the orders module's own tables: orders, order_lines, order_events.
import { sql } from 'kysely';
import type { DbOrTrx, Engine } from '../../db/database.js';
import type { OrderEventsTable, OrderLinesTable, OrdersTable, OrderStatus } from '../../db/schema.js';

export type OrderRow = Omit<OrdersTable, 'revision'> & { revision: number };

export async function insertOrder(db: DbOrTrx, order: Omit<OrdersTable, 'revision'>, lines: OrderLinesTable[], event: OrderEventsTable): Promise<void> {
  await db.insertInto('orders').values(order).execute();
  await db.insertInto('order_lines').values(lines).execute();
  await db.insertInto('order_events').values(event).execute();
}

/**
 * The buyer's usage this limit year, on the basis each order was placed under. Unpaid orders count
 * (they hold their room until paid or expired); an order whose room is restored (cancelled, expired,
 * or refunded within the return windows, DOMAIN §3) has its count set to zero by the transition.
 */
export async function sumYearToDate(db: DbOrTrx, buyerIdHash: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('counts_toward_year_fen'), eb.lit(0)).as('fen'))
    .where('buyer_id_hash', '=', buyerIdHash)
    .where('limit_year', '=', year)
    .executeTakeFirstOrThrow();
  return Number(row.fen);
}

/**
 * On PostgreSQL, serialises the checkouts of one person (by ID hash) until the transaction ends, so two
 * concurrent orders cannot both fit in the same remaining annual room. SQLite has one writer already.
 */
export async function lockBuyer(db: DbOrTrx, engine: Engine, buyerIdHash: string): Promise<void> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`buyer:${buyerIdHash}`}))`.execute(db);
}

export const findOrderOfUser = (db: DbOrTrx, userId: string, orderNo: string) =>
  db.selectFrom('orders').selectAll().where('user_id', '=', userId).where('order_no', '=', orderNo).executeTakeFirst() as Promise<OrderRow | undefined>;

export const findOrderById = (db: DbOrTrx, id: string) => db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst() as Promise<OrderRow | undefined>;

export const findCheckoutOrders = (db: DbOrTrx, userId: string, checkoutId: string) =>
  db.selectFrom('orders').selectAll().where('user_id', '=', userId).where('checkout_id', '=', checkoutId).orderBy('id').execute() as Promise<OrderRow[]>;

export const findOrdersByIds = (db: DbOrTrx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([] as OrderRow[]) : (db.selectFrom('orders').selectAll().where('id', 'in', [...ids]).orderBy('id').execute() as Promise<OrderRow[]>);


export const listLinesOf = (db: DbOrTrx, orderIds: readonly string[]) =>
  orderIds.length === 0 ? Promise.resolve([]) : db.selectFrom('order_lines').selectAll().where('order_id', 'in', [...orderIds]).orderBy('order_id').orderBy('position').execute();

/** The reason given with the latest of these actions on the order (e.g. the refund request's). */
export async function lastReason(db: DbOrTrx, orderId: string, actions: readonly string[]): Promise<string | null> {
  const row = await db.selectFrom('order_events').select('reason').where('order_id', '=', orderId).where('action', 'in', [...actions]).where('reason', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.reason ?? null;
}

export const listEventsOf = (db: DbOrTrx, orderId: string) => db.selectFrom('order_events').selectAll().where('order_id', '=', orderId).orderBy('id').execute();

/** Pending orders past their payment deadline, oldest first. */
export const listOverdue = (db: DbOrTrx, now: Date, limit: number) =>
  db.selectFrom('orders').select(['id']).where('status', '=', 'pending_payment').where('payment_due_at', '<=', now.toISOString()).orderBy('payment_due_at').limit(limit).execute();

/** Delivered orders whose return window (counted from customs release) closed before `releasedBefore`. */
export const listDeliveredReleasedBefore = (db: DbOrTrx, releasedBefore: string, limit: number) =>
  db.selectFrom('orders').select(['id']).where('status', '=', 'delivered').where('cleared_at', '<', releasedBefore).orderBy('cleared_at').limit(limit).execute();

export type FactColumns = Pick<OrdersTable, 'status' | 'paid_at' | 'cleared_at' | 'delivered_at' | 'refund_from' | 'refund_requested_at' | 'refund_approved_at' | 'returned_at'>;

/**
 * Writes an order's new facts only if it is still at the revision it was read at (the row count says
 * who won a race: a payment and an expiry arriving together change the order once).
 */
export async function updateFacts(db: DbOrTrx, id: string, revision: number, facts: FactColumns, extra: Partial<Pick<OrdersTable, 'counts_toward_year_fen' | 'carrier' | 'tracking_no' | 'shipped_at'>>, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('orders')
    .set({ ...facts, ...extra, updated_at: nowIso, revision: revision + 1 })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const insertEvent = (db: DbOrTrx, event: OrderEventsTable) => db.insertInto('order_events').values(event).execute();

export type OrderFilter = { userId?: string | undefined; sellerId?: string | undefined; status?: OrderStatus | undefined; orderNo?: string | undefined; orderNoPrefix?: string | undefined };

/** Orders newest first, filtered (a shopper's or a store's own, a status, an order number or its prefix), keyset-paged by id. */
export function listOrders(db: DbOrTrx, filter: OrderFilter, before: string | null, limit: number): Promise<OrderRow[]> {
  let q = db.selectFrom('orders').selectAll();
  if (filter.userId) q = q.where('user_id', '=', filter.userId);
  if (filter.sellerId) q = q.where('seller_id', '=', filter.sellerId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.orderNo) q = q.where('order_no', '=', filter.orderNo);
  if (filter.orderNoPrefix) q = q.where('order_no', 'like', `${filter.orderNoPrefix}%`);
  if (before) q = q.where('id', '<', before);
  return q.orderBy('id', 'desc').limit(limit).execute() as Promise<OrderRow[]>;
}

/** What a store must pick and pack: units per SKU and mode over its paid orders not yet shipped. */
export function pickList(db: DbOrTrx, sellerId: string) {
  return db
    .selectFrom('order_lines')
    .innerJoin('orders', 'orders.id', 'order_lines.order_id')
    .select(['order_lines.sku', 'order_lines.title_zh', 'orders.mode', (eb) => eb.fn.sum<number>('order_lines.quantity').as('quantity'), (eb) => eb.fn.count<number>('orders.id').distinct().as('orders')])
    .where('orders.seller_id', '=', sellerId)
    .where('orders.status', 'in', ['paid', 'declared', 'cleared'])
    .groupBy(['order_lines.sku', 'order_lines.title_zh', 'orders.mode'])
    .orderBy('order_lines.sku')
    .execute();
}
