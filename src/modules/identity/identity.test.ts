import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { ID_CONSENT_VERSION } from './index.js';
import { piiCipher } from './pii-cipher.js';
import { checkCharOf } from './resident-id.js';

const KEY = randomBytes(32).toString('base64url');
const ID_A = '11010519491231002X';
const ID_B = '34052419800101001X';
const withCheck = (first17: string) => first17 + checkCharOf(first17);

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp({ PII_KEY: KEY });
});
afterAll(async () => app.cleanup());

const body = (overrides: Record<string, unknown> = {}) => ({
  realName: '张三',
  idNumber: ID_A,
  mobile: '13800001234',
  consent: { noticeVersion: ID_CONSENT_VERSION, accepted: true },
  ...overrides,
});
const add = (c: TestClient, b: object) => c.post('/api/v1/me/identities', b);

async function counts() {
  const count = async (table: 'shopper_identities' | 'identity_consents' | 'audit_log') =>
    Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
  return { identities: await count('shopper_identities'), consents: await count('identity_consents'), audit: await count('audit_log') };
}

describe('notices', () => {
  it('serves both notices to anyone, with the points DOMAIN §6–§7 require', async () => {
    const res = await new TestClient(app).get('/api/v1/identity/notices');
    expect(res.statusCode).toBe(200);
    const { idConsent, riskNotice } = res.json();
    expect(idConsent.version).toBe(ID_CONSENT_VERSION);
    for (const phrase of ['海关申报', '支付机构', '物流企业', '加密', '保存期限', '撤回']) expect(idConsent.textZh).toContain(phrase);
    for (const phrase of ['customs', 'payment company', 'carrier', 'encrypted', 'Retention', 'withdraw']) expect(idConsent.textEn).toContain(phrase);
    for (const phrase of ['原产地', '可能与我国标准存在差异', '中文标签', '中文电子标签', '个人自用', '不得再次销售']) expect(riskNotice.textZh).toContain(phrase);
    for (const phrase of ['country of origin', 'differ from China', 'no Chinese label', 'Chinese electronic label', 'personal use', 'may not be resold']) expect(riskNotice.textEn).toContain(phrase);
  });
});

