// What a shopper pays for some items, from the tables in force: FX, VAT per HS code, consumption
// tax by HS heading, tariffs, freight by mode and zone, limits and settings. The arithmetic is the
// pure engine's (quote-engine.ts); this file only gathers its inputs and says which are missing.
import type { Db } from '../../db/database.js';
import type { FxRatesTable, ShippingMode } from '../../db/schema.js';
import { AppError, conflict, invalidField } from '../../platform/errors.js';
import { lookupTariffLines, type ListLookup } from '../positive-list/index.js';
import { rateInForce } from './fx-rates.js';
import { priceCart, type CartLine, type Quote } from './quote-engine.js';
import type { ConsumptionTaxRule, StatutoryUnit } from './tax.js';
import { loadPricingSettings, type PricingSettings } from './settings.js';
import { findRateInForce } from './fx-repo.js';
import { findFreightBracket, findZone, loadTaxTables } from './tables-repo.js';

type TaxTables = Awaited<ReturnType<typeof loadTaxTables>>;

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

export async function computeLandedCost(db: Db, input: LandedCostInput): Promise<LandedCost> {
  const zone = await findZone(db, input.province);
  if (!zone) throw invalidField('province', `unknown province code "${input.province}"`);
  const weight = input.items.reduce((s, i) => s + i.weightGrams * i.quantity, 0);
  const bracket = await findFreightBracket(db, input.mode, zone.zone, weight);
  if (!bracket) throw new AppError('invalid', 'too_heavy', `${(weight / 1000).toFixed(1)} kg is over the heaviest ${input.mode} parcel; split the order`, { fields: [{ field: 'items', message: 'parcel too heavy' }] });
  const [fxRate, settlement, settings] = await Promise.all([
    rateInForce(db, { base: 'USD', quote: 'CNY' }, input.at),
    findRateInForce(db, { base: 'CNY', quote: 'USD' }, input.at.toISOString()),
    loadPricingSettings(db),
  ]);
  const codes = input.items.map((i) => i.hsCode);
  const [taxTables, listed] = await Promise.all([loadTaxTables(db, codes, input.at.toISOString().slice(0, 10)), lookupTariffLines(db, codes, input.at)]);
  const inputs = input.items.map((item, i) => lineFor(taxTables, listed.get(item.hsCode)!, item, i));
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
  return { quote, mode: input.mode, province: input.province, zone: zone.zone, delivery: { minDays: bracket.min_days, maxDays: bracket.max_days }, fxRate, settlementRate: settlement ?? null, settings };
}

