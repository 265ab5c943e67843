// Shelf prices in CNY from sellers' USD prices, and CNY back to USD for settling with sellers.
// Sellers think in USD cents, shoppers pay in CNY fen (DOMAIN.md §1). The exchange rate is an exact
// integer number of micro-yuan per US dollar (7.1234 → 7,123,400), and since cents × CNY-per-USD
// is fen, a conversion is one exact rational rounded once.
import { parseScaled, ratio, roundHalfEven, roundHalfUp, roundUp, type Ratio } from '../../platform/money.js';

/** The rate a quote used; an order keeps it (with where it came from and when) to explain its price later. */
export type FxRate = { cnyPerUsdMicro: number; source?: string; asOf?: string };

export type RetailRounding =
  /** Nearest fen, halves up. */
  | { mode: 'fen' }
  /** Up to the next 0.10 CNY. */
  | { mode: 'jiao_up' }
  /** Up to the next price ending in 9: step 'yuan' → …9.00 (123.45 → 129.00); step 'jiao' → ….90 (123.45 → 123.90). */
  | { mode: 'ending_9'; step: 'yuan' | 'jiao' };

/** A seller's USD price, converted and marked up, or a CNY price the seller fixed, which is used as is. */
export type PriceSource = { usdCents: number } | { fixedCnyFen: number };

export type RetailPrice = { unitPriceFen: number; source: 'converted' | 'seller_fixed' };

const MICRO = 1_000_000n;
const BP = 10_000n;

function checkInt(x: number, what: string, min = 0): void {
  if (!Number.isSafeInteger(x) || x < min) throw new RangeError(`${what} must be a safe integer ≥ ${min}, got ${x}`);
}

/** "7.1234" → { cnyPerUsdMicro: 7123400 }; more than six decimals is refused rather than rounded. */
export function fxRateFromDecimal(cnyPerUsd: string, meta: { source?: string; asOf?: string } = {}): FxRate {
  const micro = parseScaled(cnyPerUsd, 1_000_000);
  checkInt(micro, 'cnyPerUsdMicro', 1);
  return { cnyPerUsdMicro: micro, ...meta };
}

/** The exact CNY value, in fen, of `usdCents` at `fx` with `markupBp` added: cents × rate × (1 + markup). */
export function exactFen(usdCents: number, fx: FxRate, markupBp: number): Ratio {
  checkInt(usdCents, 'usdCents');
  checkInt(fx.cnyPerUsdMicro, 'cnyPerUsdMicro', 1);
  checkInt(markupBp, 'markupBp');
  return { n: BigInt(usdCents) * BigInt(fx.cnyPerUsdMicro) * (BP + BigInt(markupBp)), d: MICRO * BP };
}

/** Rounds an exact fen amount to a shelf price; every mode but 'fen' rounds up, so a shelf price never undercuts the marked-up cost. */
export function roundRetail(fen: Ratio, rounding: RetailRounding): number {
  switch (rounding.mode) {
    case 'fen':
      return roundHalfUp(fen);
    case 'jiao_up':
      return roundUp({ n: fen.n, d: fen.d * 10n }) * 10;
    case 'ending_9': {
      // The smallest p ≥ fen with p ≡ end (mod step): p = ⌈(fen − end) / step⌉ · step + end (k ≥ 0 since fen ≥ 0 > end − step).
      const [step, end] = rounding.step === 'yuan' ? [1000n, 900n] : [100n, 90n];
      const k = roundUp({ n: fen.n - end * fen.d, d: fen.d * step });
      return k * Number(step) + Number(end);
    }
  }
}

/**
 * The unit shelf price in fen. Converted prices: exact cents × rate × (1 + markup), then the
 * rounding rule (see RetailRounding). A seller-fixed CNY price overrides conversion, markup and
 * rounding: the seller has chosen the number the shopper sees.
 */
export function computeRetailPrice(price: PriceSource, fx: FxRate, markupBp: number, rounding: RetailRounding): RetailPrice {
  if ('fixedCnyFen' in price) {
    checkInt(price.fixedCnyFen, 'fixedCnyFen');
    return { unitPriceFen: price.fixedCnyFen, source: 'seller_fixed' };
  }
  return { unitPriceFen: roundRetail(exactFen(price.usdCents, fx, markupBp), rounding), source: 'converted' };
}

/**
 * CNY fen → USD cents at `fx`, for settling with the seller: fen ÷ rate, halves to even. Half-even
 * because settlement converts many amounts one way, and half-up would lean every tie toward the
 * seller; the markup is not removed here (what is settled is the caller's decision).
 */
export function convertFenToUsdCents(fen: number, fx: FxRate): number {
  checkInt(fen, 'fen');
  checkInt(fx.cnyPerUsdMicro, 'cnyPerUsdMicro', 1);
  return roundHalfEven(ratio(BigInt(fen) * MICRO, BigInt(fx.cnyPerUsdMicro)));
}
