// Demo rates for the pricing tables: a VAT rate and an MFN tariff for every tariff line of the demo
// positive-list excerpt, a few additional tariffs on US-origin goods, and a USD/CNY rate pair, so a
// fresh demo can quote landed costs. Like the excerpt, this is NOT authoritative data: the rates are
// our best reading of China's tariff (2022 onward) and of the VAT rules, each with its reasoning in
// `note`; operators replace them with the official figures. VAT is never inferred at run time: every
// demo line has an explicit row here, and seeding refuses to run if one is missing.
//
// Sources of the VAT split: 财政部 税务总局 海关总署公告2019年第39号 (13%, and 9% for what was 10%),
// the goods of the 9% rate in the VAT regulations, and 财税字〔1995〕52号 (the agricultural-products
// scope: simply processed produce is agricultural, prepared food is not).
import type { Db } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { bumpPricingVersion } from '../pricing/index.js';
import { DEMO_LIST_CODES } from './demo-positive-list.js';

export type DemoTariffLine = { hsCode: string; vatBp: 900 | 1300; vatNote: string; mfnBp: number; mfnNote: string };

const NUTS_9 = 'Fresh or dried nuts, at most shelled: agricultural product (财税字〔1995〕52号) → 9%';
const FOOD_13 = 'Processed food, not an agricultural product → 13%';
const GOODS_13 = 'Manufactured goods → 13% (2019 No. 39)';
const COSMETICS_13 = 'Cosmetics and toiletries → 13%';
const VERIFY = 'best reading, not checked against the printed tariff; verify';
const PROVISIONAL = 'a lower provisional (暂定) rate may apply in a given year: check that year\'s tariff implementation plan';

