// Platform defaults for the landed-cost tables, inserted once at start-up (production too) into tables
// that are still empty: province zones, freight by mode and zone, and consumption-tax rules by HS
// heading. They are starting points an operator edits, never re-applied over the operator's data: a
// table that holds any row is left alone. Tariffs are not defaulted (the MFN schedule is the
// operator's to load; the demo seed adds rates for its own excerpt of the positive list).
import type { Db } from '../../db/database.js';
import type { ShippingMode } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { bumpPricingVersion } from './pricing-version.js';
import { PROVINCE_ZONES, type FreightZone } from './reference-provinces.js';
import { cosmeticsRule, watchRule, type ConsumptionTaxRule } from './tax.js';

export { PROVINCE_ZONES, type FreightZone, type ProvinceZone } from './reference-provinces.js';

export type FreightBracket = { mode: ShippingMode; zone: FreightZone; maxWeightG: number; feeFen: number; minDays: number; maxDays: number };

const ZONES: readonly FreightZone[] = ['A', 'B', 'C'];

/**
 * Builds a mode's table from zone A's fees (whole yuan per bracket): zone B costs 8 % more and
 * zone C 20 % more, rounded to the yuan, so every zone's fee grows with the bracket.
 */
function freightTable(mode: ShippingMode, zoneAYuan: ReadonlyArray<[maxWeightG: number, yuan: number]>, days: Record<FreightZone, [number, number]>): FreightBracket[] {
  const surchargePct: Record<FreightZone, number> = { A: 100, B: 108, C: 120 };
  return ZONES.flatMap((zone) =>
    zoneAYuan.map(([maxWeightG, yuan]) => ({
      mode,
      zone,
      maxWeightG,
      feeFen: Math.round((yuan * surchargePct[zone]) / 100) * 100,
      minDays: days[zone][0],
      maxDays: days[zone][1],
    })),
  );
}

/**
 * 9610 direct mail: international express from the US plus customs clearance and last-mile
 * delivery. Zone A: ¥68 up to 500 g and ¥22 per further 500 g up to 5 kg, then ¥40 per kg to
 * 10 kg and ¥36 per kg beyond (heavy parcels are cheaper per kg, as on carriers' rate cards).
 */
export const FREIGHT_9610: readonly FreightBracket[] = freightTable(
  '9610',
  [
    [500, 68],
    [1000, 90],
    [2000, 134],
    [3000, 178],
    [5000, 266],
    [10000, 466],
    [20000, 826],
    [30000, 1186],
  ],
  { A: [7, 12], B: [8, 14], C: [10, 18] },
);

/**
 * 1210 bonded: domestic express from a bonded warehouse (stock is already in China). Zone A follows
 * contract e-commerce express pricing in east China: ¥8 for the first kilogram and ¥2 per further
 * kilogram; remote zones pay far more per kilogram than the 8 %/20 % of the international leg, so
 * zones B and C are set on their own: ¥10 + ¥3/kg and ¥20 + ¥10/kg.
 */
export const FREIGHT_1210: readonly FreightBracket[] = (() => {
  const brackets = [1000, 3000, 5000, 10000, 30000];
  const perZone: Record<FreightZone, { firstKgYuan: number; perKgYuan: number; days: [number, number] }> = {
    A: { firstKgYuan: 8, perKgYuan: 2, days: [1, 3] },
    B: { firstKgYuan: 10, perKgYuan: 3, days: [2, 4] },
    C: { firstKgYuan: 20, perKgYuan: 10, days: [3, 6] },
  };
  return ZONES.flatMap((zone) => {
    const z = perZone[zone];
    return brackets.map((maxWeightG) => ({
      mode: '1210' as const,
      zone,
      maxWeightG,
      feeFen: (z.firstKgYuan + z.perKgYuan * (maxWeightG / 1000 - 1)) * 100,
      minDays: z.days[0],
      maxDays: z.days[1],
    }));
  });
})();

export type ConsumptionTaxDefault = { hsPrefix: string; rule: ConsumptionTaxRule; note: string };

const adValorem = (rateBp: number): ConsumptionTaxRule => ({ kind: 'ad_valorem', rateBp });

// The thresholds' inclusivity follows the texts: "10元/毫升(克)或15元/片(张)及以上" and "10000元（含）以上".
const COSMETICS_NOTE = '高档化妆品 15% when ≥ 10 CNY per ml or g, or ≥ 15 CNY per piece (财税〔2016〕103号; "及以上" read as inclusive)';
const WATCH_NOTE = '高档手表 20% when the taxable value per watch is ≥ 10,000 CNY (财税〔2006〕33号; "含" read as inclusive)';
const OTHER_ALCOHOL_NOTE = '其他酒 10% ad valorem (消费税税目税率表, 财税〔2006〕33号)';

