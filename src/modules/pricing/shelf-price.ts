// A variant's CNY shelf price (fen) as a shopper sees it before tax and freight: the seller's fixed CNY
// price, or the USD price converted at the rate in force with the platform markup and rounding. The
// arithmetic is retail-price.ts's (the quote uses the same function), so list and quote agree.
import type { DbOrTrx } from '../../db/database.js';
import { findRateInForce } from './fx-repo.js';
import { computeRetailPrice, type FxRate, type PriceSource } from './retail-price.js';
import { loadPricingSettings, type PricingSettings } from './settings.js';

export type ShelfPriceInput = { priceMinor: number; priceCnyFen: number | null };

/** Pure: the shelf price in fen; null when the price needs a conversion and no USD→CNY rate is in force. */
export function shelfPriceFen(variant: ShelfPriceInput, fx: FxRate | null, settings: Pick<PricingSettings, 'markupBp' | 'rounding'>): number | null {
  const source: PriceSource = variant.priceCnyFen !== null ? { fixedCnyFen: variant.priceCnyFen } : { usdCents: variant.priceMinor };
  // A fixed CNY price needs no rate (computeRetailPrice ignores it then).
  if ('usdCents' in source && !fx) return null;
  return computeRetailPrice(source, fx ?? { cnyPerUsdMicro: 1 }, settings.markupBp, settings.rounding).unitPriceFen;
}

export type ShelfPricer = { fxRateId: string | null; priceOf: (variant: ShelfPriceInput) => number | null };

/** Loads the rate in force at `at` and the pricing settings once, for pricing many variants. */
export async function loadShelfPricer(db: DbOrTrx, at: Date): Promise<ShelfPricer> {
  const [rate, settings] = await Promise.all([findRateInForce(db, { base: 'USD', quote: 'CNY' }, at.toISOString()), loadPricingSettings(db)]);
  const fx: FxRate | null = rate ? { cnyPerUsdMicro: Number(rate.rate_micro), source: rate.source, asOf: rate.effective_from } : null;
  return { fxRateId: rate?.id ?? null, priceOf: (variant) => shelfPriceFen(variant, fx, settings) };
}
