// demo: the demo world seeded on first start (and by `gateway seed`): an operator, seven US sellers
// with store profiles and people, shoppers, an excerpt of the positive list and a catalog of about
// fifty products with drawn pictures. Owns no tables: it writes through the other modules'
// operations, except the demo's pricing rows (VAT and tariff rates for the demo tariff lines, a demo
// FX rate), inserted directly as an operator would key them in. Publishes and consumes no events.
export { seedDemo, type SeedOptions, type SeedReport } from './seed.js';
export { DEMO_PASSWORD } from './demo-data.js';
export { seedDemoPricing } from './demo-pricing.js';
