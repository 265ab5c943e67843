import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduce } from '../../platform/money.js';
import {
  allocateOrderCharges,
  computeLineTax,
  computeOrderTax,
  cosmeticsRule,
  dutiableValueFen,
  taxCoefficients,
  watchRule,
  type ConsumptionTaxRule,
  type TaxLine,
  type TaxPath,
  type TaxSettings,
} from './tax.js';

const DUTIABLE: TaxSettings = { cosmeticsThresholdBasis: 'dutiable_value' };
const GOODS: TaxSettings = { cosmeticsThresholdBasis: 'goods_price' };

const line = (over: Partial<TaxLine> = {}): TaxLine => ({
  unitPriceFen: 100_000,
  quantity: 1,
  freightFen: 0,
  insuranceFen: 0,
  discounts: [],
  vatBp: 1300,
  consumptionTax: { kind: 'none' },
  statutory: { unit: 'piece', quantityPerItem: 1 },
  tariff: { mfnBp: 0, additionalBp: 0 },
  ...over,
});
const tax = (over: Partial<TaxLine>, path: TaxPath = 'preferential', settings = DUTIABLE) => computeLineTax(line(over), path, settings);
const wine: ConsumptionTaxRule = { kind: 'ad_valorem', rateBp: 1000 };

describe('DOMAIN.md worked example and effective rates', () => {
  it('goods 1,000.00 + freight 50.00 → dutiable 1,050.00 → tax 95.55, all VAT', () => {
    expect(dutiableValueFen({ goodsFen: 100_000, freightFen: 5000, insuranceFen: 0 })).toBe(105_000);
    expect(tax({ freightFen: 5000 })).toMatchObject({ dutiableFen: 105_000, tariffFen: 0, consumptionTaxFen: 0, vatFen: 9555, totalFen: 9555, effectiveRateBp: 910 });
  });

  // The composite preferential rate (vat + ct) / (1 − ct) × 0.7, exactly and in bp.
  it.each<[string, number, ConsumptionTaxRule, bigint, bigint, number]>([
    ['general goods 9.1 %', 1300, { kind: 'none' }, 91n, 1000n, 910],
    ['9 %-VAT goods 6.3 %', 900, { kind: 'none' }, 63n, 1000n, 630],
    ['high-end cosmetics ≈ 23.06 % (= 98/425)', 1300, cosmeticsRule(true), 98n, 425n, 2306],
    ['CT-10 % goods (wine, jewellery) ≈ 17.89 % (= 161/900)', 1300, wine, 161n, 900n, 1789],
  ])('%s', (_label, vatBp, rule, n, d, bp) => {
    const ctBp = rule.kind === 'none' ? 0 : rule.rateBp;
    const k = taxCoefficients('preferential', { vatBp, consumptionTaxBp: ctBp, mfnBp: 0, additionalBp: 0 });
    const rate = reduce({ n: k.consumptionTax.n * k.vat.d + k.vat.n * k.consumptionTax.d, d: k.consumptionTax.d * k.vat.d });
    expect(rate).toEqual({ n, d });
    // A 1,000 CNY cream of 50 ml is 20 CNY/ml: high-end.
    expect(tax({ vatBp, consumptionTax: rule, statutory: { unit: 'ml', quantityPerItem: 50 } }).effectiveRateBp).toBe(bp);
  });
});

