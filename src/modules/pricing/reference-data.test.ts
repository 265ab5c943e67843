import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { CONSUMPTION_TAX_DEFAULTS, ensurePricingDefaults, FREIGHT_1210, FREIGHT_9610, PROVINCE_ZONES, type PricingDefaultsReport } from './reference-data.js';
import { judgeConsumptionTax, type ConsumptionTaxRule, type TaxLine } from './tax.js';

/** Checks a stored rule against the ConsumptionTaxRule union field by field, independently of how tax.ts reads it. */
function parseRule(json: string): ConsumptionTaxRule | null {
  const r = JSON.parse(json) as Record<string, unknown>;
  const int = (v: unknown, max = Infinity) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v < max;
  const keys = (...k: string[]) => Object.keys(r).sort().join() === ['kind', ...k].sort().join();
  switch (r['kind']) {
    case 'none':
      return keys() ? (r as ConsumptionTaxRule) : null;
    case 'ad_valorem':
      return keys('rateBp') && int(r['rateBp'], 10_000) ? (r as ConsumptionTaxRule) : null;
    case 'cosmetics_high_end':
      return keys('rateBp', 'perMlOrGFen', 'perPieceFen', 'inclusive') && int(r['rateBp'], 10_000) && int(r['perMlOrGFen']) && int(r['perPieceFen']) && typeof r['inclusive'] === 'boolean'
        ? (r as ConsumptionTaxRule)
        : null;
    case 'watch':
      return keys('rateBp', 'perItemFen', 'inclusive') && int(r['rateBp'], 10_000) && int(r['perItemFen']) && typeof r['inclusive'] === 'boolean' ? (r as ConsumptionTaxRule) : null;
    default:
      return null;
  }
}

let app: TestApp;
let first: PricingDefaultsReport;
const NOW = new Date('2026-02-01T08:00:00Z');

beforeAll(async () => {
  app = await makeTestApp();
  // Start from empty tables whether or not start-up already applied the defaults.
  await app.db.deleteFrom('province_zones').execute();
  await app.db.deleteFrom('freight_rates').execute();
  await app.db.deleteFrom('consumption_tax_rules').execute();
  first = await ensurePricingDefaults(app.db, NOW);
});
afterAll(async () => app.cleanup());

