// Test apps on a real database: a fresh SQLite file per app, or, when TEST_DATABASE_URL is set, a
// fresh PostgreSQL schema per app (dropped on close). Same migrations, same routes as production.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import type { App } from '../src/platform/http.js';

export const TEST_SCRYPT_N = String(2 ** 14);

export type TestApp = App & { cleanup: () => Promise<void> };

export async function makeTestApp(env: Record<string, string> = {}, options: { logStream?: NodeJS.WritableStream } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-test-'));
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    PASSWORD_SCRYPT_N: TEST_SCRYPT_N,
    SECRETS_DIR: join(dir, 'secrets'),
    MEDIA_DIR: join(dir, 'media'),
    MAIL_DIR: join(dir, 'mail'),
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    DATABASE_URL: `file:${join(dir, 'gateway.sqlite')}`,
    ...env,
  });
  const pgUrl = process.env['TEST_DATABASE_URL'];
  let dropSchema: (() => Promise<void>) | null = null;
  let handle;
  if (pgUrl) {
    const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    handle = createDb({ kind: 'postgres', url: pgUrl, poolMax: 5, searchPath: schema });
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    };
  }
  const app = (await buildApp(config, { ...(handle ? { db: handle } : {}), ...options })) as TestApp;
  app.cleanup = async () => {
    await app.close();
    if (dropSchema) await dropSchema();
    rmSync(dir, { recursive: true, force: true });
  };
  return app;
}
