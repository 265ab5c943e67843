// Cart HTTP routes: the same API for guests (cookie) and signed-in shoppers (session). Writes need the
// CSRF token like every unsafe /api request; for guests it is bound to the browser's signed CSRF
// secret cookie (SameSite=Strict), so another site cannot add to a guest's cart either.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { sessionCookieOptions } from '../../platform/auth.js';
import { errorResponses, type App } from '../../platform/http.js';
import { addLine, changeQuantity, removeLine } from './edit-lines.js';
import { GUEST_CART_COOKIE, openCart, type OpenedCart } from './open-cart.js';
import { AddLineBody, CartAnswer, CartQuery, ChangeLineBody, CountAnswer, EditAnswer, LineIdParams } from './schemas.js';
import { countLines } from './repo.js';
import { viewCart, type YearToDateOf } from './view-cart.js';

const GUEST_CART_DAYS = 30;
const tags = ['cart'];

export function registerCartRoutes(app: App, db: Db, options: { yearToDateOf: YearToDateOf }): void {
  const rateLimit = { max: app.config.publicApiPerMinute, timeWindow: '1 minute' };
  const secure = app.config.cookieSecure;

  async function open(request: FastifyRequest, reply: FastifyReply, create: boolean, now: Date): Promise<OpenedCart> {
    const opened = await openCart(db, { userId: request.actor?.userId ?? null, guestToken: request.cookies[GUEST_CART_COOKIE] }, { create, now });
    // A cart is one browser's or one account's: no shared cache may keep it.
    reply.header('cache-control', 'private, no-store');
    if (opened.newGuestToken) reply.setCookie(GUEST_CART_COOKIE, opened.newGuestToken, sessionCookieOptions(secure, GUEST_CART_DAYS * 86_400));
    else if (opened.clearGuestCookie) reply.clearCookie(GUEST_CART_COOKIE, { path: '/' });
    return opened;
  }

  app.get(
    '/api/v1/cart',
    {
      config: { access: 'public', rateLimit },
      schema: {
        tags,
        summary: 'The cart in parcels (one seller + one mode), each with a live quote: CNY prices, freight, tax (税费), totals and the limits',
        querystring: CartQuery,
        response: { 200: CartAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const opened = await open(request, reply, false, now);
      const view = await viewCart(db, opened.cart, { province: request.query.province ?? 'SH', buyerUserId: request.actor?.userId ?? null, identityId: request.query.buyer ?? null, yearToDateOf: options.yearToDateOf, now });
      return { ...view, merged: opened.merged };
    },
  );

  app.get(
    '/api/v1/cart/count',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'How many items the cart holds (for the header badge); no quotes', response: { 200: CountAnswer, ...errorResponses } },
    },
    async (request, reply) => {
      const opened = await open(request, reply, false, new Date());
      const counts = opened.cart ? await countLines(db, opened.cart.id) : { lines: 0, items: 0 };
      return { itemCount: counts.items, lineCount: counts.lines, merged: opened.merged };
    },
  );

  app.post(
    '/api/v1/cart/lines',
    {
      config: { access: 'public', rateLimit },
      schema: {
        tags,
        summary: 'Add a published variant by a mode it ships by; the same variant and mode again adds to its line (at most 99)',
        body: AddLineBody,
        response: { 201: EditAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const { cart } = await open(request, reply, true, now);
      return reply.status(201).send(await addLine(db, cart!, request.body, now));
    },
  );

  app.patch(
    '/api/v1/cart/lines/:lineId',
    {
      config: { access: 'public', rateLimit },
      schema: { tags, summary: 'Set a line’s quantity (1–99)', params: LineIdParams, body: ChangeLineBody, response: { 200: EditAnswer, ...errorResponses } },
    },
    async (request, reply) => {
      const now = new Date();
      const { cart } = await open(request, reply, false, now);
      return changeQuantity(db, cart, request.params.lineId, request.body.quantity, now);
    },
  );

  app.delete(
    '/api/v1/cart/lines/:lineId',
    {
      config: { access: 'public', rateLimit },
      schema: { tags, summary: 'Remove a line', params: LineIdParams, response: { 204: Type.Null({ description: 'Removed' }), ...errorResponses } },
    },
    async (request, reply) => {
      const now = new Date();
      const { cart } = await open(request, reply, false, now);
      await removeLine(db, cart, request.params.lineId, now);
      return reply.status(204).send(null);
    },
  );
}