describe('preferential path, itemised', () => {
  it.each<[string, Partial<TaxLine>, { tariffFen: number; consumptionTaxFen: number; vatFen: number; totalFen: number }]>([
    // 105,000 × 0.063 = 6,615.
    ['9 % goods (dried fruit)', { vatBp: 900, freightFen: 5000 }, { tariffFen: 0, consumptionTaxFen: 0, vatFen: 6615, totalFen: 6615 }],
    // CT = 105,000 × 0.1/0.9 × 0.7 = 8,166.67 → 8,167; VAT = 105,000/0.9 × 0.13 × 0.7 = 10,616.67 → 10,617.
    ['wine (CT 10 %)', { consumptionTax: wine, freightFen: 5000 }, { tariffFen: 0, consumptionTaxFen: 8167, vatFen: 10_617, totalFen: 18_784 }],
    // A 10,000.00 watch: CT = 1e6 × 0.2/0.8 × 0.7 = 175,000; VAT = 1e6/0.8 × 0.13 × 0.7 = 113,750.
    ['a watch at 10,000 CNY', { unitPriceFen: 1_000_000, consumptionTax: watchRule(true) }, { tariffFen: 0, consumptionTaxFen: 175_000, vatFen: 113_750, totalFen: 288_750 }],
    // 50 ml at 600.00 = 12 CNY/ml: CT = 60,000 × 0.15/0.85 × 0.7 = 7,411.76 → 7,412; VAT = 60,000/0.85 × 0.091 = 6,423.53 → 6,424.
    ['high-end cosmetics', { unitPriceFen: 60_000, consumptionTax: cosmeticsRule(true), statutory: { unit: 'ml', quantityPerItem: 50 } }, { tariffFen: 0, consumptionTaxFen: 7412, vatFen: 6424, totalFen: 13_836 }],
  ])('%s', (_label, over, expected) => {
    expect(tax(over)).toMatchObject(expected);
  });

  it('deducts cash discounts from the dutiable value, never non-cash ones', () => {
    const cash = tax({ discounts: [{ amountFen: 10_000, kind: 'cash' }] });
    const nonCash = tax({ discounts: [{ amountFen: 10_000, kind: 'non_cash' }] });
    expect(cash.dutiableFen).toBe(90_000);
    expect(cash.vatFen).toBe(8190);
    expect(nonCash.dutiableFen).toBe(100_000);
    expect(nonCash.vatFen).toBe(9100);
    expect(dutiableValueFen({ goodsFen: 1000, freightFen: 100, insuranceFen: 10, discounts: [{ amountFen: 200, kind: 'cash' }, { amountFen: 300, kind: 'non_cash' }] })).toBe(910);
    expect(() => dutiableValueFen({ goodsFen: 100, freightFen: 0, insuranceFen: 0, discounts: [{ amountFen: 101, kind: 'cash' }] })).toThrow(RangeError);
  });

  it('refuses malformed input rather than guessing', () => {
    expect(() => tax({ quantity: 0 })).toThrow(RangeError);
    expect(() => tax({ unitPriceFen: 10.5 })).toThrow(RangeError);
    expect(() => tax({ vatBp: -1 })).toThrow(RangeError);
    expect(() => tax({ consumptionTax: { kind: 'ad_valorem', rateBp: 10_000 } })).toThrow(RangeError);
    expect(() => tax({ consumptionTax: cosmeticsRule(true), statutory: { unit: 'pair', quantityPerItem: 1 } })).toThrow(/cannot be judged/);
    expect(() => tax({ consumptionTax: cosmeticsRule(true), statutory: { unit: 'ml', quantityPerItem: 0 } })).toThrow(/positive/);
  });
});