export const DEMO_TARIFF_LINES: readonly DemoTariffLine[] = [
  { hsCode: '04022100', vatBp: 1300, vatNote: 'Milk powder is a processed dairy product; only fresh milk is agricultural → 13%', mfnBp: 1000, mfnNote: 'MFN 10%' },
  { hsCode: '04069000', vatBp: 1300, vatNote: 'Cheese is a processed dairy product → 13%', mfnBp: 1200, mfnNote: `MFN 12%; a provisional 8% has applied to cheese since 2019 (${PROVISIONAL})` },
  { hsCode: '04090000', vatBp: 900, vatNote: 'Debatable: natural honey is an unprocessed animal product, treated as agricultural → 9%; honey preparations would be 13%', mfnBp: 1500, mfnNote: `MFN 15%, ${VERIFY}` },
  { hsCode: '08021100', vatBp: 900, vatNote: NUTS_9, mfnBp: 2400, mfnNote: `MFN 24%; in-shell almonds have had a provisional 10% (${PROVISIONAL})` },
  { hsCode: '08021200', vatBp: 900, vatNote: NUTS_9, mfnBp: 1000, mfnNote: 'MFN 10%' },
  { hsCode: '08022200', vatBp: 900, vatNote: NUTS_9, mfnBp: 1000, mfnNote: 'MFN 10%' },
  { hsCode: '08023100', vatBp: 900, vatNote: NUTS_9, mfnBp: 2500, mfnNote: 'MFN 25%' },
  { hsCode: '08023200', vatBp: 900, vatNote: NUTS_9, mfnBp: 2000, mfnNote: `MFN 20%, ${VERIFY}` },
  { hsCode: '08025100', vatBp: 900, vatNote: NUTS_9, mfnBp: 1000, mfnNote: `MFN 10%; pistachios have had a provisional 5% (${PROVISIONAL})` },
  { hsCode: '08025200', vatBp: 900, vatNote: NUTS_9, mfnBp: 1000, mfnNote: `MFN 10%; pistachios have had a provisional 5% (${PROVISIONAL})` },
  { hsCode: '08029900', vatBp: 900, vatNote: NUTS_9, mfnBp: 2400, mfnNote: `MFN 24% as for pecans and macadamias, ${VERIFY}; pecans have had a provisional 7%` },
  { hsCode: '08134090', vatBp: 900, vatNote: 'Sun- or oven-dried fruit is simply processed: agricultural → 9%', mfnBp: 2500, mfnNote: 'MFN 25%; dried cranberries (ex-line) have had a provisional 15%' },
  {
    hsCode: '08135000',
    vatBp: 900,
    vatNote: 'Mixtures of chapter 8 nuts and dried fruit, no further processing → 9%; a mix with roasted or salted nuts falls in chapter 20 at 13%',
    mfnBp: 2500,
    mfnNote: `MFN 25% as for dried fruit, ${VERIFY}`,
  },
  { hsCode: '09012100', vatBp: 1300, vatNote: 'Debatable: roasting takes coffee beyond simple processing → 13% (green coffee, 0901.11, is 9%)', mfnBp: 1500, mfnNote: 'MFN 15%' },
  {
    hsCode: '10063020',
    vatBp: 900,
    vatNote: 'Milled rice is grain (粮食) → 9%',
    mfnBp: 6500,
    mfnNote: 'Out-of-quota MFN 65%: the 1% in-quota rate needs a tariff-rate-quota certificate, which a retail import does not carry (verify for CBEC)',
  },
  {
    hsCode: '11041200',
    vatBp: 1300,
    vatNote: 'Debatable: the 9% for grain covers grain and flour, but customs lists rolled/flaked cereal grains of 1104 at 13% (e.g. rolled barley 11041910) → 13%',
    mfnBp: 2000,
    mfnNote: `MFN 20% as for rolled barley, ${VERIFY}`,
  },
  {
    hsCode: '12112011',
    vatBp: 900,
    vatNote: 'Dried American ginseng is a simply processed medicinal plant (slices included), agricultural under 财税字〔1995〕52号 → 9%',
    mfnBp: 750,
    mfnNote: 'MFN 7.5%',
  },
  { hsCode: '17019990', vatBp: 1300, vatNote: 'Refined sugar is an industrial product, not agricultural → 13%', mfnBp: 5000, mfnNote: 'Out-of-quota MFN 50%: the 15% in-quota rate needs a quota certificate (verify for CBEC)' },
  { hsCode: '17022000', vatBp: 1300, vatNote: 'Debatable: maple syrup is boiled-down sap, classed with sugars (chapter 17), not simply processed produce → 13%', mfnBp: 3000, mfnNote: 'MFN 30%' },
  { hsCode: '18069000', vatBp: 1300, vatNote: FOOD_13, mfnBp: 800, mfnNote: 'MFN 8%' },
  { hsCode: '19011010', vatBp: 1300, vatNote: FOOD_13, mfnBp: 1500, mfnNote: `MFN 15%; infant formula has had a provisional 0–5% by 10-digit line since 2018 (${PROVISIONAL})` },
  { hsCode: '20079990', vatBp: 1300, vatNote: FOOD_13, mfnBp: 500, mfnNote: `MFN 5% (after the 2018 consumer-goods cuts), ${VERIFY}` },
  { hsCode: '20081999', vatBp: 1300, vatNote: 'Debatable: roasted, salted or seasoned nuts are prepared food (chapter 20), beyond simple processing → 13%', mfnBp: 500, mfnNote: `MFN 5%, ${VERIFY}` },
  { hsCode: '20089300', vatBp: 1300, vatNote: 'Sweetened dried cranberries are prepared food → 13%', mfnBp: 500, mfnNote: `MFN 5%, ${VERIFY}` },
  { hsCode: '20098990', vatBp: 1300, vatNote: 'Fruit juice is a processed beverage → 13%', mfnBp: 500, mfnNote: `MFN 5% as for other juices, ${VERIFY}` },
  { hsCode: '21069090', vatBp: 1300, vatNote: 'Food preparations and supplements → 13%', mfnBp: 1200, mfnNote: 'MFN 12%' },
  { hsCode: '22042100', vatBp: 1300, vatNote: 'Wine → 13% (consumption tax 10% applies separately)', mfnBp: 1400, mfnNote: 'MFN 14%' },
  {
    hsCode: '23091090',
    vatBp: 900,
    vatNote: 'Debatable: pet food is not the VAT-exempt feed but takes the feed rate (国税函〔2002〕812号) → 9%',
    mfnBp: 1500,
    mfnNote: 'MFN 15%',
  },
  { hsCode: '33030000', vatBp: 1300, vatNote: COSMETICS_13, mfnBp: 300, mfnNote: 'MFN 3% (since the 2018 consumer-goods cuts)' },
  { hsCode: '33041000', vatBp: 1300, vatNote: COSMETICS_13, mfnBp: 500, mfnNote: `MFN 5% as for eye make-up, ${VERIFY}` },
  { hsCode: '33049900', vatBp: 1300, vatNote: COSMETICS_13, mfnBp: 100, mfnNote: 'MFN 1% (since the 2018 consumer-goods cuts)' },
  { hsCode: '33051000', vatBp: 1300, vatNote: COSMETICS_13, mfnBp: 300, mfnNote: `MFN 3%; a provisional 2% has applied (${PROVISIONAL})` },
  { hsCode: '34011100', vatBp: 1300, vatNote: COSMETICS_13, mfnBp: 650, mfnNote: `MFN 6.5% as for other soaps, ${VERIFY}` },
  { hsCode: '42022100', vatBp: 1300, vatNote: GOODS_13, mfnBp: 1000, mfnNote: `MFN 10%, ${VERIFY}` },
  { hsCode: '42023100', vatBp: 1300, vatNote: GOODS_13, mfnBp: 1000, mfnNote: `MFN 10%, ${VERIFY}` },
  { hsCode: '42033000', vatBp: 1300, vatNote: GOODS_13, mfnBp: 1000, mfnNote: `MFN 10%, ${VERIFY}` },
  { hsCode: '44199090', vatBp: 1300, vatNote: GOODS_13, mfnBp: 500, mfnNote: `MFN 5%, low confidence: ${VERIFY}` },
  { hsCode: '61091000', vatBp: 1300, vatNote: 'Apparel → 13%', mfnBp: 600, mfnNote: `MFN 6% as for most knitted apparel after the 2018 cuts, ${VERIFY}` },
  { hsCode: '64035900', vatBp: 1300, vatNote: 'Footwear → 13%', mfnBp: 1000, mfnNote: `MFN 10%, ${VERIFY}` },
];

