// The pricing tables' version: one platform_settings row ('pricing_version') whose value changes,
// inside the same transaction, with every write to fx_rates, vat_rates, consumption_tax_rules,
// tariff_rates, freight_rates, province_zones or the pricing settings. A reader that priced
// something at version V may keep that answer while the version is still V (and until the next
// time-based change: an FX rate or tariff coming into force, see PricingTables.validUntil).
// Each bump writes a fresh random token, not a counter: two concurrent writers can never leave
// the same value behind, so a reader can never mistake a later state for the one it priced.
// Read the version BEFORE the tables: an answer is then never tagged newer than what it read.
import { randomUUID } from 'node:crypto';
import type { DbOrTrx } from '../../db/database.js';

export const PRICING_VERSION_KEY = 'pricing_version';

/** The current version token ('' before the first pricing write): one primary-key read. */
export async function readPricingVersion(db: DbOrTrx): Promise<string> {
  const row = await db.selectFrom('platform_settings').select('value').where('key', '=', PRICING_VERSION_KEY).executeTakeFirst();
  return row?.value ?? '';
}

/** Marks the pricing tables changed; call it in the transaction that changes them. */
export async function bumpPricingVersion(db: DbOrTrx, nowIso: string): Promise<string> {
  const value = randomUUID();
  await db
    .insertInto('platform_settings')
    .values({ key: PRICING_VERSION_KEY, value, updated_by: null, updated_at: nowIso })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_by: null, updated_at: nowIso }))
    .execute();
  return value;
}
