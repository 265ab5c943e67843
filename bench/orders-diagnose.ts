// Diagnosis for place-order on either engine: starts the production build as bench/run.ts does, runs
// the place-order load from this process and, during the checkout phases only, accounts the machine's
// CPU per process (gateway, PostgreSQL backends, this load generator, everything else: on 2 shared
// cores they compete) and, on PostgreSQL, what the gateway's backends were doing (pg_stat_activity
// sampled every 10 ms: running, waiting for a lock, for the WAL flush, or idle in a transaction
// waiting for the gateway). Not a benchmark: no baseline, one round.
// Usage: [BENCH_DATABASE_URL=postgres://…/bench_orders] BENCH_DURATION=10 npx tsx bench/orders-diagnose.ts
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { placeOrderRunner } from './orders.js';
import { freePort, startServer } from './servers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** CPU seconds used so far by each process, by what it is. */
function cpuByKind(gatewayPid: number, database: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const pid = Number(entry);
      // A PostgreSQL backend's title names its database: "postgres: user db host(port) state".
      const kind =
        pid === gatewayPid ? 'gateway (node dist/main.js)'
        : pid === process.pid ? 'load generator (this process)'
        : cmd.startsWith('postgres:') && cmd.includes(` ${database} `) ? `postgresql: backends of ${database}`
        : cmd.startsWith('postgres') ? 'postgresql: other databases and server processes (WAL writer, checkpointer…)'
        : 'everything else (other work on the machine)';
      out.set(kind, (out.get(kind) ?? 0) + ticks / 100);
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

async function main(): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'gateway-orders-diagnose-'));
  const databaseUrl = process.env['BENCH_DATABASE_URL'] || `file:${join(tmp, 'bench.sqlite')}`;
  const port = await freePort();
  const gateway = await startServer({
    name: 'gateway', args: [join(root, 'dist', 'main.js')], cwd: root, port, readyPath: '/readyz', timeoutMs: 120_000,
    env: {
      PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'true',
      DATABASE_URL: databaseUrl, SECRETS_DIR: join(tmp, 'secrets'), MEDIA_DIR: join(tmp, 'media'), MAIL_TRANSPORT: 'none',
      PUBLIC_API_RATE_LIMIT_PER_MINUTE: '100000000', PAYMENT_TIMEOUT_MINUTES: '1440',
      ...(process.env['BENCH_SQLITE_SYNCHRONOUS'] ? { SQLITE_SYNCHRONOUS: process.env['BENCH_SQLITE_SYNCHRONOUS'] } : {}),
      ...(process.env['BENCH_PG_POOL_MAX'] ? { PG_POOL_MAX: process.env['BENCH_PG_POOL_MAX'] } : {}),
    },
  });
  const gatewayPid = gateway.pid;
  const database = databaseUrl.startsWith('postgres') ? new URL(databaseUrl).pathname.slice(1) : '';
  const onPg = databaseUrl.startsWith('postgres');
  const sampler = onPg ? new pg.Client({ connectionString: databaseUrl }) : null;
  await sampler?.connect();
  const waits = new Map<string, number>();
  let samples = 0;
  let sampling: NodeJS.Timeout | null = null;
  let cpuAtStart = new Map<string, number>();
  const cpu = new Map<string, number>();
  let phaseStart = 0;
  let checkoutMs = 0;
  let measuring = false;
  const sample = async () => {
    const { rows } = await sampler!.query<{ state: string; wait: string | null }>(
      `select state, wait_event_type || ':' || wait_event as wait from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    samples++;
    for (const r of rows) {
      const key = `${r.state}${r.state === 'active' ? ` — ${r.wait ?? 'running (no wait)'}` : r.wait ? ` — ${r.wait}` : ''}`;
      waits.set(key, (waits.get(key) ?? 0) + 1);
    }
  };
  const runner = await placeOrderRunner({ baseUrl: gateway.baseUrl, databaseUrl, connections: Number(process.env['BENCH_CONNECTIONS'] ?? 50), secretsDir: join(tmp, 'secrets') }, (phase, edge) => {
    if (!measuring || phase !== 'checkout') return;
    if (edge === 'start') {
      cpuAtStart = cpuByKind(gatewayPid, database);
      phaseStart = performance.now();
      if (sampler) sampling = setInterval(() => void sample().catch(() => {}), 10);
    } else {
      checkoutMs += performance.now() - phaseStart;
      for (const [k, v] of cpuByKind(gatewayPid, database)) cpu.set(k, (cpu.get(k) ?? 0) + v - (cpuAtStart.get(k) ?? 0));
      if (sampling) clearInterval(sampling);
    }
  });
  try {
    await runner.measure(2);
    measuring = true;
    const m = await runner.measure(Number(process.env['BENCH_DURATION'] ?? 10));
    measuring = false;
    const orders = m.extra?.['orders'] ?? 0;
    const seconds = checkoutMs / 1000;
    console.log(`\n${onPg ? 'PostgreSQL' : 'SQLite'}: ${orders} orders in ${seconds.toFixed(2)} s of checkout phase = ${m.reqPerSec}/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, failed ${m.extra?.['failed']}`);
    console.log('\nCPU in the checkout phases (cores used, of 2; CPU ms per order):');
    for (const [k, v] of [...cpu].sort((a, b) => b[1] - a[1])) console.log(`  ${(v / seconds).toFixed(2).padStart(5)} cores  ${((v * 1000) / orders).toFixed(2).padStart(7)} ms/order  ${k}`);
    if (sampler) {
      console.log(`\nthe gateway's PostgreSQL connections, ${samples} samples (average connections in each state):`);
      for (const [k, v] of [...waits].sort((a, b) => b[1] - a[1])) console.log(`  ${(v / samples).toFixed(2).padStart(5)}  ${k}`);
    }
  } finally {
    await runner.close();
    await sampler?.end();
    await gateway.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
