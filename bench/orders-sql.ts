// Diagnosis for place-order on SQLite: which statements the checkout spends its database time on.
// Builds the app in this process (from src/, the same code dist/ is built from) over a SQLite handle
// whose prepared statements are timed (native execution, synchronous in better-sqlite3, so exact),
// serves it on a loopback port, runs the place-order load against it from a child process for
// BENCH_DURATION seconds and prints each statement's count and time per order placed, and how long
// each transaction held SQLite's one connection (Kysely's SQLite driver lends it to one transaction
// at a time, from begin to commit, across every await in between), and a CPU profile of the server's
// main thread over the checkout phases. The timing wrapper itself shows in the profile (this file).
// Usage: BENCH_ORDER_BUYERS=1000 BENCH_DURATION=10 [BENCH_SQLITE_SYNCHRONOUS=NORMAL] npx tsx bench/orders-sql.ts
import { spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/schema.js';
import type { Measurement } from './load.js';
import { latencies } from './orders-load.js';
import { summariseProfile, type CpuProfile, type Window } from './orders-profile.js';
import { placeOrderRunner } from './orders.js';

type Tally = { n: number; ms: number };
const tallies = new Map<string, Tally>();
let counting = false;
/** Each transaction's hold on the connection: from its begin statement to the end of its commit. */
const holds: number[] = [];
let begunAt = 0;
/** The checkout phases of the measured round, in the CPU profile's clock (µs), and what the process used in them. */
const windows: Window[] = [];
let cpuMs = 0;
let activeMs = 0;
const hrMicros = () => Number(process.hrtime.bigint() / 1000n);

function timed<A extends unknown[], R>(sql: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const start = performance.now();
    if (sql === 'begin') begunAt = start;
    try {
      return fn(...args);
    } finally {
      if (counting && (sql === 'commit' || sql === 'rollback')) holds.push(performance.now() - begunAt);
      if (counting) {
        const t = tallies.get(sql) ?? { n: 0, ms: 0 };
        t.n++;
        t.ms += performance.now() - start;
        tallies.set(sql, t);
      }
    }
  };
}

/** As database.ts's statement cache, with every statement's run timed. */
function timedDatabase(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let stmt = statements.get(source);
    if (!stmt) {
      stmt = timed(`(prepare) ${source}`, () => sqlite.prepare(source))();
      for (const m of ['all', 'get', 'run', 'iterate'] as const) {
        const original = stmt[m].bind(stmt) as (...args: unknown[]) => unknown;
        (stmt as unknown as Record<string, unknown>)[m] = timed(source, original);
      }
      statements.set(source, stmt);
    }
    return stmt;
  };
  return { prepare, close: () => sqlite.close() };
}

