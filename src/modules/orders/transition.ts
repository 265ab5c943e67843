// Applying a state-machine decision to a stored order: the new facts and the order event are written
// only if the order is still as it was read (its revision), and the decision's effects on stock and on
// the buyer's annual room happen in the same transaction. Effects that reach outside (refunds to the
// provider, notifications) go out through the outbox.
import type { DbOrTrx } from '../../db/database.js';
import { publish } from '../../events.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { consumeReserved, releaseStock } from '../inventory/index.js';
import { decide, REFUSAL_KIND, type Actor, type OrderAction, type OrderFacts } from './order-state.js';
import { insertEvent, lastReason, listLinesOf, updateFacts, type OrderRow } from './repo.js';
import type { OrdersTable } from '../../db/schema.js';

/** Columns an action may set beside the machine's facts (the shipment's carrier and tracking number). */
export type ActionColumns = Partial<Pick<OrdersTable, 'carrier' | 'tracking_no' | 'shipped_at'>>;

export const factsOf = (o: OrderRow): OrderFacts => ({
  status: o.status,
  paidAt: o.paid_at,
  clearedAt: o.cleared_at,
  deliveredAt: o.delivered_at,
  refundFrom: o.refund_from,
  refundRequestedAt: o.refund_requested_at,
  refundApprovedAt: o.refund_approved_at,
  returnedAt: o.returned_at,
});

export type Applied = { order: OrderRow; effects: string[] };

/** Decides and applies `action` on `order`; a refused or lost-race transition throws (409/403). Run in a transaction. */
export async function applyAction(trx: DbOrTrx, order: OrderRow, action: OrderAction, actor: { kind: Actor; userId: string | null }, now: Date, columns: ActionColumns = {}): Promise<Applied> {
  const decision = decide(factsOf(order), action, actor.kind, now);
  if (!decision.ok) throw new AppError(REFUSAL_KIND[decision.code], decision.code, decision.message, { status: order.status, action: action.kind });
  const f = decision.facts;
  const at = now.toISOString();
  const facts = { status: f.status, paid_at: f.paidAt, cleared_at: f.clearedAt, delivered_at: f.deliveredAt, refund_from: f.refundFrom, refund_requested_at: f.refundRequestedAt, refund_approved_at: f.refundApprovedAt, returned_at: f.returnedAt };
  const restore = decision.effects.includes('restore_annual_room');
  const extra = { ...columns, ...(restore ? { counts_toward_year_fen: 0 } : {}) };
  if (!(await updateFacts(trx, order.id, order.revision, facts, extra, at))) {
    throw new AppError('conflict', 'order_changed', 'The order changed at the same moment; reload it and try again', { orderNo: order.order_no });
  }
  await insertEvent(trx, { id: newId('oev'), order_id: order.id, action: action.kind, from_status: order.status, to_status: f.status, actor_kind: actor.kind, actor_user_id: actor.userId, reason: decision.event.reason, created_at: at });
  const lines = decision.effects.some((e) => e === 'release_reservation' || e === 'consume_stock') ? await listLinesOf(trx, [order.id]) : [];
  const holds = lines.map((l) => ({ variantId: l.variant_id, productId: l.product_id, location: l.location, quantity: l.quantity, sellerId: order.seller_id }));
  if (decision.effects.includes('release_reservation')) await releaseStock(trx, holds, now);
  if (decision.effects.includes('consume_stock')) await consumeReserved(trx, holds, actor.userId, `order ${order.order_no}`, now);
  if (decision.effects.includes('refund_payment')) {
    // The refund carries the shopper's or operator's reason: this action's (a cancel) or the request's.
    const reason = decision.event.reason ?? (await lastReason(trx, order.id, ['request_refund', 'cancel'])) ?? `refund of order ${order.order_no}`;
    await publish(trx, 'order.refund_due', { orderId: order.id, amountFen: Number(order.total_fen), reason }, now);
  }
  await publish(trx, 'order.status_changed', { orderId: order.id, from: order.status, to: f.status }, now);
  return { order: { ...order, ...facts, ...extra, revision: order.revision + 1 }, effects: decision.effects };
}
