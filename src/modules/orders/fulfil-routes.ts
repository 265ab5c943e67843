// Moving an order on after payment: the shopper confirms receipt or asks to return; the store ships
// (carrier and tracking number); an operator records customs messages and receipts, delivery, holds,
// cancellations and refund decisions. Every route asks the state machine (order-state.ts): an action
// the status does not allow is a 409, one that is not the caller's is a 403, and another store's or
// another shopper's order is not found. The order, its event and its effects are one transaction.
import { Type, type Static } from 'typebox';
import type { Db, DbOrTrx } from '../../db/database.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, sellerIdOf, type App } from '../../platform/http.js';
import type { Actor, OrderAction } from './order-state.js';
import { findOrderOfUser, listOrders, type OrderRow } from './repo.js';
import { applyAction, type ActionColumns } from './transition.js';
import { OrderDetailSchema, viewOrderDetail } from './view-order.js';

const tags = ['orders'];
const OrderNo = Type.Object({ orderNo: Type.String({ pattern: '^GW[0-9A-Z]{1,28}$' }) });
const Reason = Type.String({ minLength: 1, maxLength: 500, description: 'Why: kept in the order’s timeline and shown to the shopper' });
const Carrier = Type.String({ minLength: 2, maxLength: 40, pattern: '\\S', description: 'Who carries the parcel, e.g. EMS, SF Express, UPS' });
const TrackingNo = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9-]{3,39}$', description: 'The carrier’s tracking number: 4–40 letters, digits or dashes' });
const Shipment = Type.Object({ carrier: Carrier, trackingNo: TrackingNo }, { additionalProperties: false });

const OPERATOR_ACTIONS = ['release_hold', 'declare', 'clear', 'ship', 'deliver', 'cancel', 'request_refund', 'approve_refund', 'reject_refund', 'receive_return'] as const;
const NEEDS_REASON = new Set<string>(['cancel', 'request_refund', 'reject_refund']);
const OperatorAction = Type.Object(
  {
    action: Type.Union(OPERATOR_ACTIONS.map((a) => Type.Literal(a)), { description: 'release_hold (payer checked), declare / clear (customs message sent / goods released), ship, deliver, cancel, request_refund, approve_refund, reject_refund, receive_return (returned goods back in the bonded area)' }),
    reason: Type.Optional(Reason),
    carrier: Type.Optional(Carrier),
    trackingNo: Type.Optional(TrackingNo),
  },
  { additionalProperties: false },
);

type Find = (trx: DbOrTrx) => Promise<OrderRow | undefined>;

/** Reads the order in the transaction, applies the action, and answers the order as `actor` now sees it. */
async function act(db: Db, find: Find, action: OrderAction, actor: { kind: Actor; userId: string }, columns: ActionColumns = {}) {
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const order = await find(trx);
    if (!order) throw notFound('Order');
    const applied = await applyAction(trx, order, action, actor, now, columns);
    return viewOrderDetail(trx, applied.order, actor.kind, now);
  });
}

function operatorAction(body: Static<typeof OperatorAction>, now: Date): { action: OrderAction; columns: ActionColumns } {
  if (NEEDS_REASON.has(body.action) && body.reason === undefined) throw invalidField('reason', `is required to ${String(body.action).replace('_', ' ')}`);
  if (body.action === 'ship') {
    if (body.carrier === undefined) throw invalidField('carrier', 'is required to ship');
    if (body.trackingNo === undefined) throw invalidField('trackingNo', 'is required to ship');
    return { action: { kind: 'ship' }, columns: { carrier: body.carrier.trim(), tracking_no: body.trackingNo.toUpperCase(), shipped_at: now.toISOString() } };
  }
  if (body.action === 'cancel' || body.action === 'request_refund' || body.action === 'reject_refund') return { action: { kind: body.action, reason: body.reason! }, columns: {} };
  return { action: { kind: body.action }, columns: {} };
}

export function registerFulfilmentRoutes(app: App, db: Db): void {
  app.post(
    '/api/v1/me/orders/:orderNo/confirm-receipt',
    { config: { access: ['shopper'] }, schema: { tags, summary: 'Confirm the parcel arrived: the order completes (and can no longer be returned)', params: OrderNo, response: { 200: OrderDetailSchema, ...errorResponses } } },
    async (request) => {
      const { userId } = actorOf(request);
      return act(db, (trx) => findOrderOfUser(trx, userId, request.params.orderNo), { kind: 'complete' }, { kind: 'shopper', userId });
    },
  );

  app.post(
    '/api/v1/me/orders/:orderNo/return-request',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'Ask to return a delivered order for a refund, within 30 days of customs release; an operator decides',
        params: OrderNo,
        body: Type.Object({ reason: Reason }, { additionalProperties: false }),
        response: { 200: OrderDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { userId } = actorOf(request);
      return act(db, (trx) => findOrderOfUser(trx, userId, request.params.orderNo), { kind: 'request_refund', reason: request.body.reason }, { kind: 'shopper', userId });
    },
  );

  app.post(
    '/api/v1/seller/orders/:orderNo/ship',
    {
      config: { access: ['seller'] },
      schema: {
        tags,
        summary: 'Ship an order customs released: its reserved stock leaves the warehouse and the shopper gets the tracking number',
        params: OrderNo,
        body: Shipment,
        response: { 200: OrderDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const sellerId = sellerIdOf(request);
      const { userId } = actorOf(request);
      const { carrier, trackingNo } = request.body;
      const find: Find = async (trx) => (await listOrders(trx, { sellerId, orderNo: request.params.orderNo }, null, 1))[0];
      return act(db, find, { kind: 'ship' }, { kind: 'seller', userId }, { carrier: carrier.trim(), tracking_no: trackingNo.toUpperCase(), shipped_at: new Date().toISOString() });
    },
  );

  app.post(
    '/api/v1/ops/orders/:orderNo/actions',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'An operator moves an order on: release a held payment, record customs messages and receipts, ship, deliver, cancel, or decide a refund',
        description: 'cancel, request_refund and reject_refund need a reason; ship needs carrier and trackingNo. Cancelling a paid order refunds it at once (through the payment provider). 409 when the order’s status does not allow the action.',
        params: OrderNo,
        body: OperatorAction,
        response: { 200: OrderDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { userId } = actorOf(request);
      const { action, columns } = operatorAction(request.body, new Date());
      const find: Find = async (trx) => (await listOrders(trx, { orderNo: request.params.orderNo }, null, 1))[0];
      return act(db, find, action, { kind: 'operator', userId }, columns);
    },
  );
}
