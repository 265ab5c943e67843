// landedCostOfEach loads the pricing tables once for many single-item parcels; for every item and
// mode it must answer exactly what computeLandedCost answers for that item alone (or refuse alike).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList } from '../../../test/catalog.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import type { ShippingMode } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';
import { computeLandedCost, landedCostOfEach, type EachResult, type PricedItem } from './index.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  const now = new Date().toISOString();
  // A quantity-capped line (2 kg a year) with a VAT rate, so the cap path is priced too.
  await app.db.insertInto('vat_rates').values({ hs_code: '17019990', vat_bp: 1300, note: null, updated_by: null, updated_at: now }).execute();
});
afterAll(async () => app.cleanup());

const plain = (r: EachResult) => (r.ok ? r : { ok: false, error: { code: r.error.code, message: r.error.message, details: r.error.details } });
async function single(item: PricedItem, mode: ShippingMode, province: string, at: Date, yearToDateFen: number): Promise<EachResult> {
  try {
    return { ok: true, cost: await computeLandedCost(app.db, { items: [item], mode, province, yearToDateFen, at }) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err };
    throw err;
  }
}

const CODES: Array<[string, string, PricedItem['statutoryUnit']]> = [
  ['08134090', 'food', 'g'],
  ['08021200', 'food', 'g'], // listed, no VAT rate: refused
  ['42023100', 'bags', 'piece'],
  ['33049900', 'beauty', 'ml'], // consumption tax; no MFN tariff: refused on the full-tax path
  ['22042100', 'wine', 'ml'],
  ['17019990', 'food', 'g'],
];
const itemArb = fc.record({
  code: fc.constantFrom(...CODES),
  price: fc.oneof(fc.record({ usdCents: fc.oneof(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 200_000 })) }), fc.record({ fixedCnyFen: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 1_000_000 })) })),
  quantity: fc.integer({ min: 1, max: 3 }),
  weightGrams: fc.oneof(fc.integer({ min: 1, max: 1_500 }), fc.integer({ min: 1, max: 7_000 })),
  statutoryQty: fc.integer({ min: 1, max: 3_000 }),
});
type ItemDraft = { code: (typeof CODES)[number]; price: PricedItem['price']; quantity: number; weightGrams: number; statutoryQty: number };
const toItem = (x: ItemDraft, i: number): PricedItem => ({ sku: `SKU-${i}`, price: x.price, quantity: x.quantity, weightGrams: x.weightGrams, hsCode: x.code[0], category: x.code[1], statutoryUnit: x.code[2], statutoryQty: x.statutoryQty });

const seen = { ok: 0, refused: 0 };
async function agree(items: PricedItem[], modes: ShippingMode[], province: string, yearToDateFen: number, at = new Date()) {
  const answer = await landedCostOfEach(app.db, { items, modes, province, at, yearToDateFen });
  expect(answer.results).toHaveLength(items.length);
  for (const r of answer.results.flat()) seen[r.ok ? 'ok' : 'refused']++;
  for (const [i, item] of items.entries()) {
    for (const [m, mode] of modes.entries()) expect(plain(answer.results[i]![m]!)).toEqual(plain(await single(item, mode, province, at, yearToDateFen)));
  }
  return answer;
}

describe('landedCostOfEach', () => {
  it('answers, item by item and mode by mode, what computeLandedCost answers (property)', async () => {
    const modesArb = fc.constantFrom<ShippingMode[]>(['9610'], ['1210'], ['9610', '1210'], ['1210', '9610']);
    const run = fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 6 }), modesArb, fc.constantFrom('SH', 'SH', 'XZ', 'ZZ'), fc.constantFrom(0, 0, 2_590_000), async (xs, modes, province, ytd) => {
      await agree(xs.map(toItem), modes, province, ytd);
    });
    await fc.assert(run, { numRuns: 60 });
    // With insurance on, every price is computed twice (insurance is a share of the goods value).
    await app.db.insertInto('platform_settings').values({ key: 'pricing', value: JSON.stringify({ insuranceBp: 200, markupBp: 300 }), updated_by: null, updated_at: new Date().toISOString() }).execute();
    await fc.assert(run, { numRuns: 20 });
    await app.db.deleteFrom('platform_settings').where('key', '=', 'pricing').execute();
    // Both kinds of answer were compared, many times (typically ~90 priced and ~300 refused: the generators lean to
    // parcels that can be priced, so the priced side is not left to chance).
    expect(seen.ok).toBeGreaterThan(30);
    expect(seen.refused).toBeGreaterThan(20);
  });

  it('refuses every item alike when no FX rate is in force', async () => {
    const items = [toItem({ code: CODES[0]!, price: { usdCents: 1299 }, quantity: 1, weightGrams: 300, statutoryQty: 227 }, 0)];
    const answer = await agree(items, ['9610', '1210'], 'SH', 0, new Date('2019-06-01T00:00:00Z'));
    expect(answer.results[0]!.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['fx_rate_missing', 'fx_rate_missing']);
  });

  it('says until when its answers hold: the next FX rate or tariff to come into force', async () => {
    const items = [toItem({ code: CODES[2]!, price: { usdCents: 8_900 }, quantity: 1, weightGrams: 300, statutoryQty: 1 }, 0)];
    const at = new Date();
    expect((await agree(items, ['9610'], 'SH', 0, at)).validUntil).toBeNull();
    const fxAt = new Date(at.getTime() + 3 * 86_400_000);
    await app.db.insertInto('fx_rates').values({ id: 'fxr_0000000000000000000000000f', base: 'USD', quote: 'CNY', rate_micro: 7_300_000, source: 'test', effective_from: fxAt.toISOString(), created_by: null, created_at: at.toISOString() }).execute();
    expect((await agree(items, ['9610'], 'SH', 0, at)).validUntil).toBe(fxAt.getTime());
    const tariffDay = new Date(at.getTime() + 86_400_000).toISOString().slice(0, 10);
    await app.db.insertInto('tariff_rates').values({ id: 'trf_0000000000000000000000000f', hs_prefix: '4202', kind: 'additional', origin: 'US', rate_bp: 1000, effective_from: tariffDay, effective_to: null, note: null, updated_by: null, updated_at: at.toISOString() }).execute();
    expect((await agree(items, ['9610'], 'SH', 0, at)).validUntil).toBe(Date.parse(tariffDay));
    // Once in force, the prices differ, and still agree.
    await agree(items, ['9610'], 'SH', 0, new Date(fxAt.getTime() + 1000));
  });
});
