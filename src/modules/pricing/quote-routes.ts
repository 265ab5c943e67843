import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { CATEGORY_CODES } from '../products/index.js';
import { describe, issueQuote } from './issue-quote.js';
import { computeLandedCost, type PricedItem } from './landed-cost.js';
import { sellerTake } from './seller-take.js';
import { findQuote } from './tables-repo.js';

const Mode = Type.Union([Type.Literal('9610'), Type.Literal('1210')]);
const Province = Type.String({ pattern: '^[A-Z]{2}$', description: 'Province code, e.g. SH (上海), GD (广东), BJ (北京)' });
const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });

export function registerQuoteRoutes(app: App, db: Db, options: { perMinute: number }): void {
  const rateLimit = { max: options.perMinute, timeWindow: '1 minute' };
  app.post(
    '/api/v1/quotes',
    {
      config: { access: 'public', rateLimit },
      schema: {
        tags: ['pricing'],
        summary: 'Price a parcel for a shopper: CNY prices, freight, tax (itemised), totals, limits; valid until expiresAt',
        body: Type.Object(
          {
            lines: Type.Array(Type.Object({ variantId: Type.String({ pattern: '^var_[0-9a-z]{26}$' }), quantity: Type.Integer({ minimum: 1, maximum: 99 }) }, { additionalProperties: false }), { minItems: 1, maxItems: 30 }),
            mode: Mode,
            province: Province,
            yearToDateFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000, default: 0, description: "The buyer's cross-border purchases this year (CNY fen)" })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String(), expiresAt: Type.String() }, { additionalProperties: true }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { lines, mode, province, yearToDateFen = 0 } = request.body;
      const quote = await issueQuote(db, { lines, mode, province, yearToDateFen, buyerUserId: request.actor?.userId ?? null, now: new Date() });
      return reply.status(201).send(quote);
    },
  );

  app.get(
    '/api/v1/quotes/:quoteId',
    {
      config: { access: 'public' },
      schema: { tags: ['pricing'], summary: 'A quote as it was issued (with its expiry)', params: Type.Object({ quoteId: Type.String({ pattern: '^quo_[0-9a-z]{26}$' }) }), response: { 200: Type.Object({ id: Type.String(), expiresAt: Type.String(), expired: Type.Boolean() }, { additionalProperties: true }), ...errorResponses } },
    },
    async (request) => {
      const row = await findQuote(db, request.params.quoteId);
      if (!row) throw notFound('Quote');
      return { id: row.id, expiresAt: row.expires_at, expired: row.expires_at <= new Date().toISOString(), ...(JSON.parse(row.result) as object) };
    },
  );

  const Item = Type.Object(
    {
      hsCode: Type.String({ pattern: '^(\\d{8}|\\d{10})$' }),
      category: enumOf(CATEGORY_CODES),
      priceUsdCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
      priceCnyFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000_000 })),
      quantity: Type.Integer({ minimum: 1, maximum: 99 }),
      weightGrams: Type.Integer({ minimum: 1, maximum: 100_000 }),
      statutoryUnit: Type.Union([Type.Literal('ml'), Type.Literal('g'), Type.Literal('piece')]),
      statutoryQty: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    },
    { additionalProperties: false },
  );

  app.post(
    '/api/v1/calculator/landed-cost',
    {
      config: { access: 'public', rateLimit },
      schema: {
        tags: ['pricing'],
        summary: 'What a shopper in China pays and what the seller receives, for items described by HS code (no listing needed)',
        body: Type.Object(
          {
            items: Type.Array(Item, { minItems: 1, maxItems: 20 }),
            province: Type.Optional(Province),
            modes: Type.Optional(Type.Array(Mode, { minItems: 1, maxItems: 2, uniqueItems: true })),
            yearToDateFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
            series: Type.Optional(Type.Boolean({ description: 'Also return how the shopper price and the seller take move with the USD price (first item, 0.25× to 4×)' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ results: Type.Array(Type.Unknown()), series: Type.Optional(Type.Array(Type.Unknown())) }), ...errorResponses },
      },
    },
    async (request) => {
      const { items, province = 'SH', modes = ['9610', '1210'], yearToDateFen = 0, series = false } = request.body;
      const priced: PricedItem[] = items.map((item, i) => {
        if ((item.priceUsdCents === undefined) === (item.priceCnyFen === undefined)) throw invalidField(`items.${i}.priceUsdCents`, 'give exactly one of priceUsdCents and priceCnyFen');
        return {
          sku: `item-${i + 1}`,
          price: item.priceUsdCents !== undefined ? { usdCents: item.priceUsdCents } : { fixedCnyFen: item.priceCnyFen! },
          quantity: item.quantity,
          weightGrams: item.weightGrams,
          hsCode: item.hsCode,
          category: item.category,
          statutoryUnit: item.statutoryUnit,
          statutoryQty: item.statutoryQty,
        };
      });
      const at = new Date();
      const category = items[0]!.category;
      const results = [];
      const atListPrice = new Map<string, Awaited<ReturnType<typeof computeLandedCost>>>();
      for (const mode of modes) {
        const lc = await computeLandedCost(db, { items: priced, mode, province, yearToDateFen, at });
        atListPrice.set(mode, lc);
        results.push({ ...describe(lc), seller: sellerTake(lc.quote, category, lc.settings, lc.settlementRate) });
      }
      if (!series) return { results };
      const first = priced[0]!;
      if (!('usdCents' in first.price)) return { results, series: [] };
      const base = first.price.usdCents;
      const points = [];
      for (const factor of [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4]) {
        const usdCents = Math.max(1, Math.round(base * factor));
        const point: Record<string, number | null> = { usdCents };
        for (const mode of modes) {
          // The list price itself was priced above: the series reuses it rather than pricing it again.
          const lc = (factor === 1 ? atListPrice.get(mode) : undefined) ?? (await computeLandedCost(db, { items: [{ ...first, price: { usdCents } }, ...priced.slice(1)], mode, province, yearToDateFen, at }));
          point[`shopperPaysFen_${mode}`] = lc.quote.payable ? lc.quote.totals.totalFen : null;
          point[`sellerReceivesUsdCents_${mode}`] = sellerTake(lc.quote, category, lc.settings, lc.settlementRate).receivesUsdCents;
        }
        points.push(point);
      }
      return { results, series: points };
    },
  );
}
