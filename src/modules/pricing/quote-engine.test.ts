import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from './limits.js';
import { priceCart, type CartInput, type CartLine, type PricingTables } from './quote-engine.js';
import { fxRateFromDecimal } from './retail-price.js';
import { cosmeticsRule, type ConsumptionTaxRule } from './tax.js';

const tables: PricingTables = {
  fx: fxRateFromDecimal('7.1234', { source: 'test', asOf: '2026-01-02T00:00:00Z' }),
  markupBp: 800,
  rounding: { mode: 'ending_9', step: 'jiao' },
  limits: DEFAULT_LIMIT_SETTINGS,
  tax: { cosmeticsThresholdBasis: 'dutiable_value' },
};

const item = (sku: string, price: CartLine['price'], over: Partial<CartLine> = {}): CartLine => ({
  sku,
  price,
  quantity: 1,
  weightGrams: 100,
  hsCode: '42023100',
  vatBp: 1300,
  consumptionTax: { kind: 'none' },
  statutory: { unit: 'piece', quantityPerItem: 1 },
  mfnBp: 1000,
  additionalBp: 0,
  ...over,
});
const cart = (lines: CartLine[], over: Partial<CartInput> = {}): CartInput => ({ lines, freightFen: 0, insuranceFen: 0, yearToDateFen: 0, ...over });

const wallet = item('WALLET', { fixedCnyFen: 30_000 });
const cherries = item('CHERRY-227', { fixedCnyFen: 5_000 }, { quantity: 2, hsCode: '08134090', vatBp: 900, statutory: { unit: 'g', quantityPerItem: 227 } });
const cream = item('CREAM-50', { fixedCnyFen: 60_000 }, { hsCode: '33049900', consumptionTax: cosmeticsRule(true), statutory: { unit: 'ml', quantityPerItem: 50 } });
const jewel = item('RING', { fixedCnyFen: 600_000 }, { hsCode: '71131911', consumptionTax: { kind: 'ad_valorem', rateBp: 1000 }, mfnBp: 800, indivisible: true });

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') for (const v of Object.values(x)) deepFreeze(v);
  return Object.freeze(x);
}

