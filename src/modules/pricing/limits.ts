// The channel's limits (DOMAIN.md §3; 财关税〔2016〕18号, 〔2018〕49号): 5,000 CNY of dutiable value per
// transaction, 26,000 CNY per person per calendar year, and per-person yearly quantity caps on some
// tariff lines. Pure: the order module supplies the buyer's year-to-date (net of returns) and the
// quantities already bought; this file only judges one order against them.
import type { TaxPath } from './tax.js';

export type LimitSettings = {
  singleLimitFen: number;
  annualLimitFen: number;
  /** Whether an order of exactly the single limit is allowed (the texts say "超过5000元", read as inclusive, but unconfirmed). */
  singleInclusive: boolean;
  /** Whether a year total of exactly the annual limit is allowed. */
  annualInclusive: boolean;
  /** What the annual limit counts: dutiable value, or the amount paid (goods + freight + insurance + tax − discounts). */
  annualBasis: 'dutiable' | 'paid';
};

/** A starting point for the operator-editable table; each uncertain reading is a field, not a constant. */
export const DEFAULT_LIMIT_SETTINGS: LimitSettings = { singleLimitFen: 500_000, annualLimitFen: 2_600_000, singleInclusive: true, annualInclusive: true, annualBasis: 'dutiable' };

export type LimitLine = { dutiableFen: number; quantity: number; indivisible: boolean };

/** Quantities in whole units of `unit` (use g or ml for caps stated in kg or l, so they stay integers). */
export type YearlyCapUse = { hsCode: string; capQuantity: number; unit: string; usedThisYear: number; thisOrder: number };

export type ClassifyInput = {
  lines: readonly LimitLine[];
  orderDutiableFen: number;
  /** Paid on the path this order would take (full tax for a single indivisible item over the single limit): read when annualBasis is 'paid'. */
  orderPaidFen: number;
  /** This year's total so far, on the same basis as settings.annualBasis, returns already subtracted. */
  yearToDateFen: number;
  perLineYearlyCaps?: readonly YearlyCapUse[];
};

export type Rejection =
  | { code: 'over_single_limit' | 'over_annual_limit'; limitFen: number; attemptedFen: number; roomLeftFen: number; message: string }
  | { code: 'over_quantity_cap'; hsCode: string; unit: string; capQuantity: number; attemptedQuantity: number; roomLeftQuantity: number; message: string };

export type FullTaxReason = { code: 'single_indivisible_item_over_single_limit'; limitFen: number; attemptedFen: number; message: string };

export type Classification =
  | { kind: 'preferential'; countsTowardYearFen: number }
  | { kind: 'full_tax'; reason: FullTaxReason; countsTowardYearFen: number }
  /** `reason` is the first of `reasons`, in the order single limit, annual limit, quantity caps. */
  | { kind: 'rejected'; reason: Rejection; reasons: Rejection[] };

/** "¥1,200.00"; negative amounts as "-¥1.00". Integer arithmetic, so no float ever touches the digits. */
export function formatCny(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`);
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

const maxAllowed = (limit: number, inclusive: boolean) => (inclusive ? limit : limit - 1);

function checkAmount(x: number, what: string): void {
  if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${x}`);
}

/** A single indivisible item: the only line of the order, quantity 1. Only such an order may exceed the single limit. */
const isSingleIndivisibleItem = (lines: readonly LimitLine[]) => lines.length === 1 && lines[0]!.quantity === 1 && lines[0]!.indivisible;

/**
 * The tax path the single limit implies, before the annual limit is known to pass. The quote engine
 * needs it first: on the 'paid' basis the annual check reads the amount paid, which depends on the path.
 */
export function taxPathFor(input: { lines: readonly LimitLine[]; orderDutiableFen: number }, settings: LimitSettings): TaxPath {
  const over = input.orderDutiableFen > maxAllowed(settings.singleLimitFen, settings.singleInclusive);
  return over && isSingleIndivisibleItem(input.lines) ? 'full_tax' : 'preferential';
}

