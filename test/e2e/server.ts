// Starts the real server in-process for browser tests: a fresh SQLite file with the demo seed, on a
// free port, serving the built web app (web/dist; run `npm run build:web` first).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

export type TestServer = { url: string; close(): Promise<void> };

const WEB_INDEX = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

export async function startServer(): Promise<TestServer> {
  if (!existsSync(WEB_INDEX)) throw new Error(`${WEB_INDEX} is missing: build the web app first (npm run build:web)`);
  const dir = mkdtempSync(join(tmpdir(), 'gateway-e2e-'));
  const app = await buildApp(
    loadConfig({
      DATABASE_URL: `file:${join(dir, 'gateway.sqlite')}`,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PASSWORD_SCRYPT_N: String(2 ** 14),
      SECRETS_DIR: join(dir, 'secrets'),
      SEED_DEMO: 'true',
    }),
  );
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
