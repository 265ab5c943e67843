// conference-checkin: the door rush of issue 7 against a running Gateway. BENCH_CHECKIN_TICKETS (3,000)
// confirmed registrations are written straight into the database (src/modules/conference/fixtures.ts), then
// BENCH_CHECKIN_DEVICES (10) scanning devices check them in over HTTP as an operator
// (src/modules/conference/door-rush.ts): half send each scan as it happens (BENCH_CHECKIN_BATCH scans
// per request, default 1 — the live check-in latency), half are offline and sync their whole queue at
// once, twice in parallel (a retry), while the online ones replay theirs; then every device replays
// its queue again; one ticket in 20 is scanned by two devices. The run fails (exit 1) unless every
// ticket is checked in exactly once, every second scan is flagged and every replay repeats its answer.
// Scans go out as fast as answered (the issue's 3,000 in 20 minutes is 2.5 a second): a stress test.
// Usage: npx tsx bench/conference-checkin.ts [--in-process]
//   default: the production build (dist/main.js; run `npm run build` first) in its own process;
//   --in-process: buildApp from src/ in this process, listening on a loopback port (no build needed).
// Env: BENCH_ROUNDS (3; each on a new event), BENCH_DATABASE_URL=postgres://…/<database of its own>.
// Writes results/<YYYY-MM-DD-HHMMSS>-conference-checkin[-postgres].json and prints a summary.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createAccount } from '../src/modules/accounts/index.js';
import { insertFixtureEvent, insertFixtureRegistrations } from '../src/modules/conference/fixtures.js';
import { percentile, planDoorRush, runDoorRush, rushProblems, type RushAnswer } from '../src/modules/conference/door-rush.js';
import { signTicket } from '../src/modules/conference/ticket-token.js';
import { loadOrCreateSecret } from '../src/platform/secrets.js';
import { round } from './load.js';
import { envCount } from './orders.js';
import { httpClient } from './orders-load.js';
import { openBenchDb, sessionHeaders } from './orders-setup.js';
import { loadAverage1m, machine, median, resultFileName } from './report.js';
import { freePort, killAllNow, startServer } from './servers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { 'in-process': { type: 'boolean', default: false } } });
const tickets = envCount('BENCH_CHECKIN_TICKETS', 3000);
const devices = envCount('BENCH_CHECKIN_DEVICES', 10);
const batch = envCount('BENCH_CHECKIN_BATCH', 1);
const rounds = envCount('BENCH_ROUNDS', 3);
const postgres = (process.env['BENCH_DATABASE_URL'] ?? '').startsWith('postgres');

type RoundSummary = {
  round: number;
  tickets: number;
  doubles: number;
  requests: number;
  statuses: Record<string, number>;
  problems: string[];
  live: Latency & { scans: number; seconds: number; scansPerSecond: number };
  queueSync: Latency & { seconds: number };
  replay: Latency & { seconds: number };
};
type Latency = { p50Ms: number; p99Ms: number; maxMs: number; requests: number };

const ms = (xs: number[]): Latency => ({ p50Ms: round(percentile(xs, 0.5), 2), p99Ms: round(percentile(xs, 0.99), 2), maxMs: round(percentile(xs, 1), 2), requests: xs.length });