describe('adding an identity', () => {
  it('stores the ID number only encrypted and hashed, with its consent and an audit entry, and shows it masked', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    const before = await counts();
    const res = await add(client, body());
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const view = res.json();
    expect(view).toMatchObject({ realName: '张三', idNumberMasked: '110105********002X', mobileMasked: '138****1234', consent: { noticeVersion: ID_CONSENT_VERSION } });
    expect(view.id).toMatch(/^sid_/);
    expect(res.body).not.toContain(ID_A);
    expect(await counts()).toEqual({ identities: before.identities + 1, consents: before.consents + 1, audit: before.audit + 1 });

    const list = await client.get('/api/v1/me/identities');
    expect(list.json()).toEqual({ items: [view] });
    expect(list.body).not.toContain(ID_A);
    expect(list.body).not.toContain(piiCipher(KEY).lookupHash(ID_A));

    const row = await app.db.selectFrom('shopper_identities').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(ID_A);
    expect(row).toMatchObject({ user_id: user.id, status: 'active', mobile: '13800001234', id_number_masked: '110105********002X', id_number_hash: piiCipher(KEY).lookupHash(ID_A) });
    expect(piiCipher(KEY).decrypt(row.id_number_enc)).toBe(ID_A);

    const consent = await app.db.selectFrom('identity_consents').selectAll().where('identity_id', '=', view.id).executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ user_id: user.id, purpose: 'customs_declaration', notice_version: ID_CONSENT_VERSION, consented_at: view.consent.consentedAt, withdrawn_at: null });

    const audit = await app.db.selectFrom('audit_log').selectAll().where('subject_id', '=', view.id).execute();
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([['identity.added', user.id]]);
  });

  it('accepts the second DOMAIN vector with a lower-case x, a middle-dot name, and normalises both', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const res = await add(client, body({ realName: ' 阿依古丽・买买提 ', idNumber: ID_B.toLowerCase(), mobile: '19912345678' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ realName: '阿依古丽·买买提', idNumberMasked: '340524********001X', mobileMasked: '199****5678' });
    const row = await app.db.selectFrom('shopper_identities').select('id_number_enc').where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(piiCipher(KEY).decrypt(row.id_number_enc)).toBe(ID_B);
  });

  const bad: Array<[string, string, Record<string, unknown>, RegExp?]> = [
    ['a Latin name', 'realName', { realName: 'Zhang San' }, /Chinese characters/],
    ['a one-character name', 'realName', { realName: '张' }],
    ['a 31-character name', 'realName', { realName: '张'.repeat(31) }],
    ['a name ending in a dot', 'realName', { realName: '张三·' }],
    ['a name with digits', 'realName', { realName: '张三1' }],
    ['the DOMAIN invalid ID number', 'idNumber', { idNumber: '360426199101010072' }, /checksum/],
    ['a short ID number', 'idNumber', { idNumber: '1101051949123100' }, /format/],
    ['letters in the ID number', 'idNumber', { idNumber: '11010519491231ABCX' }, /format/],
    ['an ID number born on Feb 30', 'idNumber', { idNumber: withCheck('11010519900230123') }, /birth_date/],
    ['an ID number born in the future', 'idNumber', { idNumber: withCheck('11010520991231123') }, /birth_date/],
    ['an over-long ID number', 'idNumber', { idNumber: '1'.repeat(40) }],
    ['a mobile starting 12', 'mobile', { mobile: '12800001234' }],
    ['a 10-digit mobile', 'mobile', { mobile: '1380000123' }],
    ['a mobile with +86', 'mobile', { mobile: '+8613800001234' }],
    ['consent not accepted', 'consent', { consent: { noticeVersion: ID_CONSENT_VERSION, accepted: false } }, /accept/],
    ['consent to an old notice', 'consent', { consent: { noticeVersion: '2020-01-01', accepted: true } }, /current/],
    ['no consent', 'consent', { consent: undefined }],
    ['consent as a string', 'consent', { consent: 'yes' }],
    ['an unknown field', 'idCardPhoto', { idCardPhoto: 'x' }],
  ];
  it.each(bad)('refuses %s: 400 naming %s, nothing written', async (_name, field, overrides, message) => {
    const { client } = await signedInAs(app, 'shopper');
    const before = await counts();
    const res = await add(client, body(overrides));
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    if (message) expect(error.message).toMatch(message);
    if (typeof overrides['idNumber'] === 'string') expect(res.body).not.toContain(overrides['idNumber']);
    expect(await counts()).toEqual(before);
  });

  it('names every bad field at once', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const res = await add(client, body({ realName: 'x', idNumber: '360426199101010072', mobile: '1', consent: { noticeVersion: ID_CONSENT_VERSION, accepted: false } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['realName', 'idNumber', 'mobile', 'consent']);
  });

  it('refuses the same ID number twice on one account (409), in any case of x, writing nothing', async () => {
    const { client } = await signedInAs(app, 'shopper');
    expect((await add(client, body())).statusCode).toBe(201);
    const before = await counts();
    for (const idNumber of [ID_A, ID_A.toLowerCase()]) {
      const res = await add(client, body({ idNumber, realName: '李四' }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('identity_exists');
      expect(res.body).not.toContain(ID_A);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets two accounts hold the same person (one row each, the same hash)', async () => {
    const a = await signedInAs(app, 'shopper');
    const b = await signedInAs(app, 'shopper');
    const ra = await add(a.client, body({ idNumber: ID_B }));
    const rb = await add(b.client, body({ idNumber: ID_B }));
    expect([ra.statusCode, rb.statusCode]).toEqual([201, 201]);
    const rows = await app.db.selectFrom('shopper_identities').select(['id_number_hash', 'id_number_enc']).where('id', 'in', [ra.json().id, rb.json().id]).execute();
    expect(rows[0]!.id_number_hash).toBe(rows[1]!.id_number_hash);
    expect(rows[0]!.id_number_enc).not.toBe(rows[1]!.id_number_enc);
  });

  it('keeps at most 5 active identities per account (409 too_many_identities)', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const ids = [1, 2, 3, 4, 5, 6].map((i) => withCheck(`3101151990010100${i}`));
    for (const idNumber of ids.slice(0, 5)) expect((await add(client, body({ idNumber }))).statusCode).toBe(201);
    const before = await counts();
    const res = await add(client, body({ idNumber: ids[5] }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('too_many_identities');
    expect(await counts()).toEqual(before);
    const first = (await client.get('/api/v1/me/identities')).json().items[0];
    expect((await client.request('DELETE', `/api/v1/me/identities/${first.id}`)).statusCode).toBe(204);
    expect((await add(client, body({ idNumber: ids[5] }))).statusCode).toBe(201);
  });

  it('holds the rules under concurrent requests: one of two same-ID adds, five of six new ones', async () => {
    const same = await signedInAs(app, 'shopper');
    const pair = await Promise.all([add(same.client, body()), add(same.client, body())]);
    expect(pair.map((r) => r.statusCode).sort()).toEqual([201, 409]);

    const { client, user } = await signedInAs(app, 'shopper');
    const ids = [1, 2, 3, 4, 5, 6].map((i) => withCheck(`4403051985060700${i}`));
    const results = await Promise.all(ids.map((idNumber) => add(client, body({ idNumber }))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 201, 201, 409]);
    const rows = await app.db.selectFrom('shopper_identities').select('id').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(5);
  });
});
