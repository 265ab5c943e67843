// Removing and re-adding identities, who may see which, and the audited read of the clear number.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { findActiveIdentity, ID_CONSENT_VERSION, revealIdNumber } from './index.js';
import { piiCipher } from './pii-cipher.js';

const KEY = randomBytes(32).toString('base64url');
const ID = '11010519491231002X';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp({ PII_KEY: KEY });
});
afterAll(async () => app.cleanup());

const body = (overrides: Record<string, unknown> = {}) => ({ realName: '张三', idNumber: ID, mobile: '13800001234', consent: { noticeVersion: ID_CONSENT_VERSION, accepted: true }, ...overrides });
const remove = (c: TestClient, id: string) => c.request('DELETE', `/api/v1/me/identities/${id}`);

describe('removing an identity', () => {
  it('marks it removed, withdraws its consent, audits it; adding it again brings it back with a new consent', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const first = (await client.post('/api/v1/me/identities', body())).json();
    const res = await remove(client, first.id);
    expect(res.statusCode).toBe(204);
    expect((await client.get('/api/v1/me/identities')).json()).toEqual({ items: [] });
    const row = await app.db.selectFrom('shopper_identities').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('removed');
    expect(row.removed_at).not.toBeNull();
    const consents = await app.db.selectFrom('identity_consents').selectAll().where('identity_id', '=', first.id).execute();
    expect(consents.map((c) => c.withdrawn_at)).toEqual([row.removed_at]);
    expect((await remove(client, first.id)).statusCode).toBe(404);

    const again = await client.post('/api/v1/me/identities', body({ realName: '张小三', mobile: '13900005678' }));
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: first.id, realName: '张小三', mobileMasked: '139****5678', idNumberMasked: '110105********002X' });
    expect((await client.get('/api/v1/me/identities')).json().items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    const after = await app.db.selectFrom('identity_consents').selectAll().where('identity_id', '=', first.id).orderBy('consented_at').orderBy('id').execute();
    expect(after).toHaveLength(2);
    expect(after[0]!.withdrawn_at).not.toBeNull();
    expect(after[1]!.withdrawn_at).toBeNull();
    const stored = await app.db.selectFrom('shopper_identities').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'active', removed_at: null, real_name: '张小三', mobile: '13900005678' });
    expect(piiCipher(KEY).decrypt(stored.id_number_enc)).toBe(ID);
    const actions = (await app.db.selectFrom('audit_log').select('action').where('subject_id', '=', first.id).orderBy('created_at').orderBy('id').execute()).map((a) => a.action);
    expect(actions).toEqual(['identity.added', 'identity.removed', 'identity.reactivated']);
  });
});

describe('access', () => {
  it("does not let shopper B list or remove shopper A's identity (404)", async () => {
    const a = await signedInAs(app, 'shopper');
    const b = await signedInAs(app, 'shopper');
    const mine = (await a.client.post('/api/v1/me/identities', body())).json();
    expect((await b.client.get('/api/v1/me/identities')).json()).toEqual({ items: [] });
    const res = await remove(b.client, mine.id);
    expect(res.statusCode).toBe(404);
    expect((await a.client.get('/api/v1/me/identities')).json().items).toHaveLength(1);
    expect(await findActiveIdentity(app.db, b.user.id, mine.id)).toBeUndefined();
    expect(await findActiveIdentity(app.db, a.user.id, mine.id)).toEqual({
      id: mine.id,
      realName: '张三',
      idNumberHash: piiCipher(KEY).lookupHash(ID),
      idNumberMasked: '110105********002X',
      mobile: '13800001234',
    });
  });

  it('answers 401 to anonymous callers and 400 to a malformed id', async () => {
    const anon = new TestClient(app);
    expect((await anon.get('/api/v1/me/identities')).statusCode).toBe(401);
    expect((await anon.post('/api/v1/me/identities', body())).statusCode).toBe(401);
    expect((await anon.request('DELETE', '/api/v1/me/identities/sid_01jxxxxxxxxxxxxxxxxxxxxxxx')).statusCode).toBe(401);
    const { client } = await signedInAs(app, 'shopper');
    expect((await remove(client, 'not-an-id')).statusCode).toBe(400);
  });

  it('answers 403 to a seller', async () => {
    const { client } = await signedInAs(app, 'seller');
    expect((await client.get('/api/v1/me/identities')).statusCode).toBe(403);
  });
});

describe('reading the clear ID number', () => {
  it('decrypts it for a stated purpose and records who read it and why, without the number', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const { id } = (await client.post('/api/v1/me/identities', body())).json();
    const ctx = { db: app.db, actor: null, now: new Date(), requestId: null };
    expect(await revealIdNumber(ctx, id, 'customs_declaration:ord_test', KEY)).toBe(ID);
    const entries = await app.db.selectFrom('audit_log').selectAll().where('subject_id', '=', id).where('action', '=', 'identity.id_number_read').execute();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.data!)).toEqual({ purpose: 'customs_declaration:ord_test' });
    await expect(revealIdNumber(ctx, id, ' ', KEY)).rejects.toThrow(/purpose/);
    await expect(revealIdNumber(ctx, 'sid_01jxxxxxxxxxxxxxxxxxxxxxxx', 'x', KEY)).rejects.toThrow(/not found/);
    await expect(revealIdNumber(ctx, id, 'x', randomBytes(32).toString('base64url'))).rejects.toThrow(/authentication failed/);
  });

  it('never leaves the clear ID number or its hash in the audit trail or consents', async () => {
    const text = JSON.stringify(await app.db.selectFrom('audit_log').selectAll().execute()) + JSON.stringify(await app.db.selectFrom('identity_consents').selectAll().execute());
    expect(text).toContain('identity.added');
    expect(text).not.toContain(ID);
    expect(text).not.toContain(ID.toLowerCase());
    expect(text).not.toContain(piiCipher(KEY).lookupHash(ID));
    const identities = JSON.stringify(await app.db.selectFrom('shopper_identities').selectAll().execute());
    expect(identities).not.toContain(ID);
  });
});