const COUNTER_TARIFF_NOTE =
  "Demo: China's counter-tariffs on US-origin goods — whether they apply to CBEC full-tax items is unverified (DOMAIN.md §3); operators confirm";

/** Additional tariffs on US-origin goods by HS heading (full-tax path only; the engine ignores them within the limits). */
export const DEMO_ADDITIONAL_TARIFFS: ReadonlyArray<{ hsPrefix: string; rateBp: number; note: string }> = [
  { hsPrefix: '0402', rateBp: 1000, note: `${COUNTER_TARIFF_NOTE}. Dairy is at 10% in our reading of the 2025-03-10 list` },
  { hsPrefix: '0406', rateBp: 1000, note: `${COUNTER_TARIFF_NOTE}. Dairy is at 10% in our reading of the 2025-03-10 list` },
  { hsPrefix: '0802', rateBp: 1000, note: `${COUNTER_TARIFF_NOTE}. Nuts (chapter 8) are at 10% in our reading of the 2025-03-10 list` },
  { hsPrefix: '0813', rateBp: 1000, note: `${COUNTER_TARIFF_NOTE}. Dried fruit (chapter 8) is at 10% in our reading of the 2025-03-10 list` },
  { hsPrefix: '2204', rateBp: 1000, note: `${COUNTER_TARIFF_NOTE}. Illustrative: whether wine was on the March 2025 lists is itself unverified` },
];

const MFN_EFFECTIVE_FROM = '2022-01-01';
const ADDITIONAL_EFFECTIVE_FROM = '2025-03-10';

