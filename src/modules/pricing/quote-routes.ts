import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import type { ShippingMode } from '../../db/schema.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { errorResponses, type App } from '../../platform/http.js';
import { CATEGORY_CODES, findPublishedVariants } from '../products/index.js';
import { computeLandedCost, type LandedCost, type PricedItem } from './landed-cost.js';
import { formatRate } from './fx-rates.js';
import { sellerTake } from './seller-take.js';
import { findQuote, insertQuote } from './tables-repo.js';

const Mode = Type.Union([Type.Literal('9610'), Type.Literal('1210')]);
const Province = Type.String({ pattern: '^[A-Z]{2}$', description: 'Province code, e.g. SH (上海), GD (广东), BJ (北京)' });
const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });

/** The answer both the quote API and the calculator give for one shipping mode. */
export function describe(lc: LandedCost) {
  const q = lc.quote;
  return {
    mode: lc.mode,
    province: lc.province,
    zone: lc.zone,
    delivery: lc.delivery,
    fx: { rate: formatRate(lc.fxRate.rate_micro), source: lc.fxRate.source, effectiveFrom: lc.fxRate.effective_from, rateId: lc.fxRate.id },
    taxPath: q.taxPath,
    payable: q.payable,
    classification: q.classification,
    lines: q.lines.map((l) => ({
      sku: l.sku,
      hsCode: l.hsCode,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      priceSource: l.priceSource,
      goodsFen: l.goodsFen,
      freightFen: l.freightFen,
      insuranceFen: l.insuranceFen,
      tax: { dutiableFen: l.tax.dutiableFen, tariffFen: l.tax.tariffFen, consumptionTaxFen: l.tax.consumptionTaxFen, vatFen: l.tax.vatFen, totalFen: l.tax.totalFen, effectiveRateBp: l.tax.effectiveRateBp },
    })),
    totals: q.totals,
    rounding: 'Shelf prices: the rounding rule in settings. Taxes: per line and per kind (tariff, consumption tax, VAT), half-up to the fen; order figures are the sums of the lines.',
  };
}

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
      const variants = new Map((await findPublishedVariants(db, [...new Set(lines.map((l) => l.variantId))])).map((v) => [v.variant_id, v]));
      const items: PricedItem[] = lines.map((l, i) => {
        const v = variants.get(l.variantId);
        if (!v) throw invalidField(`lines.${i}.variantId`, 'is not a product on sale');
        if (!(JSON.parse(v.shipping_modes) as ShippingMode[]).includes(mode)) throw invalidField(`lines.${i}.variantId`, `${v.sku} does not ship by ${mode}`);
        return { sku: v.sku, price: v.price_cny_fen !== null ? { fixedCnyFen: v.price_cny_fen } : { usdCents: v.price_minor }, quantity: l.quantity, weightGrams: v.weight_grams, hsCode: v.hs_code, category: v.category, statutoryUnit: v.statutory_unit, statutoryQty: v.statutory_qty };
      });
      const sellers = new Set([...variants.values()].map((v) => v.seller_id));
      if (sellers.size > 1) throw new AppError('invalid', 'mixed_sellers', 'A parcel comes from one seller: quote each seller’s items separately', { fields: [{ field: 'lines', message: 'items from more than one seller' }] });
      const now = new Date();
      const lc = await computeLandedCost(db, { items, mode, province, yearToDateFen, at: now });
      const answer = describe(lc);
      const id = newId('quo');
      const expiresAt = new Date(now.getTime() + lc.settings.quoteValidityMinutes * 60_000).toISOString();
      await insertQuote(db, {
        id,
        buyer_user_id: request.actor?.userId ?? null,
        fx_rate_id: lc.fxRate.id,
        request: JSON.stringify(request.body),
        result: JSON.stringify(answer),
        total_fen: lc.quote.totals.totalFen,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      });
      return reply.status(201).send({ id, expiresAt, ...answer });
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
      for (const mode of modes) {
        const lc = await computeLandedCost(db, { items: priced, mode, province, yearToDateFen, at });
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
          const lc = await computeLandedCost(db, { items: [{ ...first, price: { usdCents } }, ...priced.slice(1)], mode, province, yearToDateFen, at });
          point[`shopperPaysFen_${mode}`] = lc.quote.payable ? lc.quote.totals.totalFen : null;
          point[`sellerReceivesUsdCents_${mode}`] = sellerTake(lc.quote, category, lc.settings, lc.settlementRate).receivesUsdCents;
        }
        points.push(point);
      }
      return { results, series: points };
    },
  );
}
