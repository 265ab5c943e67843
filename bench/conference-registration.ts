// conference-registration: the registration rush of issue 7 against the production build. Each round an
// operator creates a fresh event with BENCH_RUSH_SEATS (1,000) seats over the ops HTTP API, then
// BENCH_RUSH_REGISTRANTS (5,000) businesses, each with its own e-mail, register through the public
// route, at most BENCH_RUSH_IN_FLIGHT (500) in flight, split round-robin over the servers. The sending
// and the checks are src/modules/conference/registration-rush.ts (shared with the tests): every answer
// a 201 (no 5xx), exactly the seats confirmed, waitlist positions 1..n without gaps or duplicates and
// in each server's arrival order, one row per e-mail matching its answer, the counters right through
// every server. Any problem fails the run (exit 1). Recorded: the time to absorb the rush (first send
// to last answer), registrations/s, each request's latency (p50, p99), and — measured just before
// each round in the same run — the hello-world ceiling (bench/hello-server.mjs, autocannon, 50
// connections, BENCH_BASELINE_SECONDS), so the rate can be compared as a ratio on a noisy machine.
// Usage: npm run build && npx tsx bench/conference-registration.ts [--servers 2]
//   --servers N: N gateway processes (node dist/main.js) on one database (default 1).
// Env: BENCH_ROUNDS (3; each on a fresh event), BENCH_RUSH_WARMUP (500 registrations on a throwaway
// event first; 0: none), BENCH_DATABASE_URL=postgres://…/<database> (created here, so it must not
// exist yet, and dropped at the end); otherwise SQLite in a temp dir.
// Writes results/<YYYY-MM-DD-HHMMSS>-conference-registration[-postgres][-2servers].json.
// `npx tsx bench/run.ts --only conference-registration` runs one server of it inside the HTTP harness
// (registrationRushRunner below, a stateful scenario in scenarios.ts).
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Db } from '../src/db/database.js';
import { createAccount } from '../src/modules/accounts/index.js';
import {
  createRushEvent, rushAnswerProblems, rushByServer, rushCounterProblems, rushRowProblems, rushStatuses, runRegistrationRush, type RushOpsEvent, type RushRow, type RushSend,
} from '../src/modules/conference/registration-rush.js';
import { measure, round, type Measurement } from './load.js';
import { envCount } from './orders.js';
import { httpClient, latencies, type HttpClient } from './orders-load.js';
import { openBenchDb, sessionHeaders } from './orders-setup.js';
import { loadAverage1m, machine, median, resultFileName } from './report.js';
import type { StatefulContext, StatefulRunner } from './scenarios.js';
import { freePort, killAllNow, startServer, type Server } from './servers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const rushSize = () => ({ seats: envCount('BENCH_RUSH_SEATS', 1000), registrants: envCount('BENCH_RUSH_REGISTRANTS', 5000), inFlight: envCount('BENCH_RUSH_IN_FLIGHT', 500) });

