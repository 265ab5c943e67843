// Every table a landed cost reads, loaded once for a set of HS codes, shipping modes, a province and
// a moment: the zone and its freight brackets, the FX rates in force, the pricing settings, VAT,
// consumption tax and tariffs, and the positive-list lines. landed-cost.ts applies them per parcel.
import type { DbOrTrx } from '../../db/database.js';
import type { FreightRatesTable, FxRatesTable, ShippingMode } from '../../db/schema.js';
import { invalidField } from '../../platform/errors.js';
import { lookupTariffLines, type ListLookup } from '../positive-list/index.js';
import { findRateInForce } from './fx-repo.js';
import { loadPricingSettings, type PricingSettings } from './settings.js';
import { findZone, listFreightBrackets, loadTaxTables, nextScheduledChange } from './tables-repo.js';

export type TaxTables = Awaited<ReturnType<typeof loadTaxTables>>;

export type PricingTables = {
  province: string;
  zone: string;
  /** The zone's brackets for the modes asked, lightest first. */
  freight: FreightRatesTable[];
  /** USD→CNY in force; undefined: none (pricing then refuses with fx_rate_missing). */
  fxRate: FxRatesTable | undefined;
  settlementRate: FxRatesTable | undefined;
  settings: PricingSettings;
  tax: TaxTables;
  listed: Map<string, ListLookup>;
  /**
   * When asked for (withValidity): the earliest time after `at` when a rate or tariff already in the
   * tables comes into force or ends, in ms; null when none is scheduled. Writes to the tables are
   * signalled by the pricing version (pricing-version.ts), not here.
   */
  validUntil: number | null;
};

export type TablesRequest = { province: string; modes: readonly ShippingMode[]; hsCodes: readonly string[]; at: Date; withValidity?: boolean };

/** Throws invalid province (field 'province') when the province has no zone; everything else is checked when applied. */
export async function loadPricingTables(db: DbOrTrx, request: TablesRequest): Promise<PricingTables> {
  const zone = await findZone(db, request.province);
  if (!zone) throw invalidField('province', `unknown province code "${request.province}"`);
  const atIso = request.at.toISOString();
  const codes = [...new Set(request.hsCodes)];
  const [freight, fxRate, settlementRate, settings, tax, listed, validUntil] = await Promise.all([
    listFreightBrackets(db, request.modes, zone.zone),
    findRateInForce(db, { base: 'USD', quote: 'CNY' }, atIso),
    findRateInForce(db, { base: 'CNY', quote: 'USD' }, atIso),
    loadPricingSettings(db),
    loadTaxTables(db, codes, atIso.slice(0, 10)),
    lookupTariffLines(db, codes, request.at),
    request.withValidity ? nextScheduledChange(db, codes, request.at) : Promise.resolve(null),
  ]);
  return { province: request.province, zone: zone.zone, freight, fxRate, settlementRate, settings, tax, listed, validUntil };
}
