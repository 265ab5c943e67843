// Real server processes for the process tests: `node --import tsx src/main.ts` started with an
// environment, ready once /readyz answers, stopped with SIGTERM (SIGKILL if it hangs); and a small
// browser that talks to one of them over HTTP with its cookies and CSRF token; and the database
// several of them share (a fresh PostgreSQL database, or one SQLite file).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parseDatabaseUrl } from '../../src/config.js';
import { createDb, type Db } from '../../src/db/database.js';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Settings that keep a test server quick: cheap password hashing, rate limits out of the way. */
export const FAST_TEST_ENV = { LOG_LEVEL: 'warn', PASSWORD_SCRYPT_N: String(2 ** 14), PUBLIC_API_RATE_LIMIT_PER_MINUTE: '100000', AUTH_RATE_LIMIT_PER_MINUTE: '100000' };

export type Server = {
  base: string;
  child: ChildProcess;
  /** The last 20 kB the process wrote (its warnings and errors), for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

const running: Server[] = [];

/** Starts the server on a free port with `env` on top of this process's environment; resolves once it is ready. */
export async function startServer(env: Record<string, string>, timeoutMs = 90_000): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...FAST_TEST_ENV, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const server: Server = {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async () => {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.push(server);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !gone) {
    try {
      if ((await fetch(`${server.base}/readyz`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.stop();
  throw new Error(`server on port ${port} did not start:\n${output}`);
}

/** Stops every server started here that is still running (for afterAll). */
export async function stopAllServers(): Promise<void> {
  await Promise.all(running.splice(0).map((s) => s.stop()));
}

export type Answer = { status: number; json: Record<string, unknown> };

/** One visitor of one server: keeps the cookies it is given and sends the session's CSRF token. */
export class Browser {
  private readonly cookies = new Map<string, string>();
  private csrf = '';
  readonly base: string;
  constructor(base: string) {
    this.base = base;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0]!;
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      json = { text };
    }
    if (typeof json['csrfToken'] === 'string') this.csrf = json['csrfToken'];
    return { status: res.status, json };
  }

  /** A fresh anonymous session (its CSRF token), as a page load would start one. */
  async open(): Promise<this> {
    const s = await this.request('GET', '/api/v1/auth/session');
    if (s.status !== 200) throw new Error(`GET /api/v1/auth/session: ${s.status}`);
    return this;
  }

  async signIn(email: string, password: string): Promise<Answer> {
    await this.open();
    return this.request('POST', '/api/v1/auth/sign-in', { email, password });
  }
}

const pgUrl = process.env['TEST_DATABASE_URL'];
/** The engine under test: PostgreSQL when TEST_DATABASE_URL is set, else SQLite. */
export const engine: 'PostgreSQL' | 'SQLite' = pgUrl ? 'PostgreSQL' : 'SQLite';

export type SharedDatabase = {
  /** DATABASE_URL for every server on it. */
  url: string;
  /** DATABASE_URL, SECRETS_DIR, MEDIA_DIR and MAIL_DIR: what servers on one database share. */
  env: Record<string, string>;
  /** A handle of the test's own (destroyed after `run`), to read the rows the servers wrote. */
  read<T>(run: (db: Db) => Promise<T>): Promise<T>;
  /** Drops the database (PostgreSQL) and removes the directory; call after stopping the servers. */
  drop(): Promise<void>;
};

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/**
 * A database for servers in several processes, with a temp directory for their secrets, media and mail.
 * PostgreSQL: a database of its own on TEST_DATABASE_URL's server, not a schema in `test` — the server
 * has no schema setting, and with only search_path its migrator looks for its kysely_migration tables
 * in every schema, finds another test's and fails on "relation kysely_migration_lock does not exist".
 * SQLite: one file in the directory, which WAL lets several processes share (transactions begin
 * IMMEDIATE, src/db/database.ts, so a second writer waits for the lock instead of failing SQLITE_BUSY).
 */
export async function sharedDatabase(name: string): Promise<SharedDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `gateway-${name}-`));
  const database = `gw_${name.replace(/[^a-z0-9]/g, '_')}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let url = `file:${join(dir, 'db.sqlite')}`;
  if (pgUrl) {
    await admin((c) => c.query(`create database ${database}`));
    const u = new URL(pgUrl);
    u.pathname = `/${database}`;
    url = u.toString();
  }
  return {
    url,
    env: { DATABASE_URL: url, SECRETS_DIR: join(dir, 'secrets'), MEDIA_DIR: join(dir, 'media'), MAIL_DIR: join(dir, 'mail') },
    read: async (run) => {
      const { db } = createDb(parseDatabaseUrl(url, 'FULL', 2));
      try {
        return await run(db);
      } finally {
        await db.destroy();
      }
    },
    drop: async () => {
      if (pgUrl) await admin((c) => c.query(`drop database if exists ${database} with (force)`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
