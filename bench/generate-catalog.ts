// Generates a test catalog into a database: `npx tsx bench/generate-catalog.ts --products 100000 --sellers 200
// --database file:/tmp/catalog.sqlite [--seed 1] [--record]`. The database is migrated first; --database
// defaults to DATABASE_URL. Bypasses the product API (see catalog-generator.ts): for test data only.
// The demo's FX and tax rows are added first (as the demo seed would), so the index holds shelf prices;
// the file can then serve the catalog benchmarks: BENCH_CATALOG_DB=<file> tsx bench/run.ts --only search.
// --no-index skips the search index rebuild (time the generator alone). --record writes bench/results/<YYYY-MM-DD-HHMMSS>-catalog-generator.json with the timings.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDatabaseUrl } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemoPricing } from '../src/modules/demo/demo-pricing.js';
import { generateCatalog } from './catalog-generator.js';
import { loadAverage1m, machine, resultFileName } from './report.js';
import { mkdir, writeFile } from 'node:fs/promises';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '100000' },
    sellers: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    database: { type: 'string' },
    record: { type: 'boolean', default: false },
    'no-index': { type: 'boolean', default: false },
  },
});

const count = (name: string, raw: string | undefined) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer (got "${raw}")`);
  return n;
};

async function main(): Promise<void> {
  const url = values.database ?? process.env['DATABASE_URL'];
  if (!url) throw new Error('--database file:<path> or postgres://… (or DATABASE_URL) is required');
  const options = { products: count('products', values.products), sellers: count('sellers', values.sellers), seed: count('seed', values.seed) };
  // NORMAL durability, as the bench server runs: a test catalog needs no fsync per transaction.
  const handle = createDb(parseDatabaseUrl(url, 'NORMAL', 5));
  const startedAt = new Date().toISOString();
  const loadAtStart = loadAverage1m();
  try {
    await migrateToLatest(handle.db);
    await seedDemoPricing(handle.db, new Date());
    const out = await generateCatalog(handle, { ...options, index: !values['no-index'] });
    const summary = { products: out.products, variants: out.variants, sellers: out.sellers, stockRows: out.stockRows, generateMs: out.generateMs, indexMs: out.indexMs, indexed: out.indexed };
    console.log(JSON.stringify(summary, null, 2));
    if (values.record) {
      const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'results');
      await mkdir(dir, { recursive: true });
      const file = join(dir, resultFileName(startedAt, `catalog-generator-${handle.engine}-${out.products}`));
      await writeFile(file, `${JSON.stringify({ benchmark: 'catalog-generator', startedAt, engine: handle.engine, options, machine: machine(loadAtStart), ...summary, goal: { generateMs: 60_000, met: out.generateMs < 60_000 } }, null, 2)}\n`);
      console.log(`wrote ${file}`);
    }
  } finally {
    await handle.db.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(`generate-catalog failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
