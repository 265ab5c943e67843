// orders: checkout and the order lifecycle. A checkout turns the shopper's cart into one order per
// parcel (seller + shipping mode), priced by fresh quotes (pricing), for a verified buyer (identity)
// and an address (addresses), with stock reserved (inventory) and the annual limit checked against
// the buyer's ID in the same transaction. Status changes follow the pure state machine in
// order-state.ts and are stored as order events.
// Owns tables: orders, order_lines, order_events (and uses the platform's idempotency_keys).
// Publishes: order.placed, order.status_changed, order.refund_due, stock.changed (through inventory). Consumes none yet;
// the payments module records captures through recordPayment.
export { registerOrderRoutes } from './routes.js';
export { placeOrders } from './place-order.js';
export { completeDeliveredOrders, expireOverdueOrders, startOrderExpiry } from './expire-orders.js';
export { recordPayment, recordRefund, type PaidOutcome } from './payment-outcome.js';
export { findCheckoutOrders, findOrdersByIds, type OrderRow } from './repo.js';
export { reconcileReservations, type Difference } from './reconcile.js';
export { orderMail } from './notify-shopper.js';
export { buyerYearToDate, type BuyerYear } from './year-to-date.js';
