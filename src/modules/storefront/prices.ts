// Prices on the storefront come from the pricing module's landed cost, never from arithmetic here:
// a card shows the lowest shelf price of its variants; the product page shows, per variant and
// mode, what one unit to the default province costs (shelf price, 税费, freight, total, delivery),
// all of a page's units priced from one load of the pricing tables (landedCostOfEach).
// Cards use the pricing module's shelf pricer (the same one search indexes with), so lists agree.
import type { Db } from '../../db/database.js';
import type { ProductsTable, ProductVariantsTable, ShippingMode } from '../../db/schema.js';
import { landedCostOfEach, type EachResult, type PricedItem } from '../pricing/index.js';

/** Shanghai: the province a price is shown for before the shopper gives an address. */
export const DEFAULT_PROVINCE = 'SH';

export type ModePrice =
  | { ok: true; shelfFen: number; taxFen: number; freightFen: number; insuranceFen: number; totalFen: number; taxPath: string; payable: boolean; delivery: { minDays: number; maxDays: number } }
  | { ok: false; code: string; message: string };

const itemOf = (p: ProductsTable, v: ProductVariantsTable): PricedItem => ({
  sku: v.sku,
  price: v.price_cny_fen !== null ? { fixedCnyFen: v.price_cny_fen } : { usdCents: v.price_minor },
  quantity: 1,
  weightGrams: v.weight_grams,
  hsCode: p.hs_code,
  category: p.category,
  statutoryUnit: v.statutory_unit,
  statutoryQty: v.statutory_qty,
});

const toModePrice = (r: EachResult): ModePrice => {
  if (!r.ok) return { ok: false, code: r.error.code, message: r.error.message };
  const t = r.cost.quote.totals;
  return { ok: true, shelfFen: t.goodsFen, taxFen: t.taxFen, freightFen: t.freightFen, insuranceFen: t.insuranceFen, totalFen: t.totalFen, taxPath: r.cost.quote.taxPath, payable: r.cost.quote.payable, delivery: r.cost.delivery };
};

export type UnitPrices = {
  /** prices[i][m]: one unit of variants[i] by modes[m] to the default province. */
  prices: ModePrice[][];
  /** When these prices can next change by the clock alone (a rate coming into force), ms; null: not scheduled. */
  validUntil: number | null;
};

/** One unit of each variant by each mode to the default province, exactly as the quote API prices it; the tables are read once. */
export async function priceUnits(db: Db, p: ProductsTable, variants: ProductVariantsTable[], modes: ShippingMode[], at: Date): Promise<UnitPrices> {
  if (variants.length === 0 || modes.length === 0) return { prices: variants.map(() => []), validUntil: null };
  const answer = await landedCostOfEach(db, { items: variants.map((v) => itemOf(p, v)), modes, province: DEFAULT_PROVINCE, yearToDateFen: 0, at });
  return { prices: answer.results.map((row) => row.map(toModePrice)), validUntil: answer.validUntil };
}
