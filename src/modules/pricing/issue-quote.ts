// Issuing a quote for a parcel of published variants: one seller, one shipping mode, one province.
// The quote API and the cart both price through here, so a shopper sees the same figures in both, and
// every issued quote is stored with the FX rate it used until it expires.
import type { DbOrTrx } from '../../db/database.js';
import type { ShippingMode } from '../../db/schema.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findPublishedVariants } from '../products/index.js';
import { formatRate } from './fx-rates.js';
import { computeLandedCost, type LandedCost, type PricedItem } from './landed-cost.js';
import { insertQuote } from './tables-repo.js';

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

export type QuoteRequest = {
  lines: ReadonlyArray<{ variantId: string; quantity: number }>;
  mode: ShippingMode;
  province: string;
  /** The buyer's cross-border purchases this year (CNY fen), on the basis the limit settings name. */
  yearToDateFen: number;
  buyerUserId: string | null;
  now: Date;
};

export type IssuedQuote = { id: string; expiresAt: string } & ReturnType<typeof describe>;

export async function issueQuote(db: DbOrTrx, input: QuoteRequest): Promise<IssuedQuote> {
  const { lines, mode, province, yearToDateFen, buyerUserId, now } = input;
  const variants = new Map((await findPublishedVariants(db, [...new Set(lines.map((l) => l.variantId))])).map((v) => [v.variant_id, v]));
  const items: PricedItem[] = lines.map((l, i) => {
    const v = variants.get(l.variantId);
    if (!v) throw invalidField(`lines.${i}.variantId`, 'is not a product on sale');
    if (!(JSON.parse(v.shipping_modes) as ShippingMode[]).includes(mode)) throw invalidField(`lines.${i}.variantId`, `${v.sku} does not ship by ${mode}`);
    return { sku: v.sku, price: v.price_cny_fen !== null ? { fixedCnyFen: v.price_cny_fen } : { usdCents: v.price_minor }, quantity: l.quantity, weightGrams: v.weight_grams, hsCode: v.hs_code, category: v.category, statutoryUnit: v.statutory_unit, statutoryQty: v.statutory_qty };
  });
  const sellers = new Set([...variants.values()].map((v) => v.seller_id));
  if (sellers.size > 1) throw new AppError('invalid', 'mixed_sellers', 'A parcel comes from one seller: quote each seller’s items separately', { fields: [{ field: 'lines', message: 'items from more than one seller' }] });
  const lc = await computeLandedCost(db, { items, mode, province, yearToDateFen, at: now });
  const answer = describe(lc);
  const id = newId('quo');
  const expiresAt = new Date(now.getTime() + lc.settings.quoteValidityMinutes * 60_000).toISOString();
  await insertQuote(db, {
    id,
    buyer_user_id: buyerUserId,
    fx_rate_id: lc.fxRate.id,
    request: JSON.stringify({ lines, mode, province, yearToDateFen }),
    result: JSON.stringify(answer),
    total_fen: lc.quote.totals.totalFen,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { id, expiresAt, ...answer };
}
