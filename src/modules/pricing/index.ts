// pricing: landed cost — FX-rate history, VAT/consumption-tax/tariff tables, freight by mode and zone,
// platform pricing settings, the quote API and the sellers' calculator. The arithmetic is pure
// (tax.ts, limits.ts, retail-price.ts, quote-engine.ts on platform/money.ts); the rest gathers its inputs.
// Owns tables: fx_rates, vat_rates, consumption_tax_rules, tariff_rates, freight_rates, province_zones,
// platform_settings, quotes. Publishes and consumes no events.
export { registerFxRoutes } from './fx-routes.js';
export { ensurePricingDefaults } from './reference-data.js';
export { PROVINCE_ZONES, type ProvinceZone } from './reference-provinces.js';
export { registerQuoteRoutes } from './quote-routes.js';
export { issueQuote, type IssuedQuote, type QuoteRequest } from './issue-quote.js';
export { registerPricingTableRoutes } from './tables-routes.js';
export { registerRuleRoutes } from './rule-routes.js';
export { addFxRates, importFxRates, rateInForce } from './fx-rates.js';
export { computeLandedCost, landedCostOfEach, type EachAnswer, type EachRequest, type EachResult, type LandedCost, type PricedItem } from './landed-cost.js';
export { bumpPricingVersion, readPricingVersion } from './pricing-version.js';
export { loadPricingSettings, DEFAULT_PRICING_SETTINGS, type PricingSettings } from './settings.js';
export { loadShelfPricer, shelfPriceFen, type ShelfPricer, type ShelfPriceInput } from './shelf-price.js';
