// A cart's price in CNY, end to end: shelf prices from USD, the order's charges split across lines,
// import tax per line, and whether the order may clear through the channel at all. One pure
// function: the caller brings the cart, the buyer's year-to-date and the rate tables (FX, markup,
// rounding, limits, tax settings) and gets back every figure with its reason. No clock, no I/O.
import { classifyOrder, taxPathFor, type Classification, type LimitSettings, type YearlyCapUse } from './limits.js';
import { computeRetailPrice, type FxRate, type PriceSource, type RetailRounding } from './retail-price.js';
import { allocateOrderCharges, computeOrderTax, type ConsumptionTaxRule, type Discount, type LineTax, type Statutory, type TaxLine, type TaxPath, type TaxSettings } from './tax.js';

export type CartLine = {
  sku: string;
  price: PriceSource;
  quantity: number;
  weightGrams: number;
  hsCode: string;
  /** Looked up per HS code by the caller (13 % or 9 %), never inferred here. */
  vatBp: number;
  consumptionTax: ConsumptionTaxRule;
  statutory: Statutory;
  /** MFN and additional (counter-) tariff for this HS code, origin and date; charged only on the full-tax path. */
  mfnBp: number;
  additionalBp: number;
  /** One item that cannot be split into smaller orders; only such an item, alone in its order, may exceed the single limit. */
  indivisible?: boolean;
  /** The positive list's per-person yearly cap for this HS code, in whole units of `unit`; quantityPerItem in the same unit. */
  yearlyCap?: { capQuantity: number; unit: string; usedThisYear: number; quantityPerItem: number };
};

export type CartInput = {
  lines: readonly CartLine[];
  /** Freight and insurance charged to the shopper, in fen, already computed for the shipping mode. */
  freightFen: number;
  insuranceFen: number;
  discounts?: readonly Discount[];
  /** The buyer's total this year on the basis tables.limits.annualBasis names, net of returns. */
  yearToDateFen: number;
};

export type PricingTables = { fx: FxRate; markupBp: number; rounding: RetailRounding; limits: LimitSettings; tax: TaxSettings };

export type QuoteLine = {
  sku: string;
  hsCode: string;
  quantity: number;
  weightGrams: number;
  unitPriceFen: number;
  priceSource: 'converted' | 'seller_fixed';
  goodsFen: number;
  freightFen: number;
  insuranceFen: number;
  cashDiscountFen: number;
  nonCashDiscountFen: number;
  tax: LineTax;
};

export type QuoteTotals = {
  goodsFen: number;
  freightFen: number;
  insuranceFen: number;
  cashDiscountFen: number;
  nonCashDiscountFen: number;
  /** Cash + non-cash: everything taken off what the shopper pays. */
  discountFen: number;
  dutiableFen: number;
  tariffFen: number;
  consumptionTaxFen: number;
  vatFen: number;
  taxFen: number;
  /** goods + freight + insurance + tax − discount: what the shopper pays (CEB311's acturalPaid). */
  totalFen: number;
  weightGrams: number;
};

export type Quote = {
  fx: FxRate;
  markupBp: number;
  taxPath: TaxPath;
  lines: QuoteLine[];
  totals: QuoteTotals;
  classification: Classification;
  /** False when the limits reject the order: the figures are still shown, on the preferential path, so the shopper sees why. */
  payable: boolean;
};

const sumKind = (discounts: readonly Discount[], kind: Discount['kind']) => discounts.reduce((s, d) => (d.kind === kind ? s + d.amountFen : s), 0);

function checkInt(x: number, what: string, min: number): void {
  if (!Number.isSafeInteger(x) || x < min) throw new RangeError(`${what} must be a safe integer ≥ ${min}, got ${x}`);
}

/** Quantity caps of the order's lines, one entry per HS code (lines of the same code add up). */
function capsOf(lines: readonly CartLine[]): YearlyCapUse[] {
  const byHs = new Map<string, YearlyCapUse>();
  for (const l of lines) {
    if (!l.yearlyCap) continue;
    const thisLine = l.yearlyCap.quantityPerItem * l.quantity;
    checkInt(thisLine, `cap quantity of ${l.sku}`, 0);
    const seen = byHs.get(l.hsCode);
    if (seen) seen.thisOrder += thisLine;
    else byHs.set(l.hsCode, { hsCode: l.hsCode, capQuantity: l.yearlyCap.capQuantity, unit: l.yearlyCap.unit, usedThisYear: l.yearlyCap.usedThisYear, thisOrder: thisLine });
  }
  return [...byHs.values()];
}

