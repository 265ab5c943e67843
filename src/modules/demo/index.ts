// demo: the demo world seeded on first start (and by `gateway seed`). Owns no tables: it writes
// through the other modules' operations only. Publishes and consumes no events of its own.
export { seedDemo, type SeedReport } from './seed.js';
export { DEMO_PASSWORD } from './demo-data.js';