describe('priceCart', () => {
  it('reproduces DOMAIN.md’s worked example: 1,000.00 + 50.00 freight → 95.55 tax', () => {
    const q = priceCart(cart([item('X', { fixedCnyFen: 100_000 })], { freightFen: 5000 }), tables);
    expect(q.totals).toMatchObject({ goodsFen: 100_000, freightFen: 5000, dutiableFen: 105_000, vatFen: 9555, taxFen: 9555, totalFen: 114_555 });
    expect(q.classification).toEqual({ kind: 'preferential', countsTowardYearFen: 105_000 });
    expect(q.payable).toBe(true);
  });

  it('prices a mixed cart line by line: charges split by goods value, each tax kind per line', () => {
    const q = priceCart(cart([wallet, cherries, cream], { freightFen: 5000, insuranceFen: 1000 }), tables);
    expect(q.lines.map((l) => [l.goodsFen, l.freightFen, l.insuranceFen, l.tax.dutiableFen])).toEqual([
      [30_000, 1500, 300, 31_800],
      [10_000, 500, 100, 10_600],
      [60_000, 3000, 600, 63_600],
    ]);
    // 31,800 × 9.1 % = 2,893.8; 10,600 × 6.3 % = 667.8; cream 12.72/ml: CT 7,856.47, VAT 6,809.41.
    expect(q.lines.map((l) => [l.tax.consumptionTaxFen, l.tax.vatFen])).toEqual([
      [0, 2894],
      [0, 668],
      [7856, 6809],
    ]);
    expect(q.totals).toMatchObject({ goodsFen: 100_000, dutiableFen: 106_000, consumptionTaxFen: 7856, vatFen: 10_371, taxFen: 18_227, totalFen: 124_227, weightGrams: 400 });
    expect(q.lines[2]!.tax.consumptionTax.reason).toMatchObject({ code: 'cosmetics_high_end', pricePerUnitFen: 1272 });
  });

  it('converts USD prices with the rate, markup and rounding of the tables, and keeps the rate it used', () => {
    // $10.00 × 7.1234 × 1.08 = 76.93272 → up to 77.90.
    const q = priceCart(cart([item('TEE', { usdCents: 1000 }, { quantity: 3 })]), tables);
    expect(q.lines[0]).toMatchObject({ unitPriceFen: 7790, priceSource: 'converted', goodsFen: 23_370 });
    expect(q.fx).toEqual({ cnyPerUsdMicro: 7_123_400, source: 'test', asOf: '2026-01-02T00:00:00Z' });
  });

  it('takes cash discounts off the dutiable value, non-cash ones only off the amount paid', () => {
    const base = priceCart(cart([wallet, cream], { freightFen: 1000 }), tables);
    const cash = priceCart(cart([wallet, cream], { freightFen: 1000, discounts: [{ amountFen: 9000, kind: 'cash' }] }), tables);
    const nonCash = priceCart(cart([wallet, cream], { freightFen: 1000, discounts: [{ amountFen: 9000, kind: 'non_cash' }] }), tables);
    expect(cash.totals.dutiableFen).toBe(base.totals.dutiableFen - 9000);
    expect(cash.totals.taxFen).toBeLessThan(base.totals.taxFen);
    expect(nonCash.totals.dutiableFen).toBe(base.totals.dutiableFen);
    expect(nonCash.totals.taxFen).toBe(base.totals.taxFen);
    expect(nonCash.totals).toMatchObject({ nonCashDiscountFen: 9000, cashDiscountFen: 0, discountFen: 9000, totalFen: base.totals.totalFen - 9000 });
    expect(cash.lines.map((l) => l.cashDiscountFen)).toEqual([3000, 6000]);
  });

  it('rejects an order over the single limit, still showing its preferential figures', () => {
    const q = priceCart(cart([cream, { ...cream, sku: 'CREAM-2', quantity: 8 }]), tables);
    expect(q.taxPath).toBe('preferential');
    expect(q.payable).toBe(false);
    expect(q.classification).toMatchObject({ kind: 'rejected', reason: { code: 'over_single_limit', attemptedFen: 540_000, roomLeftFen: 500_000 } });
    expect(q.totals.taxFen).toBeGreaterThan(0);
  });

  it('puts a single indivisible item over the single limit on the full-tax path', () => {
    const q = priceCart(cart([jewel]), tables);
    expect(q.taxPath).toBe('full_tax');
    expect(q.classification).toMatchObject({ kind: 'full_tax', countsTowardYearFen: 600_000 });
    expect(q.lines[0]!.tax).toMatchObject({ tariffFen: 48_000, consumptionTaxFen: 72_000, vatFen: 93_600, totalFen: 213_600 });
    expect(q.totals).toMatchObject({ taxFen: 213_600, totalFen: 813_600 });
    const withCounterTariff = priceCart(cart([{ ...jewel, additionalBp: 1000 }]), tables);
    expect(withCounterTariff.totals.taxFen).toBe(288_934);
  });

  it('checks the annual limit on the amount paid at full tax when the basis is paid', () => {
    const input = cart([jewel], { yearToDateFen: 1_800_000 });
    expect(priceCart(input, tables).classification.kind).toBe('full_tax');
    const paid = priceCart(input, { ...tables, limits: { ...tables.limits, annualBasis: 'paid' } });
    expect(paid.classification).toMatchObject({ kind: 'rejected', reason: { code: 'over_annual_limit', attemptedFen: 2_613_600, roomLeftFen: 800_000 } });
    expect(paid.classification.kind === 'rejected' && paid.classification.reason.message).toMatch(/You can spend ¥8,000\.00 more this year\./);
  });

  it('adds up quantity caps across lines of the same tariff line', () => {
    const cap = { capQuantity: 2000, unit: 'g', usedThisYear: 1000, quantityPerItem: 454 };
    const sugar = item('SUGAR-454', { fixedCnyFen: 2000 }, { hsCode: '17019910', vatBp: 900, quantity: 2, yearlyCap: cap });
    const q = priceCart(cart([sugar, { ...sugar, sku: 'SUGAR-454-ORGANIC', quantity: 1 }]), tables);
    expect(q.classification).toMatchObject({ kind: 'rejected', reason: { code: 'over_quantity_cap', hsCode: '17019910', attemptedQuantity: 2362, roomLeftQuantity: 1000 } });
    expect(priceCart(cart([{ ...sugar, quantity: 2 }]), tables).payable).toBe(true);
  });

  it('is pure: the same input gives the same quote and is never mutated', () => {
    const input = deepFreeze(cart([wallet, cherries, cream], { freightFen: 777, insuranceFen: 33, discounts: [{ amountFen: 500, kind: 'cash' }] }));
    expect(priceCart(input, deepFreeze(structuredClone(tables)))).toEqual(priceCart(input, tables));
  });

  it('refuses an empty cart and malformed lines', () => {
    expect(() => priceCart(cart([]), tables)).toThrow(RangeError);
    expect(() => priceCart(cart([{ ...wallet, quantity: 0 }]), tables)).toThrow(RangeError);
    expect(() => priceCart(cart([wallet], { freightFen: -1 }), tables)).toThrow(RangeError);
    expect(() => priceCart(cart([wallet], { discounts: [{ amountFen: 30_001, kind: 'cash' }] }), tables)).toThrow(RangeError);
  });
});

