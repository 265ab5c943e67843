// HTTP benchmark harness: a plain Node hello-world (the machine's ceiling) and the production
// build of Gateway, each in its own child process, loaded in interleaved rounds from here.
// Usage: tsx bench/run.ts [--only <scenario>[,<scenario>…]]
// Env: BENCH_CONNECTIONS (50), BENCH_DURATION seconds per round (10), BENCH_ROUNDS (3), BENCH_WARMUP seconds (3);
// catalog scenarios: BENCH_CATALOG_PRODUCTS (100000), BENCH_CATALOG_DB (a file kept and reused across runs);
// BENCH_DATABASE_URL=postgres://…/<database of its own>: the gateway runs on PostgreSQL (public schema).
// Order scenarios (place-order, flash-sale; orders.ts, flash-sale.ts) and the registration rush
// (conference-registration; conference-registration.ts, BENCH_RUSH_*) bring their own load generator.
// Diagnosis: BENCH_SQLITE_SYNCHRONOUS, BENCH_PG_POOL_MAX go to the gateway; BENCH_GATEWAY_NODE_ARGS
// (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") go before dist/main.js.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure, type Measurement } from './load.js';
import { extraLines, goalLines, loadAverage1m, machine, markdownTable, resultFileName, summarize, writeResults } from './report.js';
import { prepareCatalog } from './bench-catalog.js';
import { BASELINE, scenarios, type RequestSpec, type Scenario, type StatefulRunner, type Target } from './scenarios.js';
import { freePort, killAllNow, startServer, type Server } from './servers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, 'bench', 'results');

let tmp: string | undefined;
const running: Server[] = [];
const runners: StatefulRunner[] = [];

async function cleanup(): Promise<void> {
  await Promise.allSettled(runners.splice(0).map((r) => r.close()));
  await Promise.allSettled(running.splice(0).map((s) => s.stop()));
  if (tmp) await rm(tmp, { recursive: true, force: true });
}

