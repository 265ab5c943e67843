// Health, readiness, metrics, the API contract, request ids and log redaction.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../app.js';
import { TestClient } from '../client.js';
import { buildUser, PASSWORD } from '../factories.js';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _enc, done) {
    logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp({ LOG_LEVEL: 'trace' }, { logStream });
});
afterAll(async () => app.cleanup());

describe('health and readiness', () => {
  it('answers /healthz and /readyz with the database engine', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(process.env['TEST_DATABASE_URL'] ? 'postgres' : 'sqlite');
  });
});

describe('metrics', () => {
  it('counts requests by route pattern and records latency', async () => {
    await app.inject('/healthz');
    await app.inject('/api/v1/ops/users');
    const text = (await app.inject('/metrics')).body;
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/v1\/ops\/users",status="401"\} 1/);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/healthz"\}/);
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('requires the bearer token when METRICS_TOKEN is set', async () => {
    const locked = await makeTestApp({ METRICS_TOKEN: 'metrics-token-0123456789' });
    try {
      expect((await locked.inject('/metrics')).statusCode).toBe(401);
      expect((await locked.inject({ url: '/metrics', headers: { authorization: 'Bearer metrics-token-0123456789' } })).statusCode).toBe(200);
    } finally {
      await locked.cleanup();
    }
  });
});

describe('API contract', () => {
  it('publishes an OpenAPI 3 document describing every /api route, and the docs UI', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.keys(doc.paths);
    const routes = app.routeCatalog.filter((r) => r.url.startsWith('/api/')).map((r) => r.url.replace(/:(\w+)/g, '{$1}'));
    for (const url of routes) expect(documented).toContain(url);
    expect(doc.paths['/api/v1/auth/sign-in'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    const docs = await app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

describe('request ids and logs', () => {
  it('returns a request id, honouring a well-formed incoming one', async () => {
    const res = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(res.headers['x-request-id']).toBe('trace-abc-12345');
    const generated = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers['x-request-id']).toMatch(/^req_[0-9a-z]{26}$/);
  });

  it('never writes passwords, session tokens, CSRF tokens or e-mail addresses to the log', async () => {
    const user = await buildUser(app.db, { email: 'private.person@test.example' });
    const client = new TestClient(app);
    await client.signIn(user.email, PASSWORD);
    await client.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'hunter2-but-much-longer' });
    await client.post('/api/v1/auth/sign-in', { email: user.email, password: 'wrong-password-here' });
    const session = client.cookie('gw_session')!;
    // Conference keys in their headers (a registrant's manage key, a door device's key).
    const manageKey = 'manage-key-kept-out-of-logs-0123456789abc';
    const deviceKey = 'device-key-kept-out-of-logs-0123456789abc';
    await client.get('/api/v1/conference/registrations/crg_00000000000000000000000000', { headers: { 'x-registration-key': manageKey } });
    await client.get('/api/v1/conference/door', { headers: { 'x-checkin-key': deviceKey } });
    const log = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(5);
    expect(log).toContain('"reqId"');
    for (const secret of [PASSWORD, 'hunter2-but-much-longer', 'wrong-password-here', session, client.csrfToken!, 'private.person', manageKey, deviceKey]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('security headers', () => {
  it('sends the short API set on JSON answers and the document policy on pages', async () => {
    const api = await app.inject('/api/v1/auth/session');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['x-frame-options']).toBe('DENY');
    const docs = await app.inject('/docs/');
    expect(docs.headers['content-security-policy']).toContain("default-src 'self'");
    expect(docs.headers['content-security-policy']).toContain("object-src 'none'");
    expect(docs.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    expect(docs.headers['x-powered-by']).toBeUndefined();
  });
});
