// What the seller keeps of a sale: the goods value less the platform's markup, commission and the
// payment fee, converted to USD at the settlement rate (CNY→USD when one is set, else the inverse
// of the USD→CNY rate), rounded half-even to the cent.
import type { FxRatesTable } from '../../db/schema.js';
import { ratio, roundHalfEven } from '../../platform/money.js';
import type { Quote } from './quote-engine.js';
import { convertFenToUsdCents } from './retail-price.js';
import type { PricingSettings } from './settings.js';

const bpOf = (fen: number, bp: number) => Math.floor((fen * bp + 5_000) / 10_000);

export type SellerTake = { goodsFen: number; markupFen: number; commissionFen: number; paymentFeeFen: number; receivesFen: number; receivesUsdCents: number; settlement: string };

export function sellerTake(quote: Quote, category: string, settings: PricingSettings, settlementRate: FxRatesTable | null): SellerTake {
  const goodsFen = quote.totals.goodsFen;
  const markupFen = Math.floor((goodsFen * settings.markupBp + (10_000 + settings.markupBp) / 2) / (10_000 + settings.markupBp));
  const commissionFen = bpOf(goodsFen, settings.commission.byCategory[category] ?? settings.commission.defaultBp);
  const paymentFeeFen = bpOf(quote.totals.totalFen, settings.paymentFeeBp);
  const receivesFen = goodsFen - markupFen - commissionFen - paymentFeeFen;
  const receivesUsdCents = settlementRate
    ? roundHalfEven(ratio(BigInt(Math.max(receivesFen, 0)) * BigInt(settlementRate.rate_micro), 1_000_000n)) * Math.sign(receivesFen)
    : convertFenToUsdCents(Math.max(receivesFen, 0), quote.fx) * Math.sign(receivesFen);
  return {
    goodsFen,
    markupFen,
    commissionFen,
    paymentFeeFen,
    receivesFen,
    receivesUsdCents,
    settlement: settlementRate ? `CNY→USD ${settlementRate.rate_micro / 1_000_000} (${settlementRate.source})` : 'inverse of the USD→CNY rate',
  };
}