process.on('exit', () => {
  killAllNow();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping servers`);
    void cleanup().finally(() => process.exit(code));
  });
}

async function main(): Promise<void> {
  const config = {
    connections: envInt('BENCH_CONNECTIONS', 50),
    durationSeconds: envInt('BENCH_DURATION', 10),
    warmupSeconds: envInt('BENCH_WARMUP', 3),
    rounds: envInt('BENCH_ROUNDS', 3),
    pipelining: 1,
  };
  const selected = selectScenarios();
  const catalogProducts = envInt('BENCH_CATALOG_PRODUCTS', 100_000);
  const needsCatalog = selected.some((s) => s.catalog);
  const onPostgres = (process.env['BENCH_DATABASE_URL'] ?? '').startsWith('postgres');
  const label = (selected.length === scenarios.length ? 'http' : selected.map((s) => s.name).join('+')) + (needsCatalog ? `-${catalogProducts}` : '') + (onPostgres ? '-postgres' : '');
  const startedAt = new Date().toISOString();
  const loadAtStart = loadAverage1m();
  if (selected.some((s) => s.target === 'gateway') && !existsSync(join(root, 'dist', 'main.js'))) throw new Error('dist/main.js not found: run npm run build first');
  tmp = await mkdtemp(join(tmpdir(), 'gateway-bench-'));
  const databaseUrl = process.env['BENCH_DATABASE_URL'] || `file:${process.env['BENCH_CATALOG_DB'] || join(tmp, 'bench.sqlite')}`;
  const catalog = needsCatalog ? await prepareCatalog(databaseUrl, catalogProducts) : null;
  const servers = await startTargets(new Set(selected.map((s) => s.target)), databaseUrl, catalog !== null);

  const specs = new Map<string, RequestSpec>();
  const stateful = new Map<string, StatefulRunner>();
  for (const s of selected) {
    if (s.stateful) {
      const runner = await s.stateful({ baseUrl: servers[s.target], databaseUrl, connections: config.connections, secretsDir: join(tmp, 'secrets') });
      runners.push(runner);
      stateful.set(s.name, runner);
      continue;
    }
    const base: RequestSpec = { method: s.method, path: s.path, ...(s.body !== undefined ? { body: s.body } : {}), ...(s.headers ? { headers: s.headers } : {}) };
    specs.set(s.name, { ...base, ...(s.prepare ? await s.prepare(servers[s.target], { sampleProductIds: catalog?.sampleProductIds ?? [] }) : {}) });
  }
  const run = async (s: Scenario, seconds: number) => {
    const runner = stateful.get(s.name);
    const m = runner ? await runner.measure(seconds) : await measure(servers[s.target], specs.get(s.name) ?? s, { connections: config.connections, durationSeconds: seconds });
    await settle(servers[s.target] + (s.target === 'gateway' ? '/healthz' : '/'));
    return m;
  };

  console.log(`${config.connections} connections, warm-up ${config.warmupSeconds} s, ${config.rounds} × ${config.durationSeconds} s rounds: ${selected.map((s) => s.name).join(', ')}`);
  for (const s of selected) {
    await run(s, config.warmupSeconds);
    await sleep(500);
  }
  const rounds = new Map<string, Measurement[]>(selected.map((s) => [s.name, []]));
  for (let r = 1; r <= config.rounds; r++) {
    for (const s of selected) {
      const m = await run(s, config.durationSeconds);
      rounds.get(s.name)?.push(m);
      const flags = m.non2xx || m.errors || m.timeouts ? `  !! non-2xx ${m.non2xx}, errors ${m.errors}, timeouts ${m.timeouts}` : '';
      const base = rounds.get(BASELINE)?.[r - 1];
      const vs = s.name !== BASELINE && base ? `  (${(m.reqPerSec / base.reqPerSec).toFixed(2)} × ${BASELINE})` : '';
      const extra = m.extra ? `\n    ${Object.entries(m.extra).map(([k, v]) => `${k} ${v}`).join(', ')}` : '';
      console.log(`round ${r}/${config.rounds}  ${s.name.padEnd(12)} ${String(m.reqPerSec).padStart(7)} req/s  p50 ${m.p50Ms.toFixed(2)} ms  p99 ${m.p99Ms.toFixed(2)} ms${vs}${flags}${extra}`);
      await sleep(500);
    }
  }

  const baselineRounds = rounds.get(BASELINE) ?? [];
  const summaries = selected.map((s) => summarize(onPostgres && s.postgresGoals ? { ...s, minReqPerSec: s.postgresGoals.minReqPerSec, maxP99Ms: s.postgresGoals.maxP99Ms } : s, rounds.get(s.name) ?? [], baselineRounds));
  const goals = goalLines(summaries);
  const withGoal = summaries.filter((s) => s.goal);
  const met = withGoal.every((s) => s.goal?.met);
  const verdict = withGoal.length === 0 ? 'no goal in this run' : met ? 'goal met' : 'goal missed';
  const host = machine(loadAtStart);

  for (const server of running) {
    const lines = server.linesSinceReady();
    if (lines.length) console.log(`\n${server.name} printed ${lines.length} line(s) during the run; last ones:\n${lines.slice(-5).map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l)).join('\n')}`);
  }

  const table = markdownTable(summaries);
  const record = {
    benchmark: label,
    startedAt,
    finishedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: host,
    config: {
      ...config,
      gateway: `node dist/main.js; NODE_ENV=production LOG_LEVEL=warn, demo data seeded; ${onPostgres ? 'PostgreSQL (BENCH_DATABASE_URL)' : process.env['BENCH_CATALOG_DB'] ? 'SQLite in BENCH_CATALOG_DB, default durability' : 'SQLite in a temp dir, default durability'}`,
      catalog: catalog ? { products: catalog.products, variants: catalog.variants, generatedThisRun: catalog.generated, generateMs: catalog.generateMs, indexMs: catalog.indexMs, detailIds: catalog.sampleProductIds.length } : null,
      loadGenerator: `autocannon 9 (order scenarios and the registration rush: orders-load.ts, node:http keep-alive workers), in the harness process; servers in child processes; loopback`,
      rushEnv: Object.fromEntries(Object.entries(process.env).filter(([k]) => /^BENCH_RUSH_/.test(k))),
      gatewayEnv: gatewayTuning(),
      orderEnv: Object.fromEntries(Object.entries(process.env).filter(([k]) => /^BENCH_(ORDER|FLASH)_/.test(k))),
      order: 'rounds interleave: baseline, then each scenario, repeated',
      reqPerSec: "autocannon's mean of per-second samples; place-order: orders per second of checkout phase; flash-sale: answers per second until the last; conference-registration: registrations per second from first send to last answer",
      latency: 'nearest-rank percentiles over every response, in ms',
      scenarios: selected.map((s) => s.name),
    },
    baseline: BASELINE,
    scenarios: summaries,
    goal: { checks: goals, met: withGoal.length === 0 ? null : met },
  };
  const file = resultFileName(startedAt, label);
  const markdown = [
    `# Latest benchmark: ${label}`,
    '',
    `${startedAt.slice(0, 16).replace('T', ' ')} UTC on ${host.cpuCount} × ${host.cpuModel}, Node ${host.node}, ${host.os}.`,
    `${selected.some((s) => s.stateful) ? 'autocannon (order scenarios and the registration rush: orders-load.ts)' : 'autocannon'}, ${config.connections} connections, ${config.rounds} interleaved rounds of ${config.durationSeconds} s after a ${config.warmupSeconds} s warm-up; medians of rounds.`,
    `Ratios are against \`${BASELINE}\` (plain Node \`http\`) measured in the same run.`,
    ...(catalog ? [`Catalog: ${catalog.products.toLocaleString('en-US')} published products, generated (${catalog.variants.toLocaleString('en-US')} variants)${catalog.generated ? `, generated in ${((catalog.generateMs ?? 0) / 1000).toFixed(1)} s, search index rebuilt in ${((catalog.indexMs ?? 0) / 1000).toFixed(1)} s` : ', reused from an earlier run'}.`] : []),
    '',
    table,
    '',
    ...extraLines(summaries),
    ...goals.map((g) => `- ${g}`),
    ...(goals.length ? [''] : []),
    `Every round's numbers: [${file}](${file})`,
    '',
  ].join('\n');
  const written = await writeResults(resultsDir, label, startedAt, record, markdown);

  console.log(`\n${table}\n`);
  for (const l of extraLines(summaries)) console.log(l);
  for (const g of goals) console.log(g);
  console.log(`\n${verdict.toUpperCase()}\nwrote ${written} and bench/results/latest.md`);
}