describe('high-end cosmetics threshold', () => {
  const cream = (unitPriceFen: number, inclusive: boolean, statutory: TaxLine['statutory'] = { unit: 'ml', quantityPerItem: 50 }, freightFen = 0) =>
    line({ unitPriceFen, consumptionTax: cosmeticsRule(inclusive), statutory, freightFen });
  const applied = (l: TaxLine, settings = DUTIABLE) => computeLineTax(l, 'preferential', settings).consumptionTax.applied;

  // 50 ml: 500.00 is exactly 10 CNY/ml. One piece: 15.00 is exactly 15 CNY/piece; a pack of 5 at 75.00 is 15 CNY/piece.
  it.each<[string, number, TaxLine['statutory'], boolean, boolean]>([
    ['just below 10 CNY/ml', 49_999, { unit: 'ml', quantityPerItem: 50 }, false, false],
    ['exactly 10 CNY/ml', 50_000, { unit: 'ml', quantityPerItem: 50 }, true, false],
    ['just above 10 CNY/ml', 50_001, { unit: 'ml', quantityPerItem: 50 }, true, true],
    ['exactly 10 CNY/g', 20_000, { unit: 'g', quantityPerItem: 20 }, true, false],
    ['exactly 10 CNY/ml declared in litres', 50_000, { unit: 'l', quantityPerItem: '0.05' }, true, false],
    ['exactly 10 CNY/g declared in kilograms, fractional', 750, { unit: 'kg', quantityPerItem: '0.00075' }, true, false],
    ['just below 15 CNY/piece', 1_499, { unit: 'piece', quantityPerItem: 1 }, false, false],
    ['exactly 15 CNY/piece', 1_500, { unit: 'piece', quantityPerItem: 1 }, true, false],
    ['just above 15 CNY/piece', 1_501, { unit: 'piece', quantityPerItem: 1 }, true, true],
    ['exactly 15 CNY/piece in a pack of 5', 7_500, { unit: 'piece', quantityPerItem: 5 }, true, false],
    ['a fractional ml size, exactly 10 CNY/ml', 7_500, { unit: 'ml', quantityPerItem: '7.5' }, true, false],
  ])('%s: inclusive %s, exclusive %s', (_label, price, statutory, inclusive, exclusive) => {
    for (const settings of [GOODS, DUTIABLE]) {
      expect(applied(cream(price, true, statutory), settings)).toBe(inclusive);
      expect(applied(cream(price, false, statutory), settings)).toBe(exclusive);
    }
  });

  it('judges on the configured basis: goods price, or dutiable value per item with freight', () => {
    // 490.00 for 50 ml is 9.80/ml; with 15.00 freight the dutiable value is 505.00, 10.10/ml.
    const l = cream(49_000, true, { unit: 'ml', quantityPerItem: 50 }, 1500);
    const byGoods = computeLineTax(l, 'preferential', GOODS);
    const byDutiable = computeLineTax(l, 'preferential', DUTIABLE);
    expect(byGoods.consumptionTax).toEqual({ applied: false, rateBp: 0, reason: { code: 'cosmetics_not_high_end', basis: 'goods_price', unit: 'ml', pricePerUnitFen: 980, thresholdFen: 1000, inclusive: true } });
    expect(byDutiable.consumptionTax).toEqual({ applied: true, rateBp: 1500, reason: { code: 'cosmetics_high_end', basis: 'dutiable_value', unit: 'ml', pricePerUnitFen: 1010, thresholdFen: 1000, inclusive: true } });
    expect(byGoods.consumptionTaxFen).toBe(0);
    expect(byDutiable.consumptionTaxFen).toBeGreaterThan(0);
  });

  it('judges the dutiable value per item when a line holds several', () => {
    // Three 50 ml bottles at 499.00 plus 6.00 freight: 1,503.00 / 3 / 50 = 10.02 per ml.
    const l = line({ unitPriceFen: 49_900, quantity: 3, freightFen: 600, consumptionTax: cosmeticsRule(true), statutory: { unit: 'ml', quantityPerItem: 50 } });
    expect(applied(l, DUTIABLE)).toBe(true);
    expect(applied(l, GOODS)).toBe(false);
  });

  it('depends on the declared unit: the same cream as 50 ml is high-end, as 55 g it is not', () => {
    // 520.00: 10.40 per ml but 9.45 per g.
    expect(applied(cream(52_000, true, { unit: 'ml', quantityPerItem: 50 }))).toBe(true);
    expect(applied(cream(52_000, true, { unit: 'g', quantityPerItem: 55 }))).toBe(false);
  });
});

describe('high-end watches', () => {
  const watch = (dutiableFen: number, inclusive: boolean, quantity = 1) => computeLineTax(line({ unitPriceFen: dutiableFen / quantity, quantity, consumptionTax: watchRule(inclusive) }), 'preferential', DUTIABLE);
  it.each<[string, number, number, boolean, boolean]>([
    ['under 10,000 CNY', 999_999, 1, false, false],
    ['at 10,000 CNY', 1_000_000, 1, true, false],
    ['over 10,000 CNY', 1_000_001, 1, true, true],
    ['two at 10,000 CNY each', 2_000_000, 2, true, false],
    ['two at 9,999.50 each', 1_999_900, 2, false, false],
  ])('%s: inclusive %s, exclusive %s', (_label, value, qty, inclusive, exclusive) => {
    expect(watch(value, true, qty).consumptionTax.applied).toBe(inclusive);
    expect(watch(value, false, qty).consumptionTax.applied).toBe(exclusive);
  });

  it('charges no CT below the threshold but still VAT', () => {
    expect(watch(999_999, true)).toMatchObject({ consumptionTaxFen: 0, vatFen: 91_000, consumptionTax: { reason: { code: 'watch_not_high_end', valuePerItemFen: 999_999 } } });
  });
});