/**
 * Consumption-tax rules by HS heading; the longest prefix that matches a product's code applies, so
 * an operator refines a heading by adding a longer prefix (e.g. a 'none' row for a line exempt at import).
 */
export const CONSUMPTION_TAX_DEFAULTS: readonly ConsumptionTaxDefault[] = [
  { hsPrefix: '3303', rule: cosmeticsRule(true), note: `Perfume and toilet water: ${COSMETICS_NOTE}` },
  { hsPrefix: '3304', rule: cosmeticsRule(true), note: `Make-up and skincare: ${COSMETICS_NOTE}` },
  { hsPrefix: '9101', rule: watchRule(true), note: `Watches with precious-metal cases: ${WATCH_NOTE}` },
  { hsPrefix: '9102', rule: watchRule(true), note: `Other wrist and pocket watches: ${WATCH_NOTE}` },
  { hsPrefix: '2204', rule: adValorem(1000), note: `Wine of fresh grapes: ${OTHER_ALCOHOL_NOTE}` },
  { hsPrefix: '2205', rule: adValorem(1000), note: `Vermouth and flavoured wine: ${OTHER_ALCOHOL_NOTE}` },
  {
    hsPrefix: '2206',
    rule: adValorem(1000),
    note: `Cider, perry, mead and other fermented beverages: ${OTHER_ALCOHOL_NOTE}. Yellow rice wine (黄酒) is taxed 240 CNY per tonne instead, which this engine does not model`,
  },
  {
    hsPrefix: '2208',
    rule: adValorem(2000),
    note: 'Spirits: 白酒 rate of 20% ad valorem (财税〔2006〕33号) plus a specific 0.5 CNY per 500 g (500 ml), shown by customs as about 0.912 CNY/L; the specific part is NOT modelled by this engine, so quotes understate it',
  },
  {
    hsPrefix: '7113',
    rule: adValorem(1000),
    note: '贵重首饰及珠宝玉石 10% (财税〔2006〕33号). Unverified: gold, silver and platinum jewellery and diamonds are taxed at retail (5%), not at import, in domestic trade; add a longer-prefix none rule if customs confirms no import tax on them',
  },
  { hsPrefix: '7116', rule: adValorem(1000), note: 'Articles of pearls and precious or semi-precious stones: 贵重首饰及珠宝玉石 10% (财税〔2006〕33号)' },
];

export type PricingDefaultsReport = { inserted: Record<string, number> };

/**
 * Inserts each group of defaults into its table when that table is empty, in one transaction.
 * Idempotent: a second call (every restart) inserts nothing. Conflicts are ignored, so two processes
 * starting at once cannot fail on a duplicate key; the counts are the rows actually inserted.
 */
export async function ensurePricingDefaults(db: Db, now: Date): Promise<PricingDefaultsReport> {
  const at = now.toISOString();
  const inserted: Record<string, number> = { province_zones: 0, freight_rates: 0, consumption_tax_rules: 0 };
  const count = (result: { numInsertedOrUpdatedRows?: bigint } | undefined) => Number(result?.numInsertedOrUpdatedRows ?? 0n);

  await db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('province_zones').select('province').limit(1).executeTakeFirst())) {
      const rows = PROVINCE_ZONES.map((p) => ({ province: p.province, name_zh: p.nameZh, zone: p.zone }));
      inserted['province_zones'] = count(await trx.insertInto('province_zones').values(rows).onConflict((oc) => oc.column('province').doNothing()).executeTakeFirst());
    }

    if (!(await trx.selectFrom('freight_rates').select('id').limit(1).executeTakeFirst())) {
      const rows = [...FREIGHT_9610, ...FREIGHT_1210].map((b) => ({
        id: newId('frt'),
        mode: b.mode,
        zone: b.zone,
        max_weight_g: b.maxWeightG,
        fee_fen: b.feeFen,
        min_days: b.minDays,
        max_days: b.maxDays,
        updated_by: null,
        updated_at: at,
      }));
      inserted['freight_rates'] = count(
        await trx
          .insertInto('freight_rates')
          .values(rows)
          .onConflict((oc) => oc.columns(['mode', 'zone', 'max_weight_g']).doNothing())
          .executeTakeFirst(),
      );
    }

    if (!(await trx.selectFrom('consumption_tax_rules').select('hs_prefix').limit(1).executeTakeFirst())) {
      const rows = CONSUMPTION_TAX_DEFAULTS.map((d) => ({ hs_prefix: d.hsPrefix, rule: JSON.stringify(d.rule), note: d.note, updated_by: null, updated_at: at }));
      inserted['consumption_tax_rules'] = count(
        await trx.insertInto('consumption_tax_rules').values(rows).onConflict((oc) => oc.column('hs_prefix').doNothing()).executeTakeFirst(),
      );
    }
    if (Object.values(inserted).some((n) => n > 0)) await bumpPricingVersion(trx, at);
  });
  return { inserted };
}
