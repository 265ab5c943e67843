// Quote engine benchmark: `npx tsx bench/quote-engine.ts`.
// In-process, no I/O: priceCart on a 3-line cart of mixed categories (a general 13 % good, a 9 %
// food, a high-end cosmetic that pays consumption tax), with USD→CNY conversion, markup, ending-9
// rounding, freight and insurance split, and the limits check. After a warm-up, BENCH_RUNS (default 5)
// runs of at least BENCH_RUN_MS (default 1000) each; every quote is timed on its own for the median
// and p99, and throughput counts whole runs (timer overhead included, so it is a floor).
// Results go to stdout and bench/results/<YYYY-MM-DD-HHMMSS>-quote-engine.json. Goal: ≥ 100,000 quotes/s.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMIT_SETTINGS } from '../src/modules/pricing/limits.js';
import { priceCart, type CartInput, type PricingTables } from '../src/modules/pricing/quote-engine.js';
import { fxRateFromDecimal } from '../src/modules/pricing/retail-price.js';
import { cosmeticsRule } from '../src/modules/pricing/tax.js';
import { loadAverage1m, machine, median } from './report.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const RUN_MS = Number(process.env['BENCH_RUN_MS'] ?? 1000);
const WARMUP_MS = Number(process.env['BENCH_WARMUP_MS'] ?? 1000);
const GOAL = 100_000;

const tables: PricingTables = {
  fx: fxRateFromDecimal('7.1234', { source: 'bench', asOf: '2026-01-01T00:00:00Z' }),
  markupBp: 800,
  rounding: { mode: 'ending_9', step: 'jiao' },
  limits: DEFAULT_LIMIT_SETTINGS,
  tax: { cosmeticsThresholdBasis: 'dutiable_value' },
};

const cart: CartInput = {
  lines: [
    { sku: 'WALLET-BRN', price: { usdCents: 8900 }, quantity: 1, weightGrams: 120, hsCode: '42023100', vatBp: 1300, consumptionTax: { kind: 'none' }, statutory: { unit: 'piece', quantityPerItem: 1 }, mfnBp: 1000, additionalBp: 0 },
    { sku: 'CHERRY-227', price: { usdCents: 1299 }, quantity: 3, weightGrams: 250, hsCode: '08134090', vatBp: 900, consumptionTax: { kind: 'none' }, statutory: { unit: 'g', quantityPerItem: 227 }, mfnBp: 2500, additionalBp: 0 },
    { sku: 'CREAM-50', price: { usdCents: 6800 }, quantity: 1, weightGrams: 110, hsCode: '33049900', vatBp: 1300, consumptionTax: cosmeticsRule(true), statutory: { unit: 'ml', quantityPerItem: 50 }, mfnBp: 100, additionalBp: 0 },
  ],
  freightFen: 5000,
  insuranceFen: 200,
  yearToDateFen: 0,
};

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** What one hrtime pair costs, so the per-quote figures can be read net of it. */
function timerOverheadNs(): number {
  const n = 200_000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) process.hrtime.bigint();
  return Number(process.hrtime.bigint() - t0) / n;
}

let sink = 0;

function run(ms: number) {
  const samples: number[] = [];
  const input = { ...cart };
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  let i = 0;
  while (now < end) {
    // A different year-to-date each time, so no two calls are the same and the result is used.
    input.yearToDateFen = (i % 1000) * 100;
    const t0 = process.hrtime.bigint();
    sink += priceCart(input, tables).totals.totalFen;
    now = process.hrtime.bigint();
    samples.push(Number(now - t0));
    i++;
  }
  const elapsedNs = Number(now - start);
  const sorted = Float64Array.from(samples).sort();
  return {
    quotes: i,
    elapsedMs: Math.round(elapsedNs / 1e4) / 100,
    quotesPerSec: Math.round(i / (elapsedNs / 1e9)),
    medianUs: Math.round(percentile(sorted, 50) / 10) / 100,
    p99Us: Math.round(percentile(sorted, 99) / 10) / 100,
  };
}

function main() {
  const loadAtStart = loadAverage1m();
  const sample = priceCart(cart, tables);
  console.log(`quote engine: 3-line cart, total ${sample.totals.totalFen} fen (tax ${sample.totals.taxFen}), ${sample.classification.kind}`);
  run(WARMUP_MS);
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const result = run(RUN_MS);
    runs.push(result);
    console.log(`run ${r + 1}: ${result.quotesPerSec.toLocaleString('en-US')} quotes/s, median ${result.medianUs} µs, p99 ${result.p99Us} µs`);
  }
  const overhead = Math.round(timerOverheadNs());
  const medians = { quotesPerSec: median(runs.map((r) => r.quotesPerSec)), medianUs: median(runs.map((r) => r.medianUs)), p99Us: median(runs.map((r) => r.p99Us)) };
  const goal = { description: `≥ ${GOAL.toLocaleString('en-US')} quotes/s in-process (median of runs)`, quotesPerSec: medians.quotesPerSec, met: medians.quotesPerSec >= GOAL };
  console.log(`\nmedian of ${RUNS} runs: ${medians.quotesPerSec.toLocaleString('en-US')} quotes/s, median ${medians.medianUs} µs, p99 ${medians.p99Us} µs per quote (timer pair ≈ ${overhead} ns)`);
  console.log(`${goal.description}: goal ${goal.met ? 'met' : 'missed'}`);

  const stamp = new Date().toISOString().replace(/T/, '-').replace(/:/g, '').slice(0, 17);
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${stamp}-quote-engine.json`);
  const record = {
    benchmark: 'quote-engine',
    at: new Date().toISOString(),
    machine: machine(loadAtStart),
    config: { runs: RUNS, runMs: RUN_MS, warmupMs: WARMUP_MS, cart: cart.lines.map((l) => ({ sku: l.sku, vatBp: l.vatBp, consumptionTax: l.consumptionTax.kind, quantity: l.quantity })), rounding: tables.rounding, markupBp: tables.markupBp },
    sampleTotals: sample.totals,
    timerOverheadNs: overhead,
    runs,
    median: medians,
    goal,
    checksum: sink,
  };
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`written ${out}`);
}

main();