describe('priceCart properties', () => {
  const rules = fc.constantFrom<ConsumptionTaxRule>({ kind: 'none' }, { kind: 'ad_valorem', rateBp: 1000 }, cosmeticsRule(true), cosmeticsRule(false));
  const anyLine = fc.record({
    sku: fc.string({ minLength: 1, maxLength: 8 }),
    price: fc.oneof(fc.record({ usdCents: fc.integer({ min: 0, max: 200_000 }) }), fc.record({ fixedCnyFen: fc.integer({ min: 0, max: 1_000_000 }) })),
    quantity: fc.integer({ min: 1, max: 5 }),
    weightGrams: fc.integer({ min: 0, max: 5000 }),
    hsCode: fc.constantFrom('33049900', '08134090', '42023100'),
    vatBp: fc.constantFrom(900, 1300),
    consumptionTax: rules,
    statutory: fc.record({ unit: fc.constantFrom<'ml' | 'g' | 'piece'>('ml', 'g', 'piece'), quantityPerItem: fc.integer({ min: 1, max: 500 }) }),
    mfnBp: fc.integer({ min: 0, max: 3000 }),
    additionalBp: fc.integer({ min: 0, max: 3000 }),
    indivisible: fc.boolean(),
  });
  const anyCart = fc.record({
    lines: fc.array(anyLine, { minLength: 1, maxLength: 4 }),
    freightFen: fc.integer({ min: 0, max: 30_000 }),
    insuranceFen: fc.integer({ min: 0, max: 3_000 }),
    yearToDateFen: fc.integer({ min: 0, max: 2_600_000 }),
    discountBp: fc.integer({ min: 0, max: 10_000 }),
    discountKind: fc.constantFrom<'cash' | 'non_cash'>('cash', 'non_cash'),
  });
  const anyTables = fc.record({
    rounding: fc.constantFrom<PricingTables['rounding']>({ mode: 'fen' }, { mode: 'jiao_up' }, { mode: 'ending_9', step: 'yuan' }, { mode: 'ending_9', step: 'jiao' }),
    basis: fc.constantFrom<'goods_price' | 'dutiable_value'>('goods_price', 'dutiable_value'),
    annualBasis: fc.constantFrom<'dutiable' | 'paid'>('dutiable', 'paid'),
  });

  it('totals equal the sum of lines; charges split exactly and proportionally; tax is never negative', () => {
    fc.assert(
      fc.property(anyCart, anyTables, (c, t) => {
        const priced = { ...tables, rounding: t.rounding, tax: { cosmeticsThresholdBasis: t.basis }, limits: { ...tables.limits, annualBasis: t.annualBasis } };
        // A discount of some share of the goods, so it never exceeds them.
        const goods = priceCart({ ...c, lines: c.lines }, priced).totals.goodsFen;
        const discount = Math.floor((goods * c.discountBp) / 10_000);
        const q = priceCart({ ...c, discounts: [{ amountFen: discount, kind: c.discountKind }] }, priced);
        const sum = (f: (l: (typeof q.lines)[number]) => number) => q.lines.reduce((s, l) => s + f(l), 0);
        expect(q.totals.goodsFen).toBe(sum((l) => l.goodsFen));
        expect(q.totals.freightFen).toBe(c.freightFen);
        expect(q.totals.insuranceFen).toBe(c.insuranceFen);
        expect(q.totals.discountFen).toBe(discount);
        expect(q.totals.dutiableFen).toBe(sum((l) => l.tax.dutiableFen));
        expect(q.totals.taxFen).toBe(sum((l) => l.tax.totalFen));
        expect(q.totals.taxFen).toBe(q.totals.tariffFen + q.totals.consumptionTaxFen + q.totals.vatFen);
        expect(q.totals.totalFen).toBe(q.totals.goodsFen + q.totals.freightFen + q.totals.insuranceFen + q.totals.taxFen - q.totals.discountFen);
        expect(q.totals.dutiableFen).toBe(q.totals.goodsFen + c.freightFen + c.insuranceFen - q.totals.cashDiscountFen);
        for (const l of q.lines) {
          expect(Math.min(l.tax.tariffFen, l.tax.consumptionTaxFen, l.tax.vatFen)).toBeGreaterThanOrEqual(0);
          // |share − freight · goods_i / goods| < 1 fen (even split when all goods are free).
          const [w, W] = goods === 0 ? [1, q.lines.length] : [l.goodsFen, goods];
          expect(Math.abs(l.freightFen * W - c.freightFen * w)).toBeLessThan(W);
        }
        expect(q.payable).toBe(q.classification.kind !== 'rejected');
        if (q.taxPath === 'full_tax') expect(q.lines).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });
});
