// Import tax on a cross-border retail order (DOMAIN.md §2–§3; 财关税〔2016〕18号, 〔2018〕49号). Pure: the
// caller looks up every rate (VAT per HS code, the consumption-tax rule, MFN and additional tariff by
// origin and date) and passes it in; nothing here infers a rate from a product's description.
//
// Rounding: per line, per tax kind. Each line's tariff, consumption tax (CT) and VAT is computed as an
// exact rational of that line's dutiable value and rounded half-up (away from zero) to the fen once;
// the line's tax is the sum of its three rounded kinds and the order's tax the sum of its lines, so
// the order always equals the sum of its lines to the fen. The bases of CT and VAT use the exact
// (unrounded) tariff and CT, as the statutory formulas are written; customs' receipt stays
// authoritative and the order module reconciles to it.
import { add, allocate, compare, ratio, roundHalfUp, scale, toRatio, type Ratio } from '../../platform/money.js';

export type TaxPath = 'preferential' | 'full_tax';

/** Statutory units of measure as declared to customs; the cosmetics threshold reads ml/l, g/kg and piece (片/张). */
export type StatutoryUnit = 'g' | 'kg' | 'ml' | 'l' | 'piece' | 'pair' | 'set';
/** How much of the statutory unit one sold item holds: a 50 ml bottle is { unit: 'ml', quantityPerItem: 50 }; fractions as decimal strings ("7.5"). */
export type Statutory = { unit: StatutoryUnit; quantityPerItem: number | string };

export type ConsumptionTaxRule =
  | { kind: 'none' }
  | { kind: 'ad_valorem'; rateBp: number }
  /** 15 % when the price per ml or g reaches perMlOrGFen (10 CNY) or per piece reaches perPieceFen (15 CNY). */
  | { kind: 'cosmetics_high_end'; rateBp: number; perMlOrGFen: number; perPieceFen: number; inclusive: boolean }
  /** 20 % when the taxable (dutiable) value per watch reaches perItemFen (10,000 CNY). */
  | { kind: 'watch'; rateBp: number; perItemFen: number; inclusive: boolean };

export type Discount = { amountFen: number; kind: 'cash' | 'non_cash' };

export type TaxSettings = {
  /**
   * Which price the high-end cosmetics threshold is judged on: the listed unit price of the goods,
   * or the dutiable value per item (price − cash discount + its share of freight and insurance).
   * The rule speaks of the taxable price, which for an import is the dutiable value, but which one
   * customs applies to CBEC declarations is unconfirmed.
   */
  cosmeticsThresholdBasis: 'goods_price' | 'dutiable_value';
};

export type DutiableParts = { goodsFen: number; freightFen: number; insuranceFen: number; discounts?: readonly Discount[] };

export type TaxLine = {
  unitPriceFen: number;
  quantity: number;
  /** This line's share of the order's freight, insurance and discounts (see allocateOrderCharges). */
  freightFen: number;
  insuranceFen: number;
  discounts: readonly Discount[];
  vatBp: number;
  consumptionTax: ConsumptionTaxRule;
  statutory: Statutory;
  /** Read on the full-tax path only; within the limits the tariff is 0. */
  tariff: { mfnBp: number; additionalBp: number };
};

export type ConsumptionTaxReason =
  | { code: 'no_consumption_tax' }
  | { code: 'ad_valorem'; rateBp: number }
  | {
      code: 'cosmetics_high_end' | 'cosmetics_not_high_end';
      basis: TaxSettings['cosmeticsThresholdBasis'];
      unit: StatutoryUnit;
      /** The judged price per ml, g or piece, half-up to the fen for display; the comparison itself is exact. */
      pricePerUnitFen: number;
      thresholdFen: number;
      inclusive: boolean;
    }
  | { code: 'watch_high_end' | 'watch_not_high_end'; valuePerItemFen: number; thresholdFen: number; inclusive: boolean };

