// Orders for the people who fulfil and watch them: a store's orders and pick list in seller center,
// and the operators' order monitor with search by order number. A store sees only its own orders
// (another store's order number is not found); the buyer's phone stays masked for both.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { errorResponses, Page, sellerIdOf, type App } from '../../platform/http.js';
import { ORDER_STATUSES } from './order-state.js';
import { listOrders, pickList } from './repo.js';
import { OrderDetailSchema, OrderViewSchema, pageOfOrders, viewOrderDetail } from './view-order.js';

const tags = ['orders'];
const Status = Type.Union(ORDER_STATUSES.map((s) => Type.Literal(s)));
const ListQuery = Type.Object({
  status: Type.Optional(Status),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ pattern: '^ord_[0-9a-z]{26}$' })),
});
const OrderNo = Type.Object({ orderNo: Type.String({ pattern: '^GW[0-9A-Z]{1,28}$' }) });

export function registerOrderDeskRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/seller/orders',
    { config: { access: ['seller'] }, schema: { tags, summary: 'Your store’s orders, newest first (filter by status)', querystring: ListQuery, response: { 200: Page(OrderViewSchema), ...errorResponses } } },
    async (request, reply) => {
      const { status, limit = 50, cursor } = request.query;
      reply.header('cache-control', 'private, no-store');
      return pageOfOrders(db, await listOrders(db, { sellerId: sellerIdOf(request), status }, cursor ?? null, limit + 1), limit);
    },
  );

  app.get(
    '/api/v1/seller/orders/pick-list',
    {
      config: { access: ['seller'] },
      schema: {
        tags,
        summary: 'What to pick and pack: units per SKU and shipping mode over your paid orders not yet shipped',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ sku: Type.String(), titleZh: Type.String(), mode: Type.String(), quantity: Type.Integer(), orders: Type.Integer() })) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const rows = await pickList(db, sellerIdOf(request));
      return { items: rows.map((r) => ({ sku: r.sku, titleZh: r.title_zh, mode: r.mode, quantity: Number(r.quantity), orders: Number(r.orders) })) };
    },
  );

  app.get(
    '/api/v1/seller/orders/:orderNo',
    { config: { access: ['seller'] }, schema: { tags, summary: 'One of your store’s orders with its timeline', params: OrderNo, response: { 200: OrderDetailSchema, ...errorResponses } } },
    async (request) => {
      const [order] = await listOrders(db, { sellerId: sellerIdOf(request), orderNo: request.params.orderNo }, null, 1);
      if (!order) throw notFound('Order');
      return viewOrderDetail(db, order, 'seller');
    },
  );

  app.get(
    '/api/v1/ops/orders',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Every order, newest first: search by order number (or its beginning), filter by status',
        querystring: Type.Intersect([ListQuery, Type.Object({ q: Type.Optional(Type.String({ pattern: '^[Gg][Ww][0-9A-Za-z]{0,28}$', description: 'An order number or its beginning, e.g. GW20261126' })) })]),
        response: { 200: Page(OrderViewSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { status, limit = 50, cursor, q } = request.query;
      reply.header('cache-control', 'private, no-store');
      return pageOfOrders(db, await listOrders(db, { status, orderNoPrefix: q?.toUpperCase() }, cursor ?? null, limit + 1), limit);
    },
  );

  app.get(
    '/api/v1/ops/orders/:orderNo',
    { config: { access: ['operator'] }, schema: { tags, summary: 'An order with its timeline', params: OrderNo, response: { 200: OrderDetailSchema, ...errorResponses } } },
    async (request) => {
      const [order] = await listOrders(db, { orderNo: request.params.orderNo }, null, 1);
      if (!order) throw notFound('Order');
      return viewOrderDetail(db, order, 'operator');
    },
  );
}