/**
 * Prices a cart. Rounding happens at three stated points only: the unit shelf price (tables.rounding,
 * see retail-price.ts), the split of freight, insurance and discounts (largest remainder, exact
 * sums), and each tax kind per line (half-up to the fen, see tax.ts). Every total is a sum of line
 * figures, so totals always equal the sum of lines. The tax path comes from the single limit first,
 * because on the 'paid' annual basis the annual check needs the amount paid on that path.
 */
export function priceCart(input: CartInput, tables: PricingTables): Quote {
  if (input.lines.length === 0) throw new RangeError('a cart needs at least one line');
  checkInt(input.freightFen, 'freightFen', 0);
  checkInt(input.insuranceFen, 'insuranceFen', 0);

  const prices = input.lines.map((l) => {
    checkInt(l.quantity, `quantity of ${l.sku}`, 1);
    checkInt(l.weightGrams, `weightGrams of ${l.sku}`, 0);
    const p = computeRetailPrice(l.price, tables.fx, tables.markupBp, tables.rounding);
    const goodsFen = p.unitPriceFen * l.quantity;
    checkInt(goodsFen, `goods value of ${l.sku}`, 0);
    return { ...p, goodsFen };
  });
  const charges = allocateOrderCharges(
    prices.map((p) => p.goodsFen),
    { freightFen: input.freightFen, insuranceFen: input.insuranceFen, discounts: input.discounts ?? [] },
  );
  const taxLines: TaxLine[] = input.lines.map((l, i) => ({
    unitPriceFen: prices[i]!.unitPriceFen,
    quantity: l.quantity,
    freightFen: charges[i]!.freightFen,
    insuranceFen: charges[i]!.insuranceFen,
    discounts: charges[i]!.discounts,
    vatBp: l.vatBp,
    consumptionTax: l.consumptionTax,
    statutory: l.statutory,
    tariff: { mfnBp: l.mfnBp, additionalBp: l.additionalBp },
  }));

  // Dutiable value does not depend on the path, so the preferential pass's figures decide it.
  const preferential = computeOrderTax(taxLines, 'preferential', tables.tax);
  const limitLines = input.lines.map((l, i) => ({ dutiableFen: preferential.lines[i]!.dutiableFen, quantity: l.quantity, indivisible: l.indivisible === true }));
  const taxPath = taxPathFor({ lines: limitLines, orderDutiableFen: preferential.totals.dutiableFen }, tables.limits);
  const tax = taxPath === 'preferential' ? preferential : computeOrderTax(taxLines, taxPath, tables.tax);

  const lines: QuoteLine[] = input.lines.map((l, i) => ({
    sku: l.sku,
    hsCode: l.hsCode,
    quantity: l.quantity,
    weightGrams: l.weightGrams * l.quantity,
    unitPriceFen: prices[i]!.unitPriceFen,
    priceSource: prices[i]!.source,
    goodsFen: prices[i]!.goodsFen,
    freightFen: charges[i]!.freightFen,
    insuranceFen: charges[i]!.insuranceFen,
    cashDiscountFen: sumKind(charges[i]!.discounts, 'cash'),
    nonCashDiscountFen: sumKind(charges[i]!.discounts, 'non_cash'),
    tax: tax.lines[i]!,
  }));

  const totals: QuoteTotals = { goodsFen: 0, freightFen: 0, insuranceFen: 0, cashDiscountFen: 0, nonCashDiscountFen: 0, discountFen: 0, dutiableFen: 0, tariffFen: 0, consumptionTaxFen: 0, vatFen: 0, taxFen: 0, totalFen: 0, weightGrams: 0 };
  for (const l of lines) {
    totals.goodsFen += l.goodsFen;
    totals.freightFen += l.freightFen;
    totals.insuranceFen += l.insuranceFen;
    totals.cashDiscountFen += l.cashDiscountFen;
    totals.nonCashDiscountFen += l.nonCashDiscountFen;
    totals.weightGrams += l.weightGrams;
  }
  totals.discountFen = totals.cashDiscountFen + totals.nonCashDiscountFen;
  totals.dutiableFen = tax.totals.dutiableFen;
  totals.tariffFen = tax.totals.tariffFen;
  totals.consumptionTaxFen = tax.totals.consumptionTaxFen;
  totals.vatFen = tax.totals.vatFen;
  totals.taxFen = tax.totals.totalFen;
  totals.totalFen = totals.goodsFen + totals.freightFen + totals.insuranceFen + totals.taxFen - totals.discountFen;

  const classification = classifyOrder(
    { lines: limitLines, orderDutiableFen: totals.dutiableFen, orderPaidFen: totals.totalFen, yearToDateFen: input.yearToDateFen, perLineYearlyCaps: capsOf(input.lines) },
    tables.limits,
  );
  return { fx: tables.fx, markupBp: tables.markupBp, taxPath, lines, totals, classification, payable: classification.kind !== 'rejected' };
}