describe('full-tax path (a single indivisible item over the single limit)', () => {
  const jewel = (additionalBp: number, consumptionTax: ConsumptionTaxRule = wine) => tax({ unitPriceFen: 600_000, consumptionTax, tariff: { mfnBp: 800, additionalBp } }, 'full_tax');
  it.each<[string, number, ConsumptionTaxRule, { tariffFen: number; consumptionTaxFen: number; vatFen: number; totalFen: number }]>([
    // tariff = 600,000 × 8 % = 48,000; CT = 648,000 × 0.1/0.9 = 72,000; VAT = 720,000 × 13 % = 93,600.
    ['6,000 CNY of jewellery, MFN 8 %', 0, wine, { tariffFen: 48_000, consumptionTaxFen: 72_000, vatFen: 93_600, totalFen: 213_600 }],
    // tariff = 600,000 × 18 % = 108,000; CT = 708,000/9 = 78,666.67 → 78,667; VAT = 708,000/0.9 × 13 % = 102,266.67 → 102,267.
    ['with a 10 % additional tariff', 1000, wine, { tariffFen: 108_000, consumptionTaxFen: 78_667, vatFen: 102_267, totalFen: 288_934 }],
    // No CT: VAT = 648,000 × 13 % = 84,240.
    ['without CT', 0, { kind: 'none' }, { tariffFen: 48_000, consumptionTaxFen: 0, vatFen: 84_240, totalFen: 132_240 }],
  ])('%s', (_label, additionalBp, rule, expected) => {
    expect(jewel(additionalBp, rule)).toMatchObject({ path: 'full_tax', ...expected });
  });

  it('applies 100 % of VAT and CT, not 70 %, and is never cheaper than the preferential path', () => {
    const full = jewel(0);
    const pref = tax({ unitPriceFen: 600_000, consumptionTax: wine, tariff: { mfnBp: 800, additionalBp: 0 } });
    expect(pref.tariffFen).toBe(0);
    expect(full.totalFen).toBeGreaterThan(pref.totalFen);
    expect(full.effectiveRateBp).toBe(3560);
  });
});

describe('order tax and charge allocation', () => {
  it('splits freight and insurance by goods value with exact sums, pooling discounts by kind', () => {
    const shares = allocateOrderCharges([100_000, 50_000, 1], { freightFen: 5000, insuranceFen: 101, discounts: [{ amountFen: 300, kind: 'cash' }, { amountFen: 200, kind: 'cash' }, { amountFen: 99, kind: 'non_cash' }] });
    expect(shares.map((s) => s.freightFen)).toEqual([3333, 1667, 0]);
    expect(shares.map((s) => s.insuranceFen)).toEqual([67, 34, 0]);
    expect(shares.map((s) => s.discounts)).toEqual([
      [{ amountFen: 333, kind: 'cash' }, { amountFen: 66, kind: 'non_cash' }],
      [{ amountFen: 167, kind: 'cash' }, { amountFen: 33, kind: 'non_cash' }],
      [{ amountFen: 0, kind: 'cash' }, { amountFen: 0, kind: 'non_cash' }],
    ]);
    expect(() => allocateOrderCharges([100], { freightFen: 0, insuranceFen: 0, discounts: [{ amountFen: 101, kind: 'non_cash' }] })).toThrow(RangeError);
  });

  it('sums lines into the order, kind by kind', () => {
    const order = computeOrderTax([line({ freightFen: 5000 }), line({ vatBp: 900, unitPriceFen: 33_333 }), line({ consumptionTax: wine, unitPriceFen: 1 })], 'preferential', DUTIABLE);
    expect(order.lines.map((l) => l.totalFen)).toEqual([9555, 2100, 0]);
    expect(order.totals).toEqual({ dutiableFen: 138_334, tariffFen: 0, consumptionTaxFen: 0, vatFen: 11_655, totalFen: 11_655 });
  });
});

