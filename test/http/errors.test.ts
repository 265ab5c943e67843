// One error shape for every non-2xx answer, and no input that produces a 500.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../app.js';
import { TestClient } from '../client.js';
import { signedInAs } from '../factories.js';

let app: TestApp;
let signedIn: TestClient;
beforeAll(async () => {
  app = await makeTestApp({ LOGIN_MAX_FAILURES: '1000' });
  signedIn = (await signedInAs(app, 'shopper')).client;
});
afterAll(async () => app.cleanup());

function expectErrorShape(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status?: number) {
  if (status !== undefined) expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/json');
  const body = JSON.parse(res.body);
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toMatch(/^[a-z][a-z0-9_]*$/);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(res.body).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
  return body.error as { code: string; message: string; details?: { fields?: Array<{ field: string; message: string }> } };
}

describe('error model', () => {
  it('answers unknown API routes with 404 in the error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(expectErrorShape(res, 404).code).toBe('not_found');
    const post = await app.inject({ method: 'DELETE', url: '/api/v1/auth/session' });
    expectErrorShape(post, 404);
  });

  it('names the field and the reason on schema failures', async () => {
    const c = new TestClient(app);
    const res = await c.post('/api/v1/auth/sign-in', { email: 'someone@example.com' });
    const error = expectErrorShape(res, 400);
    expect(error.code).toBe('invalid_request');
    expect(error.details?.fields).toContainEqual(expect.objectContaining({ field: 'password', message: expect.stringContaining('password') }));
  });

  it('lists every failing field, not only the first', async () => {
    const res = await new TestClient(app).post('/api/v1/auth/sign-up', { email: 'nope', password: '', name: '' });
    const fields = expectErrorShape(res, 400).details!.fields!.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'name']));
  });

  it('rejects malformed JSON, wrong media types and oversized bodies with 4xx', async () => {
    const c = new TestClient(app);
    await c.refreshCsrf();
    const headers = { 'x-csrf-token': c.csrfToken!, 'content-type': 'application/json' };
    const bad = await c.request('POST', '/api/v1/auth/sign-in', '{"email": ', { headers });
    expect(expectErrorShape(bad, 400).code).toBe('invalid_json');
    const xml = await c.request('POST', '/api/v1/auth/sign-in', '<a/>', { headers: { ...headers, 'content-type': 'application/xml' } });
    expect(expectErrorShape(xml, 415).code).toBe('unsupported_media_type');
    const huge = await c.request('POST', '/api/v1/auth/sign-in', JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(2 * 1024 * 1024) }), { headers });
    expect(expectErrorShape(huge, 413).code).toBe('payload_too_large');
  });

  it('rejects bad query strings and path parameters by schema', async () => {
    const { client: op } = await signedInAs(app, 'operator');
    expect(expectErrorShape(await op.get('/api/v1/ops/users?limit=0'), 400).details!.fields![0]!.field).toBe('limit');
    expectErrorShape(await op.get('/api/v1/ops/users?limit=abc'), 400);
    expectErrorShape(await op.get('/api/v1/ops/users?cursor=%27%20or%201%3D1'), 400);
    expectErrorShape(await op.post('/api/v1/ops/users/not-an-id/status', { status: 'disabled', reason: 'spam' }), 400);
    expectErrorShape(await op.post('/api/v1/ops/users/usr_00000000000000000000000000/status', { status: 'disabled', reason: 'spam' }), 404);
  });
});

// Arbitrary JSON-ish bodies, including prototype-pollution keys and odd unicode.
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('', ' ', 'a@b.example', '\u0000', '𠮷'.repeat(50), 'x'.repeat(5000), '__proto__', 'constructor'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom('email', 'password', 'name', 'accountType', 'locale', 'currentPassword', 'newPassword', '__proto__', 'constructor', 'x'), tie('value'), { maxKeys: 6 }),
  ),
})).value;

describe('fuzzed bodies on the auth routes', () => {
  const routes = ['/api/v1/auth/sign-up', '/api/v1/auth/sign-in', '/api/v1/auth/password', '/api/v1/auth/sign-out'];

  it.each(routes)('%s answers 4xx with the error shape, never 5xx', async (url) => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (body) => {
        const res = await signedIn.request('POST', url, JSON.stringify(body), {
          headers: { 'content-type': 'application/json', 'x-csrf-token': signedIn.csrfToken! },
        });
        if (url.endsWith('sign-out') && res.statusCode === 204) {
          await signedIn.signIn(signedInEmail, 'correct horse battery');
          return;
        }
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expectErrorShape(res);
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });

  it('raw garbage bytes never produce a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'), async (bytes, type) => {
        const res = await signedIn.request('POST', '/api/v1/auth/sign-in', Buffer.from(bytes), { headers: { 'content-type': type, 'x-csrf-token': signedIn.csrfToken! } });
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expectErrorShape(res);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

let signedInEmail = '';
beforeAll(async () => {
  const me = await signedIn.get('/api/v1/auth/session');
  signedInEmail = me.json().user.email;
});
