// Real server processes for the process tests: `node --import tsx src/main.ts` started with an
// environment, ready once /readyz answers, stopped with SIGTERM (SIGKILL if it hangs); and a small
// browser that talks to one of them over HTTP with its cookies and CSRF token.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

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