export type ConsumptionTaxJudgement = { applied: boolean; rateBp: number; reason: ConsumptionTaxReason };

export type LineTax = {
  path: TaxPath;
  dutiableFen: number;
  tariffFen: number;
  consumptionTaxFen: number;
  vatFen: number;
  totalFen: number;
  /** The exact composite rate (tax before rounding ÷ dutiable value) in bp, half-up: for explaining, never for charging. */
  effectiveRateBp: number;
  consumptionTax: ConsumptionTaxJudgement;
};

export type TaxTotals = { dutiableFen: number; tariffFen: number; consumptionTaxFen: number; vatFen: number; totalFen: number };
export type OrderTax = { path: TaxPath; lines: LineTax[]; totals: TaxTotals };

const BP = 10_000n;
// Within the limits VAT and CT are levied at 70 % of the statutory amount (财关税〔2016〕18号).
const SHARE_N = 7n;
const SHARE_D = 10n;

function checkFen(x: number, what: string): void {
  if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`${what} must be a non-negative integer number of fen, got ${x}`);
}

function checkBp(bp: number, what: string, below = Infinity): void {
  if (!Number.isSafeInteger(bp) || bp < 0 || bp >= below) throw new RangeError(`${what} must be an integer number of basis points in [0, ${below}), got ${bp}`);
}

/** Dutiable value = goods + freight + insurance − cash discounts. Non-cash deductions (points, non-cash coupons) are not subtracted (§2). */
export function dutiableValueFen(parts: DutiableParts): number {
  checkFen(parts.goodsFen, 'goodsFen');
  checkFen(parts.freightFen, 'freightFen');
  checkFen(parts.insuranceFen, 'insuranceFen');
  let cash = 0;
  for (const d of parts.discounts ?? []) {
    checkFen(d.amountFen, 'discount amountFen');
    if (d.kind === 'cash') cash += d.amountFen;
  }
  if (cash > parts.goodsFen) throw new RangeError(`cash discounts (${cash}) exceed the goods value (${parts.goodsFen})`);
  return parts.goodsFen - cash + parts.freightFen + parts.insuranceFen;
}

export type LineCharges = { freightFen: number; insuranceFen: number; discounts: Discount[] };

/**
 * Splits the order's freight, insurance and discounts across its lines in proportion to each line's
 * goods value (largest remainder: shares sum exactly, each within a fen of proportional). Cash and
 * non-cash discounts are pooled by kind before splitting, so no line's cash share exceeds its goods.
 */
export function allocateOrderCharges(goodsFen: readonly number[], charges: { freightFen: number; insuranceFen: number; discounts?: readonly Discount[] }): LineCharges[] {
  let cash = 0;
  let nonCash = 0;
  for (const d of charges.discounts ?? []) {
    checkFen(d.amountFen, 'discount amountFen');
    if (d.kind === 'cash') cash += d.amountFen;
    else nonCash += d.amountFen;
  }
  const goods = goodsFen.reduce((s, g) => s + g, 0);
  if (cash + nonCash > goods) throw new RangeError(`discounts (${cash + nonCash}) exceed the goods value (${goods})`);
  const freight = allocate(charges.freightFen, goodsFen);
  const insurance = allocate(charges.insuranceFen, goodsFen);
  const cashShares = cash > 0 ? allocate(cash, goodsFen) : null;
  const nonCashShares = nonCash > 0 ? allocate(nonCash, goodsFen) : null;
  return goodsFen.map((_, i) => {
    const discounts: Discount[] = [];
    if (cashShares) discounts.push({ amountFen: cashShares[i]!, kind: 'cash' });
    if (nonCashShares) discounts.push({ amountFen: nonCashShares[i]!, kind: 'non_cash' });
    return { freightFen: freight[i]!, insuranceFen: insurance[i]!, discounts };
  });
}

