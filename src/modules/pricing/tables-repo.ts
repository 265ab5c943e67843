// Queries on the operator-editable pricing tables (VAT, consumption tax, tariffs, freight, zones,
// settings) and issued quotes.
import type { DbOrTrx } from '../../db/database.js';
import type { QuotesTable, ShippingMode, VatRatesTable } from '../../db/schema.js';

export const findVatRate = (db: DbOrTrx, hsCode8: string) => db.selectFrom('vat_rates').selectAll().where('hs_code', '=', hsCode8).executeTakeFirst();

/** Every HS prefix of a code, longest first: 0813409000 → 0813409000, 081340900, …, 08. */
export const prefixesOf = (hsCode: string) => Array.from({ length: hsCode.length - 1 }, (_, i) => hsCode.slice(0, hsCode.length - i));

export const findZone = (db: DbOrTrx, province: string) => db.selectFrom('province_zones').selectAll().where('province', '=', province).executeTakeFirst();
export const listZones = (db: DbOrTrx) => db.selectFrom('province_zones').selectAll().orderBy('province').execute();

/** The cheapest bracket that carries the weight, or undefined when it is over every bracket. */
export const findFreightBracket = (db: DbOrTrx, mode: ShippingMode, zone: string, weightG: number) =>
  db.selectFrom('freight_rates').selectAll().where('mode', '=', mode).where('zone', '=', zone).where('max_weight_g', '>=', weightG).orderBy('max_weight_g').limit(1).executeTakeFirst();

/** Every bracket of some modes in a zone, lightest first (findFreightBracket's candidates, at once). */
export const listFreightBrackets = (db: DbOrTrx, modes: readonly ShippingMode[], zone: string) =>
  db.selectFrom('freight_rates').selectAll().where('mode', 'in', [...modes]).where('zone', '=', zone).orderBy('max_weight_g').execute();

/**
 * The earliest time after `at` when the FX rate in force (either pair) or a tariff of these HS codes
 * can change by the clock alone (a row written earlier coming into force or ending); null: none known.
 * Tariffs are compared by date (YYYY-MM-DD), so theirs is the start of the UTC day they take effect.
 */
export async function nextScheduledChange(db: DbOrTrx, hsCodes: readonly string[], at: Date): Promise<number | null> {
  const atIso = at.toISOString();
  const dateIso = atIso.slice(0, 10);
  const prefixes = [...new Set(hsCodes.flatMap(prefixesOf))];
  const [fx, tariffs] = await Promise.all([
    db.selectFrom('fx_rates').select('effective_from').where('effective_from', '>', atIso).orderBy('effective_from').limit(1).executeTakeFirst(),
    prefixes.length
      ? db
          .selectFrom('tariff_rates')
          .select(['effective_from', 'effective_to'])
          .where('hs_prefix', 'in', prefixes)
          .where((eb) => eb.or([eb('effective_from', '>', dateIso), eb('effective_to', '>', dateIso)]))
          .execute()
      : Promise.resolve([]),
  ]);
  const nextDay = Date.parse(dateIso) + 86_400_000;
  // '2027-01-01' compares as in force from that date; '2026-11-25T08:00' (today, with a time) from tomorrow.
  const dayOf = (d: string) => {
    const start = Date.parse(d.slice(0, 10));
    return Number.isFinite(start) && start > at.getTime() ? start : nextDay;
  };
  const times = [...(fx ? [Date.parse(fx.effective_from)] : []), ...tariffs.flatMap((t) => [t.effective_from, t.effective_to].filter((d): d is string => d !== null && d > dateIso).map(dayOf))];
  return times.length ? Math.min(...times) : null;
}

export const listFreightRates = (db: DbOrTrx) => db.selectFrom('freight_rates').selectAll().orderBy('mode').orderBy('zone').orderBy('max_weight_g').execute();

export const findSetting = (db: DbOrTrx, key: string) => db.selectFrom('platform_settings').selectAll().where('key', '=', key).executeTakeFirst();

export async function upsertSetting(db: DbOrTrx, key: string, value: string, by: string | null, nowIso: string): Promise<void> {
  const existing = await findSetting(db, key);
  if (existing) await db.updateTable('platform_settings').set({ value, updated_by: by, updated_at: nowIso }).where('key', '=', key).execute();
  else await db.insertInto('platform_settings').values({ key, value, updated_by: by, updated_at: nowIso }).execute();
}

export async function insertQuote(db: DbOrTrx, row: QuotesTable): Promise<void> {
  await db.insertInto('quotes').values(row).execute();
}

export const findQuote = (db: DbOrTrx, id: string) => db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirst();

export const listVatRates = (db: DbOrTrx) => db.selectFrom('vat_rates').selectAll().orderBy('hs_code').limit(5000).execute();

/** Sets a line's VAT rate; answers the row it replaced, if any. */
export async function upsertVatRate(db: DbOrTrx, row: VatRatesTable): Promise<VatRatesTable | undefined> {
  const before = await findVatRate(db, row.hs_code);
  if (before) await db.updateTable('vat_rates').set(row).where('hs_code', '=', row.hs_code).execute();
  else await db.insertInto('vat_rates').values(row).execute();
  return before;
}

/** The tables a quote reads, for all of its HS codes in a handful of queries (not a few per line). */
export async function loadTaxTables(db: DbOrTrx, hsCodes: readonly string[], dateIso: string) {
  const prefixes = [...new Set(hsCodes.flatMap(prefixesOf))];
  const [vat, ct, tariffs] = await Promise.all([
    db.selectFrom('vat_rates').selectAll().where('hs_code', 'in', [...new Set(hsCodes.map((c) => c.slice(0, 8)))]).execute(),
    db.selectFrom('consumption_tax_rules').selectAll().where('hs_prefix', 'in', prefixes).execute(),
    db
      .selectFrom('tariff_rates')
      .selectAll()
      .where('hs_prefix', 'in', prefixes)
      .where('effective_from', '<=', dateIso)
      .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', dateIso)]))
      .execute(),
  ]);
  const longest = <T extends { hs_prefix: string }>(rows: T[], code: string, order: (a: T, b: T) => number = () => 0) =>
    rows.filter((r) => code.startsWith(r.hs_prefix)).sort((a, b) => b.hs_prefix.length - a.hs_prefix.length || order(a, b))[0];
  const byDate = (a: { effective_from: string }, b: { effective_from: string }) => b.effective_from.localeCompare(a.effective_from);
  return {
    vat: (code: string) => vat.find((r) => r.hs_code === code.slice(0, 8)),
    consumptionTax: (code: string) => longest(ct, code),
    tariff: (kind: 'mfn' | 'additional', code: string, origin: string | null) =>
      longest(tariffs.filter((t) => t.kind === kind && (kind === 'mfn' || t.origin === origin)), code, byDate),
  };
}
