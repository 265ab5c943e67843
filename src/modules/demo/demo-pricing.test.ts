import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { DEMO_ADDITIONAL_TARIFFS, DEMO_TARIFF_LINES, seedDemoPricing, type DemoPricingReport } from './demo-pricing.js';
import { DEMO_LIST_CODES } from './demo-positive-list.js';

let app: TestApp;
let first: DemoPricingReport;
const NOW = new Date('2026-02-01T08:00:00Z');

beforeAll(async () => {
  app = await makeTestApp();
  for (const table of ['vat_rates', 'tariff_rates', 'fx_rates'] as const) await app.db.deleteFrom(table).execute();
  first = await seedDemoPricing(app.db, NOW);
});
afterAll(async () => app.cleanup());

describe('seedDemoPricing', () => {
  it('gives every demo positive-list line an explicit VAT row of 9% or 13%, with its reasoning', async () => {
    expect(DEMO_LIST_CODES.size).toBe(39);
    expect(new Set(DEMO_TARIFF_LINES.map((l) => l.hsCode))).toEqual(DEMO_LIST_CODES);
    const rows = await app.db.selectFrom('vat_rates').selectAll().execute();
    expect(first.vatRates).toBe(39);
    expect(new Set(rows.map((r) => r.hs_code))).toEqual(DEMO_LIST_CODES);
    for (const r of rows) {
      expect([900, 1300]).toContain(r.vat_bp);
      expect(r.note).toBeTruthy();
    }
    const vat = new Map(rows.map((r) => [r.hs_code, r.vat_bp]));
    // Unprocessed agricultural products at 9%; processed foods and manufactured goods at 13%.
    expect(['08021200', '08023100', '08134090', '10063020', '12112011'].map((c) => vat.get(c))).toEqual([900, 900, 900, 900, 900]);
    expect(['04022100', '18069000', '19011010', '20081999', '22042100', '33049900', '42022100'].map((c) => vat.get(c))).toEqual([1300, 1300, 1300, 1300, 1300, 1300, 1300]);
  });

  it('adds an MFN tariff (no origin, from 2022-01-01) for every demo line, and US-origin additional tariffs', async () => {
    const mfn = await app.db.selectFrom('tariff_rates').selectAll().where('kind', '=', 'mfn').execute();
    expect(new Set(mfn.map((r) => r.hs_prefix))).toEqual(DEMO_LIST_CODES);
    for (const r of mfn) {
      expect(r.origin).toBeNull();
      expect(r.effective_from).toBe('2022-01-01');
      expect(r.effective_to).toBeNull();
      expect(Number.isSafeInteger(r.rate_bp) && r.rate_bp >= 0 && r.rate_bp < 10_000).toBe(true);
      expect(r.id).toMatch(/^trf_/);
      expect(r.note).toBeTruthy();
    }
    expect(mfn.find((r) => r.hs_prefix === '22042100')?.rate_bp).toBe(1400);

    const additional = await app.db.selectFrom('tariff_rates').selectAll().where('kind', '=', 'additional').execute();
    expect(additional.map((r) => r.hs_prefix).sort()).toEqual(DEMO_ADDITIONAL_TARIFFS.map((t) => t.hsPrefix).sort());
    for (const r of additional) {
      expect(r).toMatchObject({ origin: 'US', rate_bp: 1000, effective_from: '2025-03-10' });
      expect(r.note).toMatch(/^Demo: .*unverified.*operators confirm/);
    }
    expect(first.tariffs).toBe(mfn.length + additional.length);
  });

  it('adds the USD/CNY pair at the same time, the reverse rounded to 6 decimals', async () => {
    const rows = await app.db.selectFrom('fx_rates').selectAll().orderBy('base').execute();
    expect(first.fxRates).toBe(2);
    expect(rows.map((r) => [r.base, r.quote, r.rate_micro, r.effective_from])).toEqual([
      ['CNY', 'USD', 139_179, '2026-01-01T00:00:00.000Z'],
      ['USD', 'CNY', 7_185_000, '2026-01-01T00:00:00.000Z'],
    ]);
    for (const r of rows) expect(r.source).toBe('Demo rate (PBOC central parity style)');
    // The reverse is the nearest 6-decimal value to 1 / 7.185.
    expect(Math.abs(1_000_000 / 7.185 - 139_179)).toBeLessThan(0.5);
  });

  it('is idempotent and inserts only what is missing, leaving existing rows as they are', async () => {
    expect(await seedDemoPricing(app.db, NOW)).toEqual({ vatRates: 0, tariffs: 0, fxRates: 0 });

    // An operator corrected one VAT rate and removed one tariff: the correction stays, the tariff comes back.
    await app.db.updateTable('vat_rates').set({ vat_bp: 1300, note: 'operator', updated_by: 'usr_x' }).where('hs_code', '=', '09012100').execute();
    await app.db.deleteFrom('tariff_rates').where('kind', '=', 'mfn').where('hs_prefix', '=', '04090000').execute();
    expect(await seedDemoPricing(app.db, NOW)).toEqual({ vatRates: 0, tariffs: 1, fxRates: 0 });
    expect(await app.db.selectFrom('vat_rates').select(['vat_bp', 'note']).where('hs_code', '=', '09012100').executeTakeFirst()).toEqual({ vat_bp: 1300, note: 'operator' });
    expect(await app.db.selectFrom('tariff_rates').select('hs_prefix').where('hs_prefix', '=', '04090000').execute()).toHaveLength(1);
  });
});