/** ml/g thresholds are per ml or g: a declaration in l or kg is converted, not compared as is. */
const PER_UNIT_FACTOR: Partial<Record<StatutoryUnit, { factor: bigint; per: 'ml_or_g' | 'piece' }>> = {
  ml: { factor: 1n, per: 'ml_or_g' },
  g: { factor: 1n, per: 'ml_or_g' },
  l: { factor: 1000n, per: 'ml_or_g' },
  kg: { factor: 1000n, per: 'ml_or_g' },
  piece: { factor: 1n, per: 'piece' },
};

const passes = (value: Ratio, threshold: number, inclusive: boolean): boolean => {
  const c = compare(value, ratio(threshold));
  return inclusive ? c >= 0 : c > 0;
};

/**
 * Whether consumption tax applies to a line, and why. High-end cosmetics are judged per declared
 * statutory unit (the same cream declared as 50 ml or as 55 g can land on either side of 10 CNY);
 * the price is taken on the basis the settings name. Watches are judged on dutiable value per watch.
 */
export function judgeConsumptionTax(line: TaxLine, dutiableFen: number, settings: TaxSettings): ConsumptionTaxJudgement {
  const rule = line.consumptionTax;
  switch (rule.kind) {
    case 'none':
      return { applied: false, rateBp: 0, reason: { code: 'no_consumption_tax' } };
    case 'ad_valorem':
      return { applied: rule.rateBp > 0, rateBp: rule.rateBp, reason: { code: 'ad_valorem', rateBp: rule.rateBp } };
    case 'cosmetics_high_end': {
      const unit = PER_UNIT_FACTOR[line.statutory.unit];
      if (!unit) throw new RangeError(`high-end cosmetics cannot be judged per "${line.statutory.unit}"; declare ml, l, g, kg or piece`);
      const perItem = toRatio(line.statutory.quantityPerItem);
      if (perItem.n <= 0n) throw new RangeError('statutory quantityPerItem must be positive');
      const basis = settings.cosmeticsThresholdBasis;
      // Value of one item ÷ (its statutory quantity in ml, g or pieces).
      const itemValue = basis === 'goods_price' ? ratio(line.unitPriceFen) : ratio(dutiableFen, line.quantity);
      const perUnit: Ratio = { n: itemValue.n * perItem.d, d: itemValue.d * perItem.n * unit.factor };
      const thresholdFen = unit.per === 'piece' ? rule.perPieceFen : rule.perMlOrGFen;
      const applied = passes(perUnit, thresholdFen, rule.inclusive);
      const code = applied ? 'cosmetics_high_end' : 'cosmetics_not_high_end';
      return { applied, rateBp: applied ? rule.rateBp : 0, reason: { code, basis, unit: line.statutory.unit, pricePerUnitFen: roundHalfUp(perUnit), thresholdFen, inclusive: rule.inclusive } };
    }
    case 'watch': {
      const perItem = ratio(dutiableFen, line.quantity);
      const applied = passes(perItem, rule.perItemFen, rule.inclusive);
      const code = applied ? 'watch_high_end' : 'watch_not_high_end';
      return { applied, rateBp: applied ? rule.rateBp : 0, reason: { code, valuePerItemFen: roundHalfUp(perItem), thresholdFen: rule.perItemFen, inclusive: rule.inclusive } };
    }
  }
}

export type TaxCoefficients = { tariff: Ratio; consumptionTax: Ratio; vat: Ratio };

/**
 * Tax per fen of dutiable value, by kind, as exact rationals (every formula is linear in the dutiable value D):
 * - preferential: tariff 0; CT = D·ct/(1−ct)·0.7; VAT = (D + D·ct/(1−ct))·vat·0.7 = D·vat·0.7/(1−ct).
 * - full tax: tariff = D·(mfn + additional); CT = (D + tariff)·ct/(1−ct); VAT = (D + tariff + CT)·vat = D·(1+t)·vat/(1−ct).
 */