async function main(): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'gateway-orders-sql-'));
  const file = join(tmp, 'bench.sqlite');
  const config = loadConfig({
    NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'true', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `file:${file}`,
    SECRETS_DIR: join(tmp, 'secrets'), MEDIA_DIR: join(tmp, 'media'), MAIL_TRANSPORT: 'none', PUBLIC_API_RATE_LIMIT_PER_MINUTE: '100000000',
    SQLITE_SYNCHRONOUS: process.env['BENCH_SQLITE_SYNCHRONOUS'] ?? 'FULL',
  });
  if (config.database.kind !== 'sqlite') throw new Error('SQLite only');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${config.database.synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: timedDatabase(sqlite) }) });
  const app = await buildApp(config, { db: { db, engine: 'sqlite' } });
  try {
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.enable');
    const m = await loadFromChild(address, `file:${file}`, join(tmp, 'secrets'), () => inspector.post('Profiler.start'));
    const { profile } = (await inspector.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    inspector.disconnect();
    const orders = m.extra?.['orders'] ?? 0;
    const checkoutSeconds = m.extra?.['checkoutSeconds'] ?? 0;
    const rows = [...tallies].sort((a, b) => b[1].ms - a[1].ms);
    const total = rows.reduce((s, [, t]) => s + t.ms, 0);
    console.log(`\n${orders} orders in ${checkoutSeconds} s of checkout phase (${m.reqPerSec}/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms), refills ${m.extra?.['refillSeconds']} s`);
    const calls = rows.filter(([sql]) => !sql.startsWith('(prepare)')).reduce((s, [, t]) => s + t.n, 0);
    console.log(`SQLite time in checkout phases: ${(total / 1000).toFixed(2)} s = ${(total / orders).toFixed(3)} ms per order, ${(calls / orders).toFixed(1)} statements per order\n`);
    const wall = windows.reduce((a, w) => a + (w.to - w.from) / 1000, 0);
    console.log(`server process in checkout phases: ${(cpuMs / orders).toFixed(3)} ms CPU per order (all threads), event loop active ${(activeMs / orders).toFixed(3)} ms per order = ${((100 * activeMs) / wall).toFixed(0)} % of the ${(wall / 1000).toFixed(2)} s\n`);
    const h = latencies(holds);
    const held = holds.reduce((a, b) => a + b, 0);
    console.log(`transactions: ${holds.length} (${(holds.length / orders).toFixed(2)} per order), connection held p50 ${h.p50Ms} ms, mean ${h.meanMs} ms, p99 ${h.p99Ms} ms; held ${(held / 1000).toFixed(2)} s in all\n`);
    console.log('   ms/order   calls/order   µs/call   statement');
    for (const [sql, t] of rows.slice(0, 30)) {
      console.log(`${(t.ms / orders).toFixed(3).padStart(11)} ${(t.n / orders).toFixed(2).padStart(13)} ${((t.ms / t.n) * 1000).toFixed(0).padStart(9)}   ${sql.replace(/\s+/g, ' ').slice(0, 150)}`);
    }
    const { sql } = await import('kysely');
    const sizes = await sql<{ q: number; k: number; backlog: number; events: number }>`select
      (select avg(length(request) + length(result)) from quotes) as q,
      (select avg(length(response)) from idempotency_keys) as k,
      (select count(*) from outbox where published_at is null) as backlog,
      (select count(*) from outbox) as events`.execute(db);
    const size = sizes.rows[0]!;
    console.log(`\nper checkout the transaction stores a quote of ${Math.round(size.q)} bytes (request + result JSON) and an idempotent answer of ${Math.round(size.k)} bytes; outbox: ${size.backlog} of ${size.events} events not yet delivered at the end`);
    console.log(`\nCPU profile of the server's main thread, checkout phases only:`);
    for (const line of summariseProfile(profile, windows)) console.log(line);
  } finally {
    await app.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The load runs in a child process, so the server's event loop is its own; counting covers the measured round only. */
async function loadFromChild(baseUrl: string, databaseUrl: string, secretsDir: string, onMeasuring: () => Promise<unknown>): Promise<Measurement> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--load', baseUrl, databaseUrl, secretsDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let result: Measurement | null = null;
  let measuring = false;
  let cpu = process.cpuUsage();
  let elu = performance.eventLoopUtilization();
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'MEASURING') {
      measuring = true;
      await onMeasuring();
    } else if (line === 'PHASE checkout start' && measuring) {
      counting = true;
      windows.push({ from: hrMicros(), to: Infinity });
      cpu = process.cpuUsage();
      elu = performance.eventLoopUtilization();
    } else if (line === 'PHASE checkout end' && measuring) {
      counting = false;
      windows[windows.length - 1]!.to = hrMicros();
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
      activeMs += performance.eventLoopUtilization(elu).active;
    } else if (line.startsWith('RESULT ')) {
      result = JSON.parse(line.slice(7)) as Measurement;
    } else if (!line.startsWith('PHASE ')) console.log(line);
  }
  if (!result) throw new Error('the load process ended without a result');
  return result;
}

async function load(baseUrl: string, databaseUrl: string, secretsDir: string): Promise<void> {
  const runner = await placeOrderRunner({ baseUrl, databaseUrl, connections: Number(process.env['BENCH_CONNECTIONS'] ?? 50), secretsDir }, (phase, edge) => console.log(`PHASE ${phase} ${edge}`));
  await runner.measure(2);
  console.log('MEASURING');
  const m = await runner.measure(Number(process.env['BENCH_DURATION'] ?? 10));
  console.log(`RESULT ${JSON.stringify(m)}`);
  await runner.close();
}

if (process.argv[2] === '--load') await load(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else await main();