describe('properties', () => {
  // An exact fraction [n, d], written out separately from tax.ts's simplified coefficients.
  type F = [bigint, bigint];
  const f = (n: number | bigint, d: number | bigint = 1): F => [BigInt(n), BigInt(d)];
  const plus = (a: F, b: F): F => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
  const minus = (a: F, b: F): F => [a[0] * b[1] - b[0] * a[1], a[1] * b[1]];
  const times = (a: F, b: F): F => [a[0] * b[0], a[1] * b[1]];
  const over = (a: F, b: F): F => [a[0] * b[1], a[1] * b[0]];
  const withinHalfFen = (x: number, e: F) => {
    const diff = BigInt(x) * e[1] - e[0];
    return 2n * (diff < 0n ? -diff : diff) <= e[1];
  };

  /** The statutory formulas as DOMAIN.md states them, on the exact dutiable value. */
  function statutory(dutiable: number, path: TaxPath, vatBp: number, ctBp: number, mfnBp: number, additionalBp: number) {
    const D = f(dutiable);
    const vat = f(vatBp, 10_000);
    const ct = f(ctBp, 10_000);
    const ctFactor = over(ct, minus(f(1), ct));
    if (path === 'preferential') {
      const share = f(7, 10);
      return { tariff: f(0), ct: times(times(D, ctFactor), share), vat: times(times(plus(D, times(D, ctFactor)), vat), share) };
    }
    const tariff = times(D, f(mfnBp + additionalBp, 10_000));
    const ctAmount = times(plus(D, tariff), ctFactor);
    return { tariff, ct: ctAmount, vat: times(plus(plus(D, tariff), ctAmount), vat) };
  }

  const rules = fc.constantFrom<ConsumptionTaxRule>({ kind: 'none' }, wine, { kind: 'ad_valorem', rateBp: 3600 }, cosmeticsRule(true), cosmeticsRule(false), watchRule(true), watchRule(false));
  const anyLine = fc.record({
    unitPriceFen: fc.integer({ min: 0, max: 3_000_000 }),
    quantity: fc.integer({ min: 1, max: 6 }),
    freightFen: fc.integer({ min: 0, max: 20_000 }),
    insuranceFen: fc.integer({ min: 0, max: 2_000 }),
    discounts: fc.constant([]),
    vatBp: fc.constantFrom(900, 1300),
    consumptionTax: rules,
    statutory: fc.record({ unit: fc.constantFrom<'ml' | 'g' | 'piece'>('ml', 'g', 'piece'), quantityPerItem: fc.integer({ min: 1, max: 500 }) }),
    tariff: fc.record({ mfnBp: fc.integer({ min: 0, max: 6500 }), additionalBp: fc.integer({ min: 0, max: 12_500 }) }),
  });
  const anyPath = fc.constantFrom<TaxPath>('preferential', 'full_tax');
  const anySettings = fc.constantFrom(GOODS, DUTIABLE);

  it('rounds each tax kind once, within half a fen of the exact statutory amount, and never below zero', () => {
    fc.assert(
      fc.property(anyLine, anyPath, anySettings, (l, path, settings) => {
        const t = computeLineTax(l, path, settings);
        const exact = statutory(t.dutiableFen, path, l.vatBp, t.consumptionTax.rateBp, l.tariff.mfnBp, l.tariff.additionalBp);
        expect(withinHalfFen(t.tariffFen, exact.tariff)).toBe(true);
        expect(withinHalfFen(t.consumptionTaxFen, exact.ct)).toBe(true);
        expect(withinHalfFen(t.vatFen, exact.vat)).toBe(true);
        expect(Math.min(t.tariffFen, t.consumptionTaxFen, t.vatFen)).toBeGreaterThanOrEqual(0);
        expect(t.totalFen).toBe(t.tariffFen + t.consumptionTaxFen + t.vatFen);
        expect(t.dutiableFen).toBe(l.unitPriceFen * l.quantity + l.freightFen + l.insuranceFen);
      }),
      { numRuns: 2000 },
    );
  });

  it('judges high-end cosmetics by exact price per declared unit', () => {
    fc.assert(
      fc.property(anyLine, anySettings, fc.boolean(), (l, settings, inclusive) => {
        const t = computeLineTax({ ...l, consumptionTax: cosmeticsRule(inclusive) }, 'preferential', settings);
        const perItem = settings.cosmeticsThresholdBasis === 'goods_price' ? f(l.unitPriceFen) : f(t.dutiableFen, l.quantity);
        const perUnit = over(perItem, f(l.statutory.quantityPerItem));
        const gap = minus(perUnit, f(l.statutory.unit === 'piece' ? 1500 : 1000))[0];
        expect(t.consumptionTax.applied).toBe(inclusive ? gap >= 0n : gap > 0n);
      }),
      { numRuns: 1000 },
    );
  });

  it('never lowers the tax when the price rises', () => {
    fc.assert(
      fc.property(anyLine, fc.integer({ min: 0, max: 500_000 }), anyPath, anySettings, (l, rise, path, settings) => {
        const low = computeLineTax(l, path, settings);
        const high = computeLineTax({ ...l, unitPriceFen: l.unitPriceFen + rise }, path, settings);
        expect(high.totalFen).toBeGreaterThanOrEqual(low.totalFen);
      }),
      { numRuns: 2000 },
    );
  });

  it('totals the order as the sum of its lines', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { minLength: 1, maxLength: 5 }), anyPath, anySettings, (lines, path, settings) => {
        const order = computeOrderTax(lines, path, settings);
        for (const k of ['dutiableFen', 'tariffFen', 'consumptionTaxFen', 'vatFen', 'totalFen'] as const) {
          expect(order.totals[k]).toBe(order.lines.reduce((s, l) => s + l[k], 0));
        }
      }),
    );
  });
});
