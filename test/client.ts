// A browser-like client over app.inject: keeps cookies, sends the CSRF token on unsafe methods.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../src/platform/http.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  private readonly app: App;

  constructor(app: App) {
    this.app = app;
  }

  private keep(res: LightMyRequestResponse): void {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const body = res.headers['content-type']?.toString().includes('json') ? safeJson(res.body) : null;
    if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') this.csrfToken = body.csrfToken;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(method: Method, url: string, payload?: unknown, extra: Partial<InjectOptions> = {}): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && this.csrfToken === null) await this.refreshCsrf();
    const headers: Record<string, string> = { ...(extra.headers as Record<string, string> | undefined) };
    if (method !== 'GET' && this.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrfToken;
    const res = await this.app.inject({
      method,
      url,
      cookies: Object.fromEntries(this.cookies),
      ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
      ...extra,
      headers,
    });
    this.keep(res);
    return res;
  }

  async refreshCsrf(): Promise<void> {
    await this.request('GET', '/api/v1/auth/session');
  }

  get = (url: string, extra?: Partial<InjectOptions>) => this.request('GET', url, undefined, extra);
  post = (url: string, payload?: unknown, extra?: Partial<InjectOptions>) => this.request('POST', url, payload, extra);

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.refreshCsrf();
    return this.post('/api/v1/auth/sign-in', { email, password });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
