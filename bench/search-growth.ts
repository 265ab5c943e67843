// Search growth: the median time of one uncached search on a small and a large generated catalog
// (`npx tsx bench/search-growth.ts --small file:/tmp/c100k.db --large file:/tmp/c1m.db [--rounds 5]
// [--record]`; make each with generate-catalog.ts). The queries are the benchmark's 44 terms alone,
// with a filter or a sort, and as pairs; each search runs the module's own searcher (the SQL of the
// page and of the facet counts, as GET /api/v1/search does) with the answer caches emptied every
// time, one at a time, so the number is the engine's cost per search, not a server's under load. The
// two catalogs alternate within each round, so a busy machine slows both alike. Goal: large p50 ≤ 3×
// small p50 (issue: storefront, 100,000 vs 1,000,000 products).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDatabaseUrl } from '../src/config.js';
import { createDb, type DbHandle } from '../src/db/database.js';
import { createSearcher, type SearchRequest } from '../src/modules/search/run-search.js';
import { loadAverage1m, machine, median, resultFileName } from './report.js';
import { SEARCH_TERMS } from './search-queries.js';

const { values } = parseArgs({ options: { small: { type: 'string' }, large: { type: 'string' }, rounds: { type: 'string', default: '5' }, record: { type: 'boolean', default: false } } });
if (!values.small || !values.large) throw new Error('--small and --large (file:… or postgres://… catalogs) are required');
const rounds = Number(values.rounds);

const requests: SearchRequest[] = [];
const base = { filters: {}, sort: 'relevance' as const, limit: 20, offset: 0 };
const extras: Array<Partial<SearchRequest>> = [{ filters: { inStock: true } }, { sort: 'price_asc' }, { filters: { category: 'food' } }, { filters: { mode: '1210' } }, { sort: 'newest' }];
SEARCH_TERMS.forEach((t, i) => {
  requests.push({ ...base, q: t.q });
  requests.push({ ...base, q: t.q, ...extras[i % extras.length] });
  requests.push({ ...base, q: `${t.q} ${SEARCH_TERMS[(i * 7 + 3) % SEARCH_TERMS.length]!.q}` });
});

type Catalog = { label: string; handle: DbHandle; products: number; times: number[] };
async function open(label: string, url: string): Promise<Catalog> {
  const handle = createDb(parseDatabaseUrl(url, 'NORMAL', 5));
  const row = await handle.db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { label, handle, products: Number(row.n), times: [] };
}

const catalogs = [await open('small', values.small), await open('large', values.large)];
const loadAtStart = loadAverage1m();
let version = 1_000_000;
for (let round = 0; round <= rounds; round++) {
  for (const c of catalogs) {
    const searcher = createSearcher(c.handle.db, c.handle.engine);
    for (const r of requests) {
      // A version no answer was filed under: every search reads the index afresh.
      const start = performance.now();
      await searcher.search(version++, r, 1000);
      // Round 0 warms the page cache of each database file and is not counted.
      if (round > 0) c.times.push(performance.now() - start);
    }
  }
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const summary = catalogs.map((c) => ({ catalog: c.label, engine: c.handle.engine, documents: c.products, searches: c.times.length, p50Ms: +median(c.times).toFixed(3), p90Ms: +pct(c.times, 0.9).toFixed(3), p99Ms: +pct(c.times, 0.99).toFixed(3) }));
const ratio = summary[1]!.p50Ms / summary[0]!.p50Ms;
console.table(summary);
console.log(`p50 ratio large/small: ${ratio.toFixed(2)} (goal ≤ 3): ${ratio <= 3 ? 'met' : 'NOT met'}`);
for (const c of catalogs) await c.handle.db.destroy();

if (values.record) {
  const finishedAt = new Date().toISOString();
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, resultFileName(finishedAt, `search-growth-${summary[0]!.engine}`));
  const record = { benchmark: 'search-growth', finishedAt, machine: machine(loadAtStart), config: { rounds, queries: requests.length, method: 'in-process searcher, caches bypassed, one search at a time, catalogs alternating' }, summary, p50Ratio: +ratio.toFixed(3), goal: { p50RatioAtMost: 3, met: ratio <= 3 } };
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
