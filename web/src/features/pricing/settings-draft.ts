// The pricing settings as the operator edits them (percent, yuan and minutes as typed text) and the
// translation both ways: settings → draft on load, draft → settings (basis points, fen) on save.
import { bpToPercent, fenToYuan, percentToBp, yuanToFen } from './money';
import type { PricingSettings, Rounding } from './pricing-types';

export type RoundingChoice = 'fen' | 'jiao_up' | 'ending_9_yuan' | 'ending_9_jiao';

export type SettingsDraft = {
  markup: string;
  rounding: RoundingChoice;
  singleLimit: string;
  annualLimit: string;
  singleInclusive: boolean;
  annualInclusive: boolean;
  annualBasis: 'dutiable' | 'paid';
  cosmeticsThresholdBasis: 'goods_price' | 'dutiable_value';
  insurance: string;
  commissionDefault: string;
  commissionByCategory: Record<string, string>;
  paymentFee: string;
  quoteValidity: string;
};

/** A draft field that could not be read, named like the API's field (e.g. "limits.singleLimitFen"). */
export type DraftProblem = { field: string; kind: 'percent' | 'yuan' | 'minutes' };

const roundingChoice = (r: Rounding): RoundingChoice => (r.mode === 'ending_9' ? `ending_9_${r.step}` : r.mode);
const roundingOf = (c: RoundingChoice): Rounding => (c === 'ending_9_yuan' ? { mode: 'ending_9', step: 'yuan' } : c === 'ending_9_jiao' ? { mode: 'ending_9', step: 'jiao' } : { mode: c });

export function toDraft(s: PricingSettings): SettingsDraft {
  return {
    markup: bpToPercent(s.markupBp),
    rounding: roundingChoice(s.rounding),
    singleLimit: fenToYuan(s.limits.singleLimitFen),
    annualLimit: fenToYuan(s.limits.annualLimitFen),
    singleInclusive: s.limits.singleInclusive,
    annualInclusive: s.limits.annualInclusive,
    annualBasis: s.limits.annualBasis,
    cosmeticsThresholdBasis: s.cosmeticsThresholdBasis,
    insurance: bpToPercent(s.insuranceBp),
    commissionDefault: bpToPercent(s.commission.defaultBp),
    commissionByCategory: Object.fromEntries(Object.entries(s.commission.byCategory).map(([k, bp]) => [k, bpToPercent(bp)])),
    paymentFee: bpToPercent(s.paymentFeeBp),
    quoteValidity: String(s.quoteValidityMinutes),
  };
}

/** The whole settings object for PUT, or the fields that could not be read. */
export function fromDraft(d: SettingsDraft): { settings: PricingSettings; problems: [] } | { settings: null; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const pct = (field: string, text: string) => {
    const bp = percentToBp(text);
    if (bp === null) problems.push({ field, kind: 'percent' });
    return bp ?? 0;
  };
  const yuan = (field: string, text: string) => {
    const fen = yuanToFen(text);
    if (fen === null) problems.push({ field, kind: 'yuan' });
    return fen ?? 0;
  };
  const minutes = /^\d{1,4}$/.test(d.quoteValidity.trim()) ? Number(d.quoteValidity.trim()) : null;
  if (minutes === null) problems.push({ field: 'quoteValidityMinutes', kind: 'minutes' });
  const settings: PricingSettings = {
    markupBp: pct('markupBp', d.markup),
    rounding: roundingOf(d.rounding),
    limits: {
      singleLimitFen: yuan('limits.singleLimitFen', d.singleLimit),
      annualLimitFen: yuan('limits.annualLimitFen', d.annualLimit),
      singleInclusive: d.singleInclusive,
      annualInclusive: d.annualInclusive,
      annualBasis: d.annualBasis,
    },
    cosmeticsThresholdBasis: d.cosmeticsThresholdBasis,
    insuranceBp: pct('insuranceBp', d.insurance),
    commission: {
      defaultBp: pct('commission.defaultBp', d.commissionDefault),
      byCategory: Object.fromEntries(Object.entries(d.commissionByCategory).map(([k, text]) => [k, pct(`commission.byCategory.${k}`, text)])),
    },
    paymentFeeBp: pct('paymentFeeBp', d.paymentFee),
    quoteValidityMinutes: minutes ?? 0,
  };
  return problems.length ? { settings: null, problems } : { settings, problems: [] };
}
