import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { buildUser, PASSWORD } from '../../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp({ LOGIN_MAX_FAILURES: '3' });
});
afterAll(async () => app.cleanup());

describe('sign-up', () => {
  it('creates a shopper, sets an HttpOnly SameSite session cookie and signs in', async () => {
    const client = new TestClient(app);
    await client.refreshCsrf();
    const res = await client.post('/api/v1/auth/sign-up', { email: 'New.Shopper@Example.com', password: 'a long passphrase', name: '陈静' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({ email: 'new.shopper@example.com', role: 'shopper', name: '陈静', sellerId: null });
    const setCookie = [res.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/gw_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/gw_session=[^;]+;.*SameSite=Lax/i);
    const session = await client.get('/api/v1/auth/session');
    expect(session.json().user.email).toBe('new.shopper@example.com');
  });

  it('stores a scrypt hash, never the password', async () => {
    const row = await app.db.selectFrom('users').select('password_hash').where('email', '=', 'new.shopper@example.com').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(row.password_hash).not.toContain('a long passphrase');
  });

  it('refuses a taken e-mail with 409 and writes nothing', async () => {
    const client = new TestClient(app);
    const before = await app.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await client.post('/api/v1/auth/sign-up', { email: 'new.shopper@example.com', password: 'another passphrase', name: 'X' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('email_taken');
    const after = await app.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it.each([
    ['short', { email: 'a@b.example', password: 'short', name: 'A' }, 'password', 'weak_password'],
    ['common', { email: 'c@b.example', password: 'password123', name: 'A' }, 'password', 'weak_password'],
    ['bad email', { email: 'not-an-email', password: 'a long passphrase', name: 'A' }, 'email', 'invalid_request'],
    ['missing name', { email: 'd@b.example', password: 'a long passphrase' }, 'name', 'invalid_request'],
    ['blank name', { email: 'd@b.example', password: 'a long passphrase', name: '   ' }, 'name', 'invalid_request'],
    ['unknown field', { email: 'e@b.example', password: 'a long passphrase', name: 'A', role: 'operator' }, 'role', 'invalid_request'],
    ['operator type', { email: 'f@b.example', password: 'a long passphrase', name: 'A', accountType: 'operator' }, 'accountType', 'invalid_request'],
  ])('rejects %s with a field error', async (_label, body, field, code) => {
    const res = await new TestClient(app).post('/api/v1/auth/sign-up', body);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe(code);
    expect(error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });
});

describe('sign-in and sessions', () => {
  it('signs in, reads the session, signs out, and the old cookie stops working', async () => {
    const user = await buildUser(app.db, { role: 'shopper' });
    const client = new TestClient(app);
    expect((await client.signIn(user.email.toUpperCase(), PASSWORD)).statusCode).toBe(200);
    const token = client.cookie('gw_session');
    expect(token).toBeTruthy();
    expect((await client.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    const replay = await app.inject({ method: 'GET', url: '/api/v1/auth/session', cookies: { gw_session: token! } });
    expect(replay.json().user).toBeNull();
  });

  it('does not keep the token in the database, only its hash', async () => {
    const user = await buildUser(app.db);
    const client = new TestClient(app);
    await client.signIn(user.email, PASSWORD);
    const token = client.cookie('gw_session')!;
    const rows = await app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toContain(token);
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const user = await buildUser(app.db);
    const wrong = await new TestClient(app).signIn(user.email, 'not the password');
    const unknown = await new TestClient(app).signIn('nobody@test.example', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('locks an account after repeated failures, even with the right password, then 429 names the wait', async () => {
    const user = await buildUser(app.db);
    for (let i = 0; i < 3; i++) expect((await new TestClient(app).signIn(user.email, 'wrong password!')).statusCode).toBe(401);
    const res = await new TestClient(app).signIn(user.email, PASSWORD);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('too_many_attempts');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rate-limits sign-in per IP', async () => {
    const limited = await makeTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await new TestClient(limited).signIn('x@test.example', 'whatever password')).statusCode);
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.cleanup();
    }
  });
});

describe('CSRF', () => {
  it('refuses an unsafe request without the token, and with a token minted for another session', async () => {
    const user = await buildUser(app.db);
    const client = new TestClient(app);
    await client.signIn(user.email, PASSWORD);
    const missing = await client.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'brand new passphrase' }, { headers: { 'x-csrf-token': '' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_invalid');
    const other = new TestClient(app);
    await other.refreshCsrf();
    const foreign = await client.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'brand new passphrase' }, { headers: { 'x-csrf-token': other.csrfToken! } });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('password change', () => {
  it('needs the current password, rejects weak ones, and signs out other sessions', async () => {
    const user = await buildUser(app.db);
    const a = new TestClient(app);
    const b = new TestClient(app);
    await a.signIn(user.email, PASSWORD);
    await b.signIn(user.email, PASSWORD);
    const wrong = await a.post('/api/v1/auth/password', { currentPassword: 'not it at all', newPassword: 'brand new passphrase' });
    expect(wrong.json().error.code).toBe('wrong_password');
    const weak = await a.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.json().error.details.fields[0].field).toBe('newPassword');
    const ok = await a.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'brand new passphrase' });
    expect(ok.statusCode).toBe(204);
    expect((await a.get('/api/v1/auth/session')).json().user?.id).toBe(user.id);
    expect((await b.get('/api/v1/auth/session')).json().user).toBeNull();
    expect((await new TestClient(app).signIn(user.email, PASSWORD)).statusCode).toBe(401);
    expect((await new TestClient(app).signIn(user.email, 'brand new passphrase')).statusCode).toBe(200);
    const audit = await app.db.selectFrom('audit_log').selectAll().where('subject_id', '=', user.id).where('action', '=', 'account.password_changed').execute();
    expect(audit).toHaveLength(1);
  });
});
