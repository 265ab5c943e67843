// What a shopper pays for some items, from the tables in force: FX, VAT per HS code, consumption
// tax by HS heading, tariffs, freight by mode and zone, limits and settings. The arithmetic is the
// pure engine's (quote-engine.ts); this file only gathers its inputs and says which are missing.
// The tables are loaded once (pricing-tables.ts) and then applied: computeLandedCost loads them for
// one parcel; landedCostOfEach loads them once for many single-item parcels (a product page).
import type { DbOrTrx } from '../../db/database.js';
import type { FxRatesTable, ShippingMode } from '../../db/schema.js';
import { AppError, conflict } from '../../platform/errors.js';
import type { ListLookup } from '../positive-list/index.js';
import { fxRateMissing } from './fx-rates.js';
import { loadPricingTables, type PricingTables, type TaxTables } from './pricing-tables.js';
import { priceCart, type CartLine, type Quote } from './quote-engine.js';
import type { ConsumptionTaxRule, StatutoryUnit } from './tax.js';
import type { PricingSettings } from './settings.js';

export type PricedItem = {
  sku: string;
  price: { usdCents: number } | { fixedCnyFen: number };
  quantity: number;
  weightGrams: number;
  hsCode: string;
  category: string;
  statutoryUnit: StatutoryUnit;
  statutoryQty: number;
};

export type LandedCostInput = { items: PricedItem[]; mode: ShippingMode; province: string; yearToDateFen: number; at: Date };

export type LandedCost = {
  quote: Quote;
  mode: ShippingMode;
  province: string;
  zone: string;
  delivery: { minDays: number; maxDays: number };
  fxRate: FxRatesTable;
  settlementRate: FxRatesTable | null;
  settings: PricingSettings;
};

const CAP_TO_BASE: Record<string, { unit: string; factor: number }> = { kg: { unit: 'g', factor: 1000 }, g: { unit: 'g', factor: 1 }, l: { unit: 'ml', factor: 1000 }, ml: { unit: 'ml', factor: 1 }, piece: { unit: 'piece', factor: 1 } };

type LineInputs = { line: CartLine; mfnMissing: boolean };

function lineFor(tables: TaxTables, listed: ListLookup, item: PricedItem, index: number): LineInputs {
  const field = (f: string) => `items.${index}.${f}`;
  const hs8 = item.hsCode.slice(0, 8);
  const vat = tables.vat(item.hsCode);
  const ct = tables.consumptionTax(item.hsCode);
  const mfn = tables.tariff('mfn', item.hsCode, null);
  const additional = tables.tariff('additional', item.hsCode, 'US');
  // VAT is 13 % or 9 % by tariff line; guessing would be a wrong tax, so a missing rate is refused.
  if (!vat) throw conflict('vat_rate_missing', `No VAT rate is set for tariff line ${hs8}; an operator must add it`, { fields: [{ field: field('hsCode'), message: `no VAT rate for ${hs8}` }] });
  let yearlyCap: CartLine['yearlyCap'];
  if (listed.status === 'listed' && listed.line.remark_type === 'quantity_cap' && listed.line.cap_quantity && listed.line.cap_unit) {
    const base = CAP_TO_BASE[listed.line.cap_unit];
    if (base && base.unit === item.statutoryUnit) {
      yearlyCap = { capQuantity: listed.line.cap_quantity * base.factor, unit: base.unit, usedThisYear: 0, quantityPerItem: item.statutoryQty };
    }
  }
  const line: CartLine = {
    sku: item.sku,
    price: item.price,
    quantity: item.quantity,
    weightGrams: item.weightGrams,
    hsCode: item.hsCode,
    vatBp: vat.vat_bp,
    consumptionTax: ct ? (JSON.parse(ct.rule) as ConsumptionTaxRule) : { kind: 'none' },
    statutory: { unit: item.statutoryUnit, quantityPerItem: item.statutoryQty },
    mfnBp: mfn?.rate_bp ?? 0,
    additionalBp: additional?.rate_bp ?? 0,
    indivisible: item.quantity === 1,
    ...(yearlyCap ? { yearlyCap } : {}),
  };
  return { line, mfnMissing: !mfn };
}