function selectScenarios(): Scenario[] {
  const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
  const names = (values.only ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = names.filter((n) => !scenarios.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`);
  // The baseline always runs: every ratio is taken against it in the same run.
  return scenarios.filter((s) => names.length === 0 || s.name === BASELINE || names.includes(s.name));
}

async function startTargets(targets: Set<Target>, databaseUrl: string, catalog: boolean): Promise<Record<Target, string>> {
  const urls: Record<Target, string> = { baseline: '', gateway: '' };
  const mainJs = join(root, 'dist', 'main.js');
  if (targets.has('gateway') && !existsSync(mainJs)) throw new Error(`${mainJs} not found: run npm run build first`);
  if (!tmp) throw new Error('no temp dir');
  // A minimal environment, so a developer's shell (DATABASE_URL, METRICS_TOKEN…) cannot change what is measured.
  const common = { PATH: process.env.PATH ?? '', HOST: '127.0.0.1' };

  const helloPort = await freePort();
  const hello = await startServer({
    name: 'hello-world', args: [join(root, 'bench', 'hello-server.mjs')], cwd: root, port: helloPort, readyPath: '/', timeoutMs: 10_000,
    env: { ...common, PORT: String(helloPort) },
  });
  running.push(hello);
  urls.baseline = hello.baseUrl;

  if (targets.has('gateway')) {
    const port = await freePort();
    const gateway = await startServer({
      name: 'gateway', args: [...(process.env['BENCH_GATEWAY_NODE_ARGS'] ?? '').split(' ').filter(Boolean), mainJs], cwd: root, port, readyPath: '/readyz', timeoutMs: catalog ? 600_000 : 60_000,
      env: {
        // The demo seed gives the pricing scenarios their VAT and FX rows; the limit is lifted so
        // the load generator measures the server, not the per-IP rate limit. The orders the order
        // scenarios place stay unpaid: a 24 h payment window keeps the expiry job from releasing
        // their stock during the run (a flash sale counts exactly what it sold).
        ...common, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'true',
        DATABASE_URL: databaseUrl, SECRETS_DIR: join(tmp, 'secrets'),
        MEDIA_DIR: join(tmp, 'media'), MAIL_TRANSPORT: 'none', PUBLIC_API_RATE_LIMIT_PER_MINUTE: '100000000',
        PAYMENT_TIMEOUT_MINUTES: '1440', ...gatewayTuning(),
      },
    });
    running.push(gateway);
    urls.gateway = gateway.baseUrl;
  }
  return urls;
}

/**
 * Waits until the server has worked off what the load generator left in flight: a slow scenario's
 * queued requests would otherwise be charged to the next one (up to 60 s, then measures anyway).
 */
async function settle(url: string): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const start = performance.now();
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (performance.now() - start < 50) return;
    } catch {
      // still busy
    }
    await sleep(200);
  }
}

/** Settings passed on to the gateway for diagnosis (a run that sets none measures the defaults). */
function gatewayTuning(): Record<string, string> {
  const out: Record<string, string> = {};
  if (process.env['BENCH_SQLITE_SYNCHRONOUS']) out['SQLITE_SYNCHRONOUS'] = process.env['BENCH_SQLITE_SYNCHRONOUS'];
  if (process.env['BENCH_PG_POOL_MAX']) out['PG_POOL_MAX'] = process.env['BENCH_PG_POOL_MAX'];
  return out;
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return n;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

main()
  .catch((err: unknown) => {
    console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  })
  .finally(cleanup);
