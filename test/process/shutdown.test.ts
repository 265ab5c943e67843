// The real process: starts, serves, and on SIGTERM finishes the request in flight before exiting 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'gateway-proc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

describe('process lifecycle', () => {
  it('drains in-flight requests on SIGTERM and exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: process.env['TEST_DATABASE_URL'] ? `file:${join(dir, 'db.sqlite')}` : `file:${join(dir, 'db.sqlite')}`,
        SECRETS_DIR: join(dir, 'secrets'),
        MEDIA_DIR: join(dir, 'media'),
        MAIL_DIR: join(dir, 'mail'),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
        PASSWORD_SCRYPT_N: String(2 ** 17),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/readyz`, 60_000);
    expect(stdout).toContain('ops@gateway.example');

    const session = await fetch(`${base}/api/v1/auth/session`);
    const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    // A sign-in costs a full scrypt hash (N = 2^17): long enough to still be running at SIGTERM.
    const inFlight = fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
      body: JSON.stringify({ email: 'ops@gateway.example', password: 'gateway-demo' }),
    });
    await new Promise((r) => setTimeout(r, 30));
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await exited).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 90_000);
});