/** A RushSend over keep-alive HTTP with fixed headers (a session's cookie and CSRF token). */
const over = (client: HttpClient, headers: Record<string, string>): RushSend => async (method, path, body) => {
  const answer = await client.send({ method, path, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  let json: Record<string, unknown> = {};
  try {
    json = answer.body ? (JSON.parse(answer.body) as Record<string, unknown>) : {};
  } catch {
    json = { text: answer.body.slice(0, 300) };
  }
  return { status: answer.status, json };
};

/** An anonymous visitor: its session cookie and CSRF token from GET /api/v1/auth/session, as a page load. */
async function visitor(client: HttpClient): Promise<RushSend> {
  const answer = await client.send({ method: 'GET', path: '/api/v1/auth/session' });
  if (answer.status !== 200) throw new Error(`GET /api/v1/auth/session answered ${answer.status}`);
  const { csrfToken } = JSON.parse(answer.body) as { csrfToken: string };
  return over(client, { cookie: answer.setCookies.map((c) => c.split(';')[0]!).join('; '), 'x-csrf-token': csrfToken, 'content-type': 'application/json' });
}

/** An operator account written to the database, and its session's headers as a browser would send them (to any server). */
async function operator(db: Db, client: HttpClient): Promise<Record<string, string>> {
  const at = new Date();
  const account = await createAccount({ db, actor: null, now: at, requestId: null }, { email: `rush-ops-${at.getTime()}@bench.example`, name: 'Rush ops', password: `bench rush ${at.getTime()}`, role: 'operator', locale: 'en-US' }, 2 ** 14);
  return sessionHeaders(db, client, account.id);
}

export type RushRound = {
  registrants: number; seats: number; inFlight: number; servers: number;
  absorbSeconds: number; registrationsPerSecond: number; p50Ms: number; p99Ms: number; maxMs: number;
  /** Outbox events not yet delivered when the rush started (earlier rushes' e-mails still being worked off). */
  outboxPendingBefore: number;
  statuses: Record<string, number>; byServer: Array<{ sent: number; confirmed: number; waitlisted: number }>; problems: string[];
};

/** One rush on a fresh event through `clients` (one per server); checks everything, returns figures and problems. */
async function rushOnce(db: Db, clients: HttpClient[], opHeaders: Record<string, string>, label: string, size: { seats: number; registrants: number; inFlight: number }): Promise<RushRound> {
  const slug = `rush-${label}-${Date.now().toString(36)}`;
  const ops = clients.map((c) => over(c, opHeaders));
  const eventId = await createRushEvent(ops[0]!, slug, size);
  const visitors = await Promise.all(clients.map(visitor));
  // Every process has the event's page answered once before the rush.
  for (const v of visitors) if ((await v('GET', `/api/v1/conference/events/${slug}`)).status !== 200) throw new Error(`event ${slug} not found through every server`);
  const outboxPendingBefore = await outboxPending(db);
  const outcome = await runRegistrationRush(visitors, slug, size.registrants, size.inFlight);
  const rows = await db.selectFrom('conf_registrations').select(['id', 'email_key', 'status', 'waitlist_position']).where('event_id', '=', eventId).execute();
  const problems = [...rushAnswerProblems(outcome, size), ...rushRowProblems(rows as RushRow[], outcome, size)];
  // The counters as the operators see them, through every server.
  for (const [s, op] of ops.entries()) {
    const view = await op('GET', `/api/v1/ops/conference/events/${eventId}`);
    const found = view.status === 200 ? rushCounterProblems(view.json as unknown as RushOpsEvent, size) : [`ops event view answered ${view.status}`];
    problems.push(...found.map((p) => `through server ${s + 1}: ${p}`));
  }
  const lat = latencies(outcome.answers.map((a) => a.ms));
  return {
    registrants: size.registrants, seats: size.seats, inFlight: size.inFlight, servers: clients.length,
    absorbSeconds: round(outcome.ms / 1000, 3), registrationsPerSecond: round(size.registrants / (outcome.ms / 1000), 1),
    p50Ms: round(lat.p50Ms, 2), p99Ms: round(lat.p99Ms, 2), maxMs: round(lat.maxMs, 2),
    outboxPendingBefore, statuses: rushStatuses(outcome), byServer: rushByServer(outcome), problems: problems.slice(0, 20),
  };
}

async function outboxPending(db: Db): Promise<number> {
  const row = await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('published_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The scenario of bench/run.ts: one rush per measurement (the warm-up too) on the harness's one gateway; problems fail the run. */
export async function registrationRushRunner(ctx: StatefulContext): Promise<StatefulRunner> {
  const size = rushSize();
  const handle = openBenchDb(ctx.databaseUrl);
  const client = httpClient(ctx.baseUrl, size.inFlight + 10);
  const op = await operator(handle.db, client);
  let n = 0;
  return {
    measure: async (): Promise<Measurement> => {
      const r = await rushOnce(handle.db, [client], op, `run${++n}`, size);
      if (r.problems.length) throw new Error(`registration rush ${n}: ${r.problems.join('; ')}`);
      console.log(`  registration rush ${n}: ${r.registrants} for ${r.seats} seats absorbed in ${r.absorbSeconds} s`);
      const failed = r.registrants - (r.statuses['201'] ?? 0);
      return {
        reqPerSec: r.registrationsPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms, meanMs: 0, requests: r.registrants, non2xx: failed, errors: r.statuses['0'] ?? 0, timeouts: 0,
        extra: { absorbMs: round(r.absorbSeconds * 1000, 1), outboxPendingBefore: r.outboxPendingBefore, confirmed: r.byServer[0]?.confirmed ?? 0, waitlisted: r.byServer[0]?.waitlisted ?? 0, inFlight: r.inFlight, maxMs: r.maxMs },
      };
    },
    close: async () => {
      client.close();
      await handle.db.destroy();
    },
  };
}

/** BENCH_DATABASE_URL's database, created on its server (it must not exist yet: the bench drops it afterwards). */
async function pgDatabase(url: string): Promise<{ drop: () => Promise<void> }> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || ['postgres', 'template0', 'template1'].includes(name)) throw new Error(`BENCH_DATABASE_URL: "${name}" is not a database this bench may create and drop`);
  const admin = async (sql: string) => {
    const u = new URL(url);
    u.pathname = '/postgres';
    const c = new pg.Client({ connectionString: u.toString() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  try {
    await admin(`create database ${name}`);
  } catch (err) {
    throw new Error(`could not create database ${name} (${err instanceof Error ? err.message : String(err)}); it must not exist: psql -h 127.0.0.1 -U postgres -c 'drop database ${name}'`);
  }
  return { drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ options: { servers: { type: 'string', default: '1' } } });
  const serverCount = Number(args.servers);
  if (!Number.isInteger(serverCount) || serverCount < 1 || serverCount > 8) throw new Error(`--servers must be 1..8 (got ${args.servers})`);
  const size = rushSize();
  const rounds = envCount('BENCH_ROUNDS', 3);
  const baselineSeconds = envCount('BENCH_BASELINE_SECONDS', 5);
  const warmup = process.env['BENCH_RUSH_WARMUP'] === undefined ? 500 : Number(process.env['BENCH_RUSH_WARMUP']);
  const postgres = (process.env['BENCH_DATABASE_URL'] ?? '').startsWith('postgres');
  const mainJs = join(root, 'dist', 'main.js');
  if (!existsSync(mainJs)) throw new Error(`${mainJs} not found: run npm run build first`);
  const startedAt = new Date().toISOString();
  const loadAtStart = loadAverage1m();
  const tmp = mkdtempSync(join(tmpdir(), 'gateway-bench-rush-'));
  const database = postgres ? await pgDatabase(process.env['BENCH_DATABASE_URL']!) : null;
  const databaseUrl = postgres ? process.env['BENCH_DATABASE_URL']! : `file:${join(tmp, 'bench.sqlite')}`;
  const servers: Server[] = [];
  const clients: HttpClient[] = [];
  let handle: ReturnType<typeof openBenchDb> | undefined;
  try {
    const common = { PATH: process.env.PATH ?? '', HOST: '127.0.0.1' };
    const helloPort = await freePort();
    servers.push(await startServer({ name: 'hello-world', args: [join(root, 'bench', 'hello-server.mjs')], cwd: root, port: helloPort, readyPath: '/', timeoutMs: 10_000, env: { ...common, PORT: String(helloPort) } }));
    const env = {
      ...common, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', DATABASE_URL: databaseUrl, SECRETS_DIR: join(tmp, 'secrets'),
      MEDIA_DIR: join(tmp, 'media'), MAIL_DIR: join(tmp, 'mail'), MAIL_TRANSPORT: 'none', PUBLIC_API_RATE_LIMIT_PER_MINUTE: '100000000',
    };
    // One after the other: the first migrates the database and writes the shared secrets, the next find them.
    for (let s = 1; s <= serverCount; s++) {
      const port = await freePort();
      servers.push(await startServer({ name: `gateway-${s}`, args: [mainJs], cwd: root, port, readyPath: '/readyz', timeoutMs: 60_000, env: { ...env, PORT: String(port) } }));
    }
    const gateways = servers.slice(1);
    clients.push(...gateways.map((g) => httpClient(g.baseUrl, Math.ceil(size.inFlight / serverCount) + 10)));
    handle = openBenchDb(databaseUrl);
    const op = await operator(handle.db, clients[0]!);
    console.log(`${size.registrants} registrations for ${size.seats} seats, ${size.inFlight} in flight, over ${serverCount} gateway process(es) on ${postgres ? 'PostgreSQL' : 'SQLite'}; ${rounds} rounds`);
    if (warmup > 0) {
      const w = await rushOnce(handle.db, clients, op, 'warmup', { seats: Math.max(1, Math.floor(warmup / 5)), registrants: warmup, inFlight: Math.min(size.inFlight, warmup) });
      console.log(`warm-up: ${warmup} registrations in ${w.absorbSeconds} s${w.problems.length ? `; PROBLEMS: ${w.problems.slice(0, 3).join('; ')}` : ''}`);
    }
    const results: Array<RushRound & { round: number; loadAverage1m: number; hello: { reqPerSec: number; p99Ms: number }; ratioToHello: number }> = [];
    for (let r = 1; r <= rounds; r++) {
      const load = loadAverage1m();
      const hello = await measure(servers[0]!.baseUrl, { method: 'GET', path: '/' }, { connections: 50, durationSeconds: baselineSeconds });
      const rush = await rushOnce(handle.db, clients, op, `r${r}`, size);
      const ratio = round(rush.registrationsPerSecond / hello.reqPerSec, 4);
      results.push({ round: r, loadAverage1m: load, hello: { reqPerSec: hello.reqPerSec, p99Ms: hello.p99Ms }, ratioToHello: ratio, ...rush });
      console.log(
        `round ${r}: absorbed in ${rush.absorbSeconds} s (${rush.registrationsPerSecond}/s), p50 ${rush.p50Ms} ms, p99 ${rush.p99Ms} ms; hello ${hello.reqPerSec} req/s (ratio ${ratio}); load ${load}; outbox backlog ${rush.outboxPendingBefore}; ` +
          `${rush.byServer.map((b, s) => `server ${s + 1}: ${b.confirmed} confirmed, ${b.waitlisted} waitlisted`).join('; ')}; ${rush.problems.length ? `PROBLEMS: ${rush.problems.slice(0, 5).join('; ')}` : 'all checks passed'}`,
      );
    }
    const med = (pick: (x: (typeof results)[number]) => number) => median(results.map(pick));
    const lines = servers.flatMap((s) => s.linesSinceReady().slice(-5).map((l) => `${s.name}: ${l.slice(0, 400)}`));
    const record = {
      benchmark: 'conference-registration',
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machine(loadAtStart),
      config: {
        target: `node dist/main.js × ${serverCount}, NODE_ENV=production, each its own process, one database`,
        database: postgres ? 'PostgreSQL (BENCH_DATABASE_URL, created for the run, default pool of 10 per process)' : 'SQLite file in a temp dir, WAL, default durability (synchronous=FULL)',
        servers: serverCount, ...size, rounds, warmupRegistrants: warmup, baseline: `hello-server.mjs, autocannon 50 connections, ${baselineSeconds} s before each round`,
        client: 'node:http keep-alive, one agent per server, registration i to server i mod servers; one anonymous session per server',
        latency: 'per request, from send to last byte, nearest-rank percentiles, ms; absorb = first send to last answer',
      },
      rounds: results,
      median: { absorbSeconds: med((x) => x.absorbSeconds), registrationsPerSecond: med((x) => x.registrationsPerSecond), p50Ms: med((x) => x.p50Ms), p99Ms: med((x) => x.p99Ms), helloReqPerSec: med((x) => x.hello.reqPerSec), ratioToHello: med((x) => x.ratioToHello) },
      serverLines: lines,
      correct: results.every((x) => x.problems.length === 0),
    };
    const dir = join(root, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const file = join(dir, resultFileName(startedAt, `conference-registration${postgres ? '-postgres' : ''}${serverCount > 1 ? `-${serverCount}servers` : ''}`));
    await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
    if (lines.length) console.log(`server output during the run:\n${lines.join('\n')}`);
    const m = record.median;
    console.log(`medians: absorbed in ${m.absorbSeconds} s (${m.registrationsPerSecond}/s), p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms; hello ${m.helloReqPerSec} req/s, ratio ${m.ratioToHello}\n${record.correct ? 'ALL CHECKS PASSED' : 'PROBLEMS FOUND'}\n${file}`);
    if (!record.correct) process.exitCode = 1;
  } finally {
    for (const c of clients) c.close();
    await handle?.db.destroy();
    await Promise.allSettled(servers.map((s) => s.stop()));
    await database?.drop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Run as a script (not when bench/scenarios.ts imports the runner).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.on('exit', killAllNow);
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
