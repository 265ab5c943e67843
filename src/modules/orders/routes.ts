// Checkout and the shopper's orders. POST /checkout takes an Idempotency-Key: a retried checkout gets
// the first answer, never a second set of orders.
import { Type } from 'typebox';
import type { Db, Engine } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, Page, PageQuery, type App } from '../../platform/http.js';
import { IDEMPOTENCY_KEY_PATTERN, requestHash } from '../../platform/idempotency.js';
import { ORDER_NO_PATTERN } from './order-no.js';
import { placeOrders } from './place-order.js';
import { findOrderOfUser, listOrders } from './repo.js';
import { applyAction } from './transition.js';
import { registerOrderDeskRoutes } from './desk-routes.js';
import { registerFulfilmentRoutes } from './fulfil-routes.js';
import { OrderDetailSchema, OrderViewSchema, pageOfOrders, viewOrderDetail } from './view-order.js';

const tags = ['orders'];
const Id = (prefix: string) => Type.String({ pattern: `^${prefix}_[0-9a-z]{26}$` });
const OrderNoParams = Type.Object({ orderNo: Type.String({ pattern: ORDER_NO_PATTERN }) });

export function registerOrderRoutes(app: App, db: Db, options: { engine: Engine; paymentTimeoutMs: number }): void {
  registerOrderDeskRoutes(app, db);
  registerFulfilmentRoutes(app, db);
  app.post(
    '/api/v1/checkout',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'Place the cart as orders (one per seller and shipping mode), priced by fresh quotes, limits checked and stock reserved in one transaction; requires an Idempotency-Key',
        description:
          'The buyer is one of the caller’s verified identities and the parcel goes to one of their addresses; the risk notice must have been confirmed. 409 sold_out, limit_exceeded, risk_notice_required, cart_empty or cart_item_unavailable leave nothing written. The same Idempotency-Key with the same body returns the first answer (for 24 h); with a different body, 422.',
        headers: Type.Object({ 'idempotency-key': Type.String({ pattern: IDEMPOTENCY_KEY_PATTERN, description: 'A new random value per checkout attempt (e.g. a UUID), reused only to retry it' }) }),
        body: Type.Object({ identityId: Id('sid'), addressId: Id('adr') }, { additionalProperties: false }),
        response: { 201: Type.Object({ checkoutId: Type.String(), orders: Type.Array(OrderViewSchema) }), ...errorResponses, 422: Type.Ref('Error') },
      },
    },
    async (request, reply) => {
      const { userId } = actorOf(request);
      const key = { userId, scope: 'checkout', key: request.headers['idempotency-key'], requestHash: requestHash(request.body) };
      const answer = await placeOrders(contextOf(db, request), options, userId, request.body, key);
      return reply.code(answer.statusCode as 201).header('cache-control', 'no-store').send(answer.body as never);
    },
  );

  app.get(
    '/api/v1/me/orders',
    {
      config: { access: ['shopper'] },
      schema: { tags, summary: 'The caller’s orders, newest first', querystring: PageQuery, response: { 200: Page(OrderViewSchema), ...errorResponses } },
    },
    async (request, reply) => {
      const { limit = 50, cursor } = request.query;
      reply.header('cache-control', 'private, no-store');
      return pageOfOrders(db, await listOrders(db, { userId: actorOf(request).userId }, cursor ?? null, limit + 1), limit);
    },
  );

  app.post(
    '/api/v1/me/orders/:orderNo/cancel',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'Cancel an unpaid order: its stock and the annual room it held are given back (after payment, ask for a refund instead)',
        params: OrderNoParams,
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 200: OrderDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { userId } = actorOf(request);
      const now = new Date();
      return db.transaction().execute(async (trx) => {
        const order = await findOrderOfUser(trx, userId, request.params.orderNo);
        if (!order) throw notFound('Order');
        const applied = await applyAction(trx, order, { kind: 'cancel', reason: request.body.reason }, { kind: 'shopper', userId }, now);
        return viewOrderDetail(trx, applied.order, 'shopper', now);
      });
    },
  );

  app.get(
    '/api/v1/me/orders/:orderNo',
    {
      config: { access: ['shopper'] },
      schema: { tags, summary: 'One of the caller’s orders with its status timeline', params: OrderNoParams, response: { 200: OrderDetailSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const order = await findOrderOfUser(db, actorOf(request).userId, request.params.orderNo);
      if (!order) throw notFound('Order');
      reply.header('cache-control', 'private, no-store');
      return viewOrderDetail(db, order, 'shopper');
    },
  );
}