describe('ensurePricingDefaults', () => {
  it('inserts all 31 mainland provinces with unique codes and names, each in zone A, B or C', async () => {
    expect(first.inserted['province_zones']).toBe(31);
    const rows = await app.db.selectFrom('province_zones').selectAll().execute();
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((r) => r.province)).size).toBe(31);
    expect(new Set(rows.map((r) => r.name_zh)).size).toBe(31);
    for (const r of rows) {
      expect(r.province).toMatch(/^[A-Z]{2}$/);
      expect(r.name_zh).toMatch(/[省市区]$/);
      expect(['A', 'B', 'C']).toContain(r.zone);
    }
    const zoneOf = new Map(rows.map((r) => [r.province, r.zone]));
    expect(['SH', 'BJ', 'GD', 'ZJ', 'JS'].map((p) => zoneOf.get(p))).toEqual(['A', 'A', 'A', 'A', 'A']);
    expect(['XZ', 'XJ', 'QH'].map((p) => zoneOf.get(p))).toEqual(['C', 'C', 'C']);
    expect(zoneOf.get('SC')).toBe('B');
    expect(rows.find((r) => r.province === 'XJ')?.name_zh).toBe('新疆维吾尔自治区');
  });

  it('gives every zone 9610 and 1210 brackets, sorted by weight and strictly increasing in fee, with sane delivery days', async () => {
    const rows = await app.db.selectFrom('freight_rates').selectAll().orderBy('mode').orderBy('zone').orderBy('max_weight_g').execute();
    expect(first.inserted['freight_rates']).toBe(rows.length);
    expect(rows).toHaveLength(FREIGHT_9610.length + FREIGHT_1210.length);
    const zones = [...new Set((await app.db.selectFrom('province_zones').select('zone').execute()).map((r) => r.zone))];
    for (const mode of ['9610', '1210'] as const) {
      for (const zone of zones) {
        const brackets = rows.filter((r) => r.mode === mode && r.zone === zone);
        expect(brackets.map((b) => b.max_weight_g)).toEqual(mode === '9610' ? [500, 1000, 2000, 3000, 5000, 10000, 20000, 30000] : [1000, 3000, 5000, 10000, 30000]);
        for (let i = 1; i < brackets.length; i++) expect(brackets[i]!.fee_fen).toBeGreaterThan(brackets[i - 1]!.fee_fen);
        for (const b of brackets) {
          expect(Number.isSafeInteger(b.fee_fen) && b.fee_fen > 0).toBe(true);
          expect(b.min_days).toBeGreaterThan(0);
          expect(b.max_days).toBeGreaterThanOrEqual(b.min_days);
          expect(b.id).toMatch(/^frt_/);
          expect(b.updated_by).toBeNull();
          expect(b.updated_at).toBe(NOW.toISOString());
        }
      }
    }
    // Remote zones cost more than the hubs, bracket for bracket; bonded delivery is faster than direct mail.
    const fee = (mode: string, zone: string, g: number) => rows.find((r) => r.mode === mode && r.zone === zone && r.max_weight_g === g)!.fee_fen;
    expect(fee('9610', 'A', 500)).toBe(6800);
    expect(fee('9610', 'B', 500)).toBeGreaterThan(fee('9610', 'A', 500));
    expect(fee('9610', 'C', 500)).toBeGreaterThan(fee('9610', 'B', 500));
    expect(fee('1210', 'C', 1000)).toBeGreaterThan(fee('1210', 'A', 1000));
    const days = (mode: string) => rows.filter((r) => r.mode === mode).flatMap((r) => [r.min_days, r.max_days]);
    expect(Math.max(...days('1210'))).toBeLessThan(Math.min(...days('9610')));
    expect(Math.max(...days('9610'))).toBe(18);
  });

  it('stores consumption-tax rules that each parse as a valid ConsumptionTaxRule and that tax.ts can apply', async () => {
    const rows = await app.db.selectFrom('consumption_tax_rules').selectAll().orderBy('hs_prefix').execute();
    expect(first.inserted['consumption_tax_rules']).toBe(CONSUMPTION_TAX_DEFAULTS.length);
    expect(rows.map((r) => r.hs_prefix)).toEqual(['2204', '2205', '2206', '2208', '3303', '3304', '7113', '7116', '9101', '9102']);
    const line: TaxLine = {
      unitPriceFen: 2_000_000,
      quantity: 1,
      freightFen: 0,
      insuranceFen: 0,
      discounts: [],
      vatBp: 1300,
      consumptionTax: { kind: 'none' },
      statutory: { unit: 'ml', quantityPerItem: 50 },
      tariff: { mfnBp: 0, additionalBp: 0 },
    };
    for (const r of rows) {
      const rule = parseRule(r.rule);
      expect(rule, `${r.hs_prefix}: ${r.rule}`).not.toBeNull();
      expect(r.note).toBeTruthy();
      const judged = judgeConsumptionTax({ ...line, consumptionTax: rule! }, line.unitPriceFen, { cosmeticsThresholdBasis: 'goods_price' });
      expect(judged.applied).toBe(true);
    }
    const ruleOf = (prefix: string) => JSON.parse(rows.find((r) => r.hs_prefix === prefix)!.rule) as ConsumptionTaxRule;
    expect(ruleOf('3304')).toEqual({ kind: 'cosmetics_high_end', rateBp: 1500, perMlOrGFen: 1000, perPieceFen: 1500, inclusive: true });
    expect(ruleOf('9102')).toEqual({ kind: 'watch', rateBp: 2000, perItemFen: 1_000_000, inclusive: true });
    expect(ruleOf('2204')).toEqual({ kind: 'ad_valorem', rateBp: 1000 });
    expect(ruleOf('2208')).toEqual({ kind: 'ad_valorem', rateBp: 2000 });
    expect(rows.find((r) => r.hs_prefix === '2208')!.note).toMatch(/not modelled/i);
  });

  it('inserts nothing on a second call, and never touches a table an operator has filled', async () => {
    const before = await app.db.selectFrom('freight_rates').select(['id', 'fee_fen']).orderBy('id').execute();
    expect(await ensurePricingDefaults(app.db, new Date('2026-03-01T00:00:00Z'))).toEqual({ inserted: { province_zones: 0, freight_rates: 0, consumption_tax_rules: 0 } });
    expect(await app.db.selectFrom('freight_rates').select(['id', 'fee_fen']).orderBy('id').execute()).toEqual(before);

    // An operator who kept only their own zoning keeps it: the group is skipped as a whole.
    await app.db.deleteFrom('province_zones').where('province', '!=', 'SH').execute();
    await app.db.updateTable('province_zones').set({ zone: 'B' }).where('province', '=', 'SH').execute();
    expect((await ensurePricingDefaults(app.db, NOW)).inserted['province_zones']).toBe(0);
    expect(await app.db.selectFrom('province_zones').selectAll().execute()).toEqual([{ province: 'SH', name_zh: '上海市', zone: 'B' }]);
  });

  it('exports the constants it inserts', () => {
    expect(PROVINCE_ZONES).toHaveLength(31);
    expect(FREIGHT_9610).toHaveLength(3 * 8);
    expect(FREIGHT_1210).toHaveLength(3 * 5);
    expect(FREIGHT_1210.find((b) => b.zone === 'A' && b.maxWeightG === 1000)).toMatchObject({ feeFen: 800, minDays: 1, maxDays: 3 });
  });
});
