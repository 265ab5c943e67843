// Sellers see and adjust their stock. Another seller's variant or product is a 404, never a 403.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import type { StockLocation } from '../../db/schema.js';
import { contextOf } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { errorResponses, Page, sellerIdOf, toPage, type App } from '../../platform/http.js';
import { recordAudit } from '../audit/index.js';
import { findSellerProduct, findSellerVariant, listVariants } from '../products/index.js';
import { adjustStock, listLevels, modeOf } from './stock.js';

const Location = Type.Union([Type.Literal('us_warehouse'), Type.Literal('bonded')], { description: 'us_warehouse ships 9610 direct mail; bonded ships 1210 from a bonded warehouse in China' });
const Level = Type.Object({ location: Location, mode: Type.String(), onHand: Type.Integer(), reserved: Type.Integer(), available: Type.Integer() });
const Movement = Type.Object({
  id: Type.String(),
  variantId: Type.String(),
  location: Location,
  delta: Type.Integer(),
  onHandAfter: Type.Integer(),
  reason: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
const levelView = (l: { location: StockLocation; on_hand: number; reserved: number }) => ({ location: l.location, mode: modeOf(l.location), onHand: l.on_hand, reserved: l.reserved, available: Math.max(0, l.on_hand - l.reserved) });

export function registerInventoryRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/seller/products/:productId/stock',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['inventory'],
        summary: 'Stock of each variant of one of your products, per location',
        params: Type.Object({ productId: Type.String({ pattern: '^prd_[0-9a-z]{26}$' }) }),
        response: { 200: Type.Object({ variants: Type.Array(Type.Object({ variantId: Type.String(), sku: Type.String(), levels: Type.Array(Level) })) }), ...errorResponses },
      },
    },
    async (request) => {
      const product = await findSellerProduct(db, sellerIdOf(request), request.params.productId);
      if (!product) throw notFound('Product');
      const variants = await listVariants(db, [product.id]);
      const levels = await listLevels(db, variants.map((v) => v.id));
      return { variants: variants.map((v) => ({ variantId: v.id, sku: v.sku, levels: levels.filter((l) => l.variant_id === v.id).map(levelView) })) };
    },
  );

  app.post(
    '/api/v1/seller/stock/adjustments',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['inventory'],
        summary: 'Add or remove stock of a variant at a location, with the reason (kept in the stock ledger)',
        body: Type.Object(
          {
            variantId: Type.String({ pattern: '^var_[0-9a-z]{26}$' }),
            location: Location,
            delta: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000, not: { const: 0 }, description: 'Units in (positive) or out (negative); not zero' }),
            reason: Type.Union([Type.Literal('received'), Type.Literal('counted'), Type.Literal('damaged'), Type.Literal('lost'), Type.Literal('returned'), Type.Literal('correction')]),
            note: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ variantId: Type.String(), movementId: Type.String(), level: Level }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(db, request);
      const sellerId = sellerIdOf(request);
      const b = request.body;
      return db.transaction().execute(async (trx) => {
        const variant = await findSellerVariant(trx, sellerId, b.variantId);
        if (!variant) throw notFound('Variant');
        const out = await adjustStock(trx, { variantId: variant.id, productId: variant.product_id, sellerId, location: b.location, delta: b.delta, reason: b.reason, note: b.note ?? null }, ctx.actor?.userId ?? null, ctx.now);
        if (!out.ok) {
          const most = out.onHand - out.reserved;
          throw conflict('stock_below_reserved', `delta: at most ${most} can be taken out (${out.onHand} on hand, ${out.reserved} reserved for orders)`, {
            fields: [{ field: 'delta', message: `at most ${most} can be taken out (${out.onHand} on hand, ${out.reserved} reserved for orders)` }],
            onHand: out.onHand,
            reserved: out.reserved,
          });
        }
        await recordAudit({ ...ctx, db: trx }, { action: 'inventory.stock_adjusted', subjectType: 'product_variant', subjectId: variant.id, data: { sku: variant.sku, location: b.location, delta: b.delta, reason: b.reason, onHandAfter: out.onHand } });
        return { variantId: variant.id, movementId: out.movementId, level: levelView({ location: b.location, on_hand: out.onHand, reserved: out.reserved }) };
      });
    },
  );

  app.get(
    '/api/v1/seller/stock/movements',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['inventory'],
        summary: 'The stock ledger of one of your variants, newest first',
        querystring: Type.Object({
          variantId: Type.String({ pattern: '^var_[0-9a-z]{26}$' }),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          cursor: Type.Optional(Type.String({ pattern: '^stm_[0-9a-z]{26}$' })),
        }),
        response: { 200: Page(Movement), ...errorResponses },
      },
    },
    async (request) => {
      const { variantId, limit = 50, cursor } = request.query;
      const variant = await findSellerVariant(db, sellerIdOf(request), variantId);
      if (!variant) throw notFound('Variant');
      let q = db.selectFrom('stock_movements').selectAll().where('variant_id', '=', variant.id).orderBy('id', 'desc').limit(limit + 1);
      if (cursor) q = q.where('id', '<', cursor);
      return toPage(await q.execute(), limit, (m) => ({ id: m.id, variantId: m.variant_id, location: m.location, delta: m.delta, onHandAfter: m.on_hand_after, reason: m.reason, note: m.note, actorUserId: m.actor_user_id, createdAt: m.created_at }));
    },
  );
}
