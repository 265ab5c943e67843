// Pricing fixtures: the smallest set of tables that prices a parcel to Shanghai by either mode.
import type { App } from '../src/platform/http.js';

export async function loadPricingFixtures(app: App, options: { fx?: number } = {}) {
  const now = new Date().toISOString();
  // Replace the start-up defaults with figures the tests can compute by hand.
  for (const table of ['province_zones', 'freight_rates', 'consumption_tax_rules', 'vat_rates', 'tariff_rates', 'fx_rates'] as const) await app.db.deleteFrom(table).execute();
  await app.db.insertInto('province_zones').values([{ province: 'SH', name_zh: '上海市', zone: 'A' }, { province: 'XZ', name_zh: '西藏自治区', zone: 'C' }]).execute();
  await app.db
    .insertInto('freight_rates')
    .values([
      { id: 'frt_0000000000000000000000000a', mode: '9610', zone: 'A', max_weight_g: 1000, fee_fen: 5000, min_days: 7, max_days: 12, updated_by: null, updated_at: now },
      { id: 'frt_0000000000000000000000000b', mode: '9610', zone: 'A', max_weight_g: 5000, fee_fen: 15000, min_days: 7, max_days: 12, updated_by: null, updated_at: now },
      { id: 'frt_0000000000000000000000000c', mode: '1210', zone: 'A', max_weight_g: 5000, fee_fen: 1200, min_days: 1, max_days: 3, updated_by: null, updated_at: now },
    ])
    .execute();
  await app.db
    .insertInto('vat_rates')
    .values([
      { hs_code: '08134090', vat_bp: 900, note: 'dried fruit: agricultural product', updated_by: null, updated_at: now },
      { hs_code: '42023100', vat_bp: 1300, note: null, updated_by: null, updated_at: now },
      { hs_code: '33049900', vat_bp: 1300, note: null, updated_by: null, updated_at: now },
      { hs_code: '22042100', vat_bp: 1300, note: null, updated_by: null, updated_at: now },
    ])
    .execute();
  await app.db
    .insertInto('consumption_tax_rules')
    .values([
      { hs_prefix: '3304', rule: JSON.stringify({ kind: 'cosmetics_high_end', rateBp: 1500, perMlOrGFen: 1000, perPieceFen: 1500, inclusive: true }), note: null, updated_by: null, updated_at: now },
      { hs_prefix: '2204', rule: JSON.stringify({ kind: 'ad_valorem', rateBp: 1000 }), note: null, updated_by: null, updated_at: now },
    ])
    .execute();
  await app.db
    .insertInto('tariff_rates')
    .values({ id: 'trf_0000000000000000000000000a', hs_prefix: '4202', kind: 'mfn', origin: null, rate_bp: 1000, effective_from: '2022-01-01', effective_to: null, note: null, updated_by: null, updated_at: now })
    .execute();
  await app.db
    .insertInto('fx_rates')
    .values({ id: 'fxr_00000000000000000000000001', base: 'USD', quote: 'CNY', rate_micro: options.fx ?? 7_185_000, source: 'test', effective_from: '2020-01-01T00:00:00.000Z', created_by: null, created_at: now })
    .execute();
}