/** USD→CNY and its reverse, rounded to the 6 decimals the table stores (1 / 7.185 = 0.13917884… → 0.139179). */
export const DEMO_FX_RATES = [
  { base: 'USD', quote: 'CNY', rateMicro: 7_185_000 },
  { base: 'CNY', quote: 'USD', rateMicro: 139_179 },
] as const;
const FX_SOURCE = 'Demo rate (PBOC central parity style)';
const FX_EFFECTIVE_FROM = '2026-01-01T00:00:00.000Z';

export type DemoPricingReport = { vatRates: number; tariffs: number; fxRates: number };

/**
 * Inserts the demo rates that are missing, in one transaction; an existing row (the demo's from an
 * earlier start, or an operator's) is never changed. Keys: a VAT row by tariff line; a tariff by
 * kind, HS prefix, origin and effective date; an FX rate by pair and effective time.
 */
export async function seedDemoPricing(db: Db, now: Date): Promise<DemoPricingReport> {
  const missing = [...DEMO_LIST_CODES].filter((code) => !DEMO_TARIFF_LINES.some((l) => l.hsCode === code));
  if (missing.length) throw new Error(`demo pricing: no VAT rate or tariff for demo tariff line(s) ${missing.join(', ')}`);
  const at = now.toISOString();
  const report: DemoPricingReport = { vatRates: 0, tariffs: 0, fxRates: 0 };

  await db.transaction().execute(async (trx) => {
    const haveVat = new Set((await trx.selectFrom('vat_rates').select('hs_code').execute()).map((r) => r.hs_code));
    const vatRows = DEMO_TARIFF_LINES.filter((l) => !haveVat.has(l.hsCode)).map((l) => ({ hs_code: l.hsCode, vat_bp: l.vatBp, note: l.vatNote, updated_by: null, updated_at: at }));
    if (vatRows.length) await trx.insertInto('vat_rates').values(vatRows).execute();
    report.vatRates = vatRows.length;

    const tariffKey = (kind: string, prefix: string, origin: string | null, from: string) => `${kind}|${prefix}|${origin ?? ''}|${from}`;
    const haveTariff = new Set(
      (await trx.selectFrom('tariff_rates').select(['kind', 'hs_prefix', 'origin', 'effective_from']).execute()).map((r) => tariffKey(r.kind, r.hs_prefix, r.origin, r.effective_from)),
    );
    const wanted = [
      ...DEMO_TARIFF_LINES.map((l) => ({ kind: 'mfn' as const, hs_prefix: l.hsCode, origin: null, rate_bp: l.mfnBp, effective_from: MFN_EFFECTIVE_FROM, note: l.mfnNote })),
      ...DEMO_ADDITIONAL_TARIFFS.map((t) => ({ kind: 'additional' as const, hs_prefix: t.hsPrefix, origin: 'US', rate_bp: t.rateBp, effective_from: ADDITIONAL_EFFECTIVE_FROM, note: t.note })),
    ];
    const tariffRows = wanted
      .filter((t) => !haveTariff.has(tariffKey(t.kind, t.hs_prefix, t.origin, t.effective_from)))
      .map((t) => ({ id: newId('trf'), ...t, effective_to: null, updated_by: null, updated_at: at }));
    if (tariffRows.length) await trx.insertInto('tariff_rates').values(tariffRows).execute();
    report.tariffs = tariffRows.length;

    for (const fx of DEMO_FX_RATES) {
      const exists = await trx.selectFrom('fx_rates').select('id').where('base', '=', fx.base).where('quote', '=', fx.quote).where('effective_from', '=', FX_EFFECTIVE_FROM).executeTakeFirst();
      if (exists) continue;
      await trx
        .insertInto('fx_rates')
        .values({ id: newId('fxr'), base: fx.base, quote: fx.quote, rate_micro: fx.rateMicro, source: FX_SOURCE, effective_from: FX_EFFECTIVE_FROM, created_by: null, created_at: at })
        .execute();
      report.fxRates++;
    }
    if (report.vatRates + report.tariffs + report.fxRates > 0) await bumpPricingVersion(trx, at);
  });
  return report;
}
