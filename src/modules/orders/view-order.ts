// Orders as their owner sees them: figures, lines, delivery, and (for one order) the status timeline.
import { Type, type Static } from 'typebox';
import type { DbOrTrx } from '../../db/database.js';
import { maskPhone } from '../addresses/index.js';
import { ACTION_KINDS, decide, RETURN_WINDOW_DAYS, type Actor, type OrderAction } from './order-state.js';
import { findOrdersByIds, listEventsOf, listLinesOf, type OrderRow } from './repo.js';
import { factsOf } from './transition.js';

const Status = Type.String({ description: 'pending_payment, paid, payment_held, declared, cleared, shipped, delivered, completed, cancelled, expired, refund_requested or refunded' });
export const OrderViewSchema = Type.Object({
  id: Type.String({ description: 'The order’s id: the cursor of order lists' }),
  orderNo: Type.String(),
  checkoutId: Type.String(),
  status: Status,
  sellerId: Type.String(),
  mode: Type.Union([Type.Literal('9610'), Type.Literal('1210')]),
  taxPath: Type.String(),
  totals: Type.Object({ goodsFen: Type.Integer(), freightFen: Type.Integer(), insuranceFen: Type.Integer(), discountFen: Type.Integer(), taxFen: Type.Integer(), totalFen: Type.Integer(), dutiableFen: Type.Integer() }),
  lines: Type.Array(Type.Object({ sku: Type.String(), titleZh: Type.String(), quantity: Type.Integer(), unitPriceFen: Type.Integer(), goodsFen: Type.Integer(), taxFen: Type.Integer() })),
  buyerName: Type.String(),
  consignee: Type.Object({ name: Type.String(), phoneMasked: Type.String(), address: Type.String() }),
  paymentDueAt: Type.String(),
  paidAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
export const OrderDetailSchema = Type.Intersect([
  OrderViewSchema,
  Type.Object({
    shipment: Type.Union([Type.Object({ carrier: Type.String(), trackingNo: Type.String(), shippedAt: Type.String() }), Type.Null()]),
    clearedAt: Type.Union([Type.String(), Type.Null()]),
    deliveredAt: Type.Union([Type.String(), Type.Null()]),
    returnWindowEndsAt: Type.Union([Type.String({ description: `${RETURN_WINDOW_DAYS} days after customs release: a return asked for until then restores the annual room` }), Type.Null()]),
    actions: Type.Array(Type.String(), { description: 'What the caller may do to the order now (e.g. cancel, ship, request_refund): the buttons to show' }),
  }),
  Type.Object({ events: Type.Array(Type.Object({ action: Type.String(), from: Type.Union([Type.String(), Type.Null()]), to: Type.String(), by: Type.String(), reason: Type.Union([Type.String(), Type.Null()]), at: Type.String() })) }),
]);
export type OrderView = Static<typeof OrderViewSchema>;

type LineRow = Awaited<ReturnType<typeof listLinesOf>>[number];

function viewOf(o: OrderRow, lines: LineRow[]): OrderView {
  return {
    id: o.id,
    orderNo: o.order_no,
    checkoutId: o.checkout_id,
    status: o.status,
    sellerId: o.seller_id,
    mode: o.mode,
    taxPath: o.tax_path,
    totals: { goodsFen: Number(o.goods_fen), freightFen: Number(o.freight_fen), insuranceFen: Number(o.insurance_fen), discountFen: Number(o.discount_fen), taxFen: Number(o.tax_fen), totalFen: Number(o.total_fen), dutiableFen: Number(o.dutiable_fen) },
    lines: lines.map((l) => ({ sku: l.sku, titleZh: l.title_zh, quantity: l.quantity, unitPriceFen: Number(l.unit_price_fen), goodsFen: Number(l.goods_fen), taxFen: Number(l.tax_fen) })),
    buyerName: o.buyer_name,
    consignee: { name: o.consignee, phoneMasked: maskPhone(o.consignee_phone), address: o.consignee_address },
    paymentDueAt: o.payment_due_at,
    paidAt: o.paid_at,
    createdAt: o.created_at,
  };
}

export async function viewOrders(db: DbOrTrx, orders: OrderRow[]): Promise<OrderView[]> {
  const lines = await listLinesOf(db, orders.map((o) => o.id));
  return orders.map((o) => viewOf(o, lines.filter((l) => l.order_id === o.id)));
}

export async function loadOrderViews(db: DbOrTrx, orderIds: string[]): Promise<OrderView[]> {
  return viewOrders(db, await findOrdersByIds(db, orderIds));
}

/** A page of a list read with one row more than `limit` (the extra one says there is a next page). */
export async function pageOfOrders(db: DbOrTrx, rows: OrderRow[], limit: number) {
  const items = rows.slice(0, limit);
  return { items: await viewOrders(db, items), nextCursor: rows.length > limit ? items.at(-1)!.id : null };
}

const DAY_MS = 86_400_000;

/** The actions `actor` may take on the order at `now`, by asking the state machine (reasons are placeholders). */
export function allowedActions(order: OrderRow, actor: Actor, now: Date): string[] {
  const facts = factsOf(order);
  return ACTION_KINDS.filter((kind) => decide(facts, { kind, reason: '-' } as OrderAction, actor, now).ok);
}

/** One order with its timeline, shipment, return window and what `viewer` may do next. */
export async function viewOrderDetail(db: DbOrTrx, order: OrderRow, viewer: Actor, now = new Date()) {
  const [view] = await viewOrders(db, [order]);
  const events = await listEventsOf(db, order.id);
  return {
    ...view!,
    shipment: order.carrier !== null && order.tracking_no !== null && order.shipped_at !== null ? { carrier: order.carrier, trackingNo: order.tracking_no, shippedAt: order.shipped_at } : null,
    clearedAt: order.cleared_at,
    deliveredAt: order.delivered_at,
    returnWindowEndsAt: order.cleared_at === null ? null : new Date(Date.parse(order.cleared_at) + RETURN_WINDOW_DAYS * DAY_MS).toISOString(),
    actions: allowedActions(order, viewer, now),
    events: events.map((e) => ({ action: e.action, from: e.from_status, to: e.to_status, by: e.actor_kind, reason: e.reason, at: e.created_at })),
  };
}
