// demo: the demo world seeded on first start (and by `gateway seed`): an operator, seven US sellers
// with store profiles and people, shoppers, an excerpt of the positive list and a catalog of about
// fifty products with drawn pictures. Owns no tables: it writes through the other modules'
// operations (it reads products.handle directly to skip existing products). Publishes and consumes
// no events of its own.
export { seedDemo, type SeedOptions, type SeedReport } from './seed.js';
export { DEMO_PASSWORD } from './demo-data.js';