async function startGateway(tmp: string, databaseUrl: string): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const env = {
    NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', DATABASE_URL: databaseUrl, SECRETS_DIR: join(tmp, 'secrets'),
    MEDIA_DIR: join(tmp, 'media'), MAIL_DIR: join(tmp, 'mail'), MAIL_TRANSPORT: 'none', PUBLIC_API_RATE_LIMIT_PER_MINUTE: '100000000',
  };
  if (args['in-process']) {
    const app = await buildApp(loadConfig(env));
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    return { baseUrl, stop: () => app.close() };
  }
  const mainJs = join(root, 'dist', 'main.js');
  if (!existsSync(mainJs)) throw new Error(`${mainJs} not found: run npm run build first (or pass --in-process)`);
  const port = await freePort();
  const server = await startServer({ name: 'gateway', args: [mainJs], cwd: root, port, readyPath: '/readyz', timeoutMs: 60_000, env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env } });
  return { baseUrl: server.baseUrl, stop: server.stop };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAtStart = loadAverage1m();
  const tmp = mkdtempSync(join(tmpdir(), 'gateway-bench-checkin-'));
  const databaseUrl = process.env['BENCH_DATABASE_URL'] || `file:${join(tmp, 'bench.sqlite')}`;
  const gateway = await startGateway(tmp, databaseUrl);
  const handle = openBenchDb(databaseUrl);
  const client = httpClient(gateway.baseUrl, devices * 4);
  try {
    const at = new Date();
    const operator = await createAccount({ db: handle.db, actor: null, now: at, requestId: null }, { email: `door-${at.getTime()}@bench.example`, name: 'Door staff', password: `bench door ${at.getTime()}`, role: 'operator', locale: 'en-US' }, 2 ** 14);
    const headers = await sessionHeaders(handle.db, client, operator.id);
    const key = loadOrCreateSecret(join(tmp, 'secrets'), 'conference-ticket-key');
    const results: RoundSummary[] = [];
    for (let r = 1; r <= rounds; r++) {
      const event = await insertFixtureEvent(handle.db);
      await insertFixtureRegistrations(handle.db, event, tickets);
      const rows = await handle.db.selectFrom('conf_registrations').select(['id', 'ticket_nonce']).where('event_id', '=', event.id).execute();
      const plan = planDoorRush(rows.map((x) => ({ id: x.id, token: signTicket(key, x.id, x.ticket_nonce) })), { devices });
      const path = `/api/v1/ops/conference/events/${event.id}/checkins`;
      const outcome = await runDoorRush(
        plan,
        async (scans) => {
          try {
            const answer = await client.send({ method: 'POST', path, headers, body: JSON.stringify({ scans }) });
            return { status: answer.status, results: answer.status === 200 ? (JSON.parse(answer.body) as { results: RushAnswer[] }).results : [] };
          } catch {
            return { status: 0, results: [] };
          }
        },
        batch,
      );
      const problems = rushProblems(plan, outcome);
      const [live, sync, replay] = outcome.phases;
      const liveScans = plan.queues.slice(0, plan.online).reduce((n, q) => n + q.length, 0);
      const summary: RoundSummary = {
        round: r, tickets, doubles: plan.doubles, requests: outcome.batches, statuses: outcome.statuses, problems: problems.slice(0, 20),
        live: { ...ms(live!.latenciesMs), scans: liveScans, seconds: round(live!.ms / 1000, 2), scansPerSecond: round(liveScans / (live!.ms / 1000), 1) },
        queueSync: { ...ms(sync!.latenciesMs), seconds: round(sync!.ms / 1000, 2) },
        replay: { ...ms(replay!.latenciesMs), seconds: round(replay!.ms / 1000, 2) },
      };
      results.push(summary);
      console.log(
        `round ${r}: live scans p50 ${summary.live.p50Ms} ms, p99 ${summary.live.p99Ms} ms (${summary.live.scansPerSecond}/s); queue sync p99 ${summary.queueSync.p99Ms} ms; ` +
          `replay p99 ${summary.replay.p99Ms} ms; ${problems.length ? `PROBLEMS: ${problems.slice(0, 5).join('; ')}` : 'each ticket checked in once'}`,
      );
    }
    const med = (pick: (s: RoundSummary) => number) => median(results.map(pick));
    const record = {
      benchmark: 'conference-checkin',
      startedAt,
      machine: machine(loadAtStart),
      config: {
        target: args['in-process'] ? 'buildApp in the load generator’s process' : 'node dist/main.js, NODE_ENV=production, own process',
        database: postgres ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'SQLite in a temp dir, default durability (synchronous=FULL)',
        tickets, devices, onlineDevices: Math.ceil(devices / 2), liveBatch: batch, queueBatchMax: 500, rounds,
        latency: 'per request, from send to last byte, nearest-rank percentiles, ms',
      },
      rounds: results,
      median: { liveP50Ms: med((s) => s.live.p50Ms), liveP99Ms: med((s) => s.live.p99Ms), liveScansPerSecond: med((s) => s.live.scansPerSecond), queueSyncP99Ms: med((s) => s.queueSync.p99Ms), replayP99Ms: med((s) => s.replay.p99Ms) },
      correct: results.every((s) => s.problems.length === 0),
    };
    const dir = join(root, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const file = join(dir, resultFileName(startedAt, `conference-checkin${postgres ? '-postgres' : ''}`));
    await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`medians: live check-in p50 ${record.median.liveP50Ms} ms, p99 ${record.median.liveP99Ms} ms; queue sync p99 ${record.median.queueSyncP99Ms} ms; replay p99 ${record.median.replayP99Ms} ms\n${file}`);
    if (!record.correct) process.exitCode = 1;
  } finally {
    client.close();
    await handle.db.destroy();
    await gateway.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.on('exit', killAllNow);
main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