/**
 * Preferential (within the limits), full tax (a single indivisible item over the single limit whose
 * year total stays within the annual limit; it counts toward the year), or rejected with every limit
 * it breaks, how far, and the room left: such an order is general trade and cannot clear here.
 */
export function classifyOrder(input: ClassifyInput, settings: LimitSettings): Classification {
  checkAmount(input.orderDutiableFen, 'orderDutiableFen');
  checkAmount(input.orderPaidFen, 'orderPaidFen');
  checkAmount(input.yearToDateFen, 'yearToDateFen');
  const reasons: Rejection[] = [];

  const singleMax = maxAllowed(settings.singleLimitFen, settings.singleInclusive);
  const overSingle = input.orderDutiableFen > singleMax;
  const path = taxPathFor(input, settings);
  if (overSingle && path !== 'full_tax') {
    const within = settings.singleInclusive ? 'at most' : 'less than';
    reasons.push({
      code: 'over_single_limit',
      limitFen: settings.singleLimitFen,
      attemptedFen: input.orderDutiableFen,
      roomLeftFen: singleMax,
      message: `Each cross-border order must be ${within} ${formatCny(settings.singleLimitFen)} in dutiable value (goods, freight and insurance); this one is ${formatCny(input.orderDutiableFen)}. Split it into orders of up to ${formatCny(singleMax)} each.`,
    });
  }

  const counted = settings.annualBasis === 'dutiable' ? input.orderDutiableFen : input.orderPaidFen;
  const annualMax = maxAllowed(settings.annualLimitFen, settings.annualInclusive);
  const yearAfter = input.yearToDateFen + counted;
  if (yearAfter > annualMax) {
    const room = Math.max(0, annualMax - input.yearToDateFen);
    const counts = settings.annualBasis === 'dutiable' ? 'dutiable value' : 'amount paid';
    reasons.push({
      code: 'over_annual_limit',
      limitFen: settings.annualLimitFen,
      attemptedFen: yearAfter,
      roomLeftFen: room,
      message: `This order would bring your cross-border purchases this year to ${formatCny(yearAfter)} (${counts}), over the ${formatCny(settings.annualLimitFen)} yearly limit. ${room > 0 ? `You can spend ${formatCny(room)} more this year.` : 'You have no room left this year.'}`,
    });
  }

  for (const cap of input.perLineYearlyCaps ?? []) {
    for (const [k, v] of [['capQuantity', cap.capQuantity], ['usedThisYear', cap.usedThisYear], ['thisOrder', cap.thisOrder]] as const) checkAmount(v, k);
    const attempted = cap.usedThisYear + cap.thisOrder;
    // A cap is "at most": reaching it exactly is allowed.
    if (attempted <= cap.capQuantity) continue;
    const room = Math.max(0, cap.capQuantity - cap.usedThisYear);
    reasons.push({
      code: 'over_quantity_cap',
      hsCode: cap.hsCode,
      unit: cap.unit,
      capQuantity: cap.capQuantity,
      attemptedQuantity: attempted,
      roomLeftQuantity: room,
      message: `Goods under tariff line ${cap.hsCode} are capped at ${cap.capQuantity} ${cap.unit} per person per year; with this order you would reach ${attempted} ${cap.unit}. ${room > 0 ? `You can buy ${room} ${cap.unit} more this year.` : 'You have none left this year.'}`,
    });
  }

  if (reasons.length > 0) return { kind: 'rejected', reason: reasons[0]!, reasons };
  if (path === 'full_tax') {
    return {
      kind: 'full_tax',
      countsTowardYearFen: counted,
      reason: {
        code: 'single_indivisible_item_over_single_limit',
        limitFen: settings.singleLimitFen,
        attemptedFen: input.orderDutiableFen,
        message: `A single indivisible item over ${formatCny(settings.singleLimitFen)} may clear, but at full tax: the MFN tariff (plus any additional tariff) and 100% of VAT and consumption tax, instead of 70%. It counts toward this year's limit.`,
      },
    };
  }
  return { kind: 'preferential', countsTowardYearFen: counted };
}