type Parcel = { items: PricedItem[]; mode: ShippingMode; yearToDateFen: number };

/** Pure: a parcel priced from loaded tables; throws the AppError computeLandedCost would, in the same order. */
export function landedCostFrom(t: PricingTables, input: Parcel): LandedCost {
  const weight = input.items.reduce((s, i) => s + i.weightGrams * i.quantity, 0);
  const bracket = t.freight.find((b) => b.mode === input.mode && b.max_weight_g >= weight);
  if (!bracket) throw new AppError('invalid', 'too_heavy', `${(weight / 1000).toFixed(1)} kg is over the heaviest ${input.mode} parcel; split the order`, { fields: [{ field: 'items', message: 'parcel too heavy' }] });
  const { fxRate, settings } = t;
  if (!fxRate) throw fxRateMissing({ base: 'USD', quote: 'CNY' });
  const inputs = input.items.map((item, i) => lineFor(t.tax, t.listed.get(item.hsCode)!, item, i));
  const lines = inputs.map((i) => i.line);
  const tables = {
    fx: { cnyPerUsdMicro: fxRate.rate_micro, source: fxRate.source, asOf: fxRate.effective_from },
    markupBp: settings.markupBp,
    rounding: settings.rounding,
    limits: settings.limits,
    tax: { cosmeticsThresholdBasis: settings.cosmeticsThresholdBasis },
  };
  let quote = priceCart({ lines, freightFen: bracket.fee_fen, insuranceFen: 0, yearToDateFen: input.yearToDateFen }, tables);
  // Insurance is a share of the goods value, known only once prices are: price twice when it is on.
  if (settings.insuranceBp > 0) {
    const insuranceFen = Math.floor((quote.totals.goodsFen * settings.insuranceBp + 5_000) / 10_000);
    quote = priceCart({ lines, freightFen: bracket.fee_fen, insuranceFen, yearToDateFen: input.yearToDateFen }, tables);
  }
  if (quote.taxPath === 'full_tax') {
    const missing = inputs.filter((i) => i.mfnMissing).map((i) => i.line.hsCode);
    if (missing.length) throw conflict('mfn_rate_missing', `This order pays full tax, but no MFN tariff is set for ${missing.join(', ')}; an operator must add it`);
  }
  return { quote, mode: input.mode, province: t.province, zone: t.zone, delivery: { minDays: bracket.min_days, maxDays: bracket.max_days }, fxRate, settlementRate: t.settlementRate ?? null, settings };
}

export async function computeLandedCost(db: DbOrTrx, input: LandedCostInput): Promise<LandedCost> {
  const tables = await loadPricingTables(db, { province: input.province, modes: [input.mode], hsCodes: input.items.map((i) => i.hsCode), at: input.at });
  return landedCostFrom(tables, input);
}

export type EachRequest = { items: PricedItem[]; modes: ShippingMode[]; province: string; at: Date; yearToDateFen?: number };
export type EachResult = { ok: true; cost: LandedCost } | { ok: false; error: AppError };
export type EachAnswer = {
  /** results[i][m]: what computeLandedCost answers (or the AppError it throws) for items[i] alone by modes[m]. */
  results: EachResult[][];
  /** The earliest time these answers can change by the clock alone (see PricingTables.validUntil). */
  validUntil: number | null;
};

const settle = (run: () => LandedCost): EachResult => {
  try {
    return { ok: true, cost: run() };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err };
    throw err;
  }
};

/** Each item alone (one parcel per item and mode), every table loaded once for all of them. */
export async function landedCostOfEach(db: DbOrTrx, request: EachRequest): Promise<EachAnswer> {
  const yearToDateFen = request.yearToDateFen ?? 0;
  let tables: PricingTables;
  try {
    tables = await loadPricingTables(db, { province: request.province, modes: request.modes, hsCodes: request.items.map((i) => i.hsCode), at: request.at, withValidity: true });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { results: request.items.map(() => request.modes.map(() => ({ ok: false, error: err }) as const)), validUntil: null };
  }
  const results = request.items.map((item) => request.modes.map((mode) => settle(() => landedCostFrom(tables, { items: [item], mode, yearToDateFen }))));
  return { results, validUntil: tables.validUntil };
}