export function taxCoefficients(path: TaxPath, rates: { vatBp: number; consumptionTaxBp: number; mfnBp: number; additionalBp: number }): TaxCoefficients {
  checkBp(rates.vatBp, 'vatBp', 10_001);
  checkBp(rates.consumptionTaxBp, 'consumption tax rateBp', 10_000);
  const v = BigInt(rates.vatBp);
  const c = BigInt(rates.consumptionTaxBp);
  if (path === 'preferential') {
    const d = (BP - c) * SHARE_D;
    return { tariff: { n: 0n, d: 1n }, consumptionTax: { n: c * SHARE_N, d }, vat: { n: v * SHARE_N, d } };
  }
  checkBp(rates.mfnBp, 'mfnBp');
  checkBp(rates.additionalBp, 'additionalBp');
  const t = BigInt(rates.mfnBp) + BigInt(rates.additionalBp);
  const d = BP * (BP - c);
  return { tariff: { n: t, d: BP }, consumptionTax: { n: (BP + t) * c, d }, vat: { n: (BP + t) * v, d } };
}

/** One line's tax: each kind is the exact dutiable value × its coefficient, rounded half-up to the fen once; total = the sum of the rounded kinds. */
export function computeLineTax(line: TaxLine, path: TaxPath, settings: TaxSettings): LineTax {
  checkFen(line.unitPriceFen, 'unitPriceFen');
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) throw new RangeError(`quantity must be a positive integer, got ${line.quantity}`);
  const dutiableFen = dutiableValueFen({ goodsFen: line.unitPriceFen * line.quantity, freightFen: line.freightFen, insuranceFen: line.insuranceFen, discounts: line.discounts });
  const consumptionTax = judgeConsumptionTax(line, dutiableFen, settings);
  const k = taxCoefficients(path, { vatBp: line.vatBp, consumptionTaxBp: consumptionTax.rateBp, mfnBp: line.tariff.mfnBp, additionalBp: line.tariff.additionalBp });
  const tariffFen = roundHalfUp(scale(k.tariff, dutiableFen));
  const consumptionTaxFen = roundHalfUp(scale(k.consumptionTax, dutiableFen));
  const vatFen = roundHalfUp(scale(k.vat, dutiableFen));
  const rate = add(add(k.tariff, k.consumptionTax), k.vat);
  return {
    path,
    dutiableFen,
    tariffFen,
    consumptionTaxFen,
    vatFen,
    totalFen: tariffFen + consumptionTaxFen + vatFen,
    effectiveRateBp: roundHalfUp(scale(rate, BP)),
    consumptionTax,
  };
}

/** Every line on the same path (the limits decide it for the whole order, see limits.ts); totals are sums of the lines' rounded figures, never re-rounded. */
export function computeOrderTax(lines: readonly TaxLine[], path: TaxPath, settings: TaxSettings): OrderTax {
  const out = lines.map((l) => computeLineTax(l, path, settings));
  const totals: TaxTotals = { dutiableFen: 0, tariffFen: 0, consumptionTaxFen: 0, vatFen: 0, totalFen: 0 };
  for (const l of out) {
    totals.dutiableFen += l.dutiableFen;
    totals.tariffFen += l.tariffFen;
    totals.consumptionTaxFen += l.consumptionTaxFen;
    totals.vatFen += l.vatFen;
    totals.totalFen += l.totalFen;
  }
  return { path, lines: out, totals };
}

/** The statutory rule for high-end cosmetics (15 %, 10 CNY per ml or g, 15 CNY per piece), with the boundary's inclusivity as a setting. */
export const cosmeticsRule = (inclusive: boolean): ConsumptionTaxRule => ({ kind: 'cosmetics_high_end', rateBp: 1500, perMlOrGFen: 1000, perPieceFen: 1500, inclusive });
/** The statutory rule for high-end watches (20 % at 10,000 CNY per watch), with the boundary's inclusivity as a setting. */
export const watchRule = (inclusive: boolean): ConsumptionTaxRule => ({ kind: 'watch', rateBp: 2000, perItemFen: 1_000_000, inclusive });
