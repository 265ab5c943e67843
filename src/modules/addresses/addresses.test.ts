import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { findAddress, formatAddressZh } from './index.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

const URL = '/api/v1/me/addresses';
const body = (overrides: Record<string, unknown> = {}) => ({
  recipient: '张三',
  phone: '138 1234 5678',
  province: 'SH',
  city: '上海',
  district: '浦东新区',
  street: '世纪大道100号5楼',
  postcode: '200120',
  ...overrides,
});
type AddressJson = { id: string; isDefault: boolean; phone: string; phoneMasked: string; provinceName: string; city: string; recipient: string; street: string; updatedAt: string };

const create = async (c: TestClient, overrides: Record<string, unknown> = {}) => {
  const res = await c.post(URL, body(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as AddressJson;
};
const list = async (c: TestClient) => (await c.get(URL)).json().items as AddressJson[];
const patch = (c: TestClient, id: string, payload: unknown) => c.request('PATCH', `${URL}/${id}`, payload);
const remove = (c: TestClient, id: string) => c.request('DELETE', `${URL}/${id}`);
const makeDefault = (c: TestClient, id: string) => c.post(`${URL}/${id}/default`);
const rowCount = async (userId: string) => Number((await app.db.selectFrom('shopper_addresses').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow()).n);
const auditOf = (subjectId: string) => app.db.selectFrom('audit_log').select(['action', 'data', 'actor_id']).where('subject_id', '=', subjectId).orderBy('created_at').orderBy('id').execute();

describe('address book', () => {
  it('creates a normalised address, the first one default, with the phone in full and masked', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    const a = await create(client);
    expect(a).toMatchObject({ recipient: '张三', phone: '13812345678', phoneMasked: '138****5678', province: 'SH', provinceName: '上海市', city: '上海市', isDefault: true });
    expect(a.id).toMatch(/^adr_/);
    const b = await create(client, { recipient: 'Li Si', city: '上海市', district: '徐汇区' });
    expect(b.isDefault).toBe(false);
    expect((await list(client)).map((x) => [x.id, x.isDefault])).toEqual([[a.id, true], [b.id, false]]);
    const audit = await auditOf(a.id);
    expect(audit).toMatchObject([{ action: 'address.created', actor_id: user.id }]);
    expect(audit[0]!.data).not.toContain('13812345678');
    expect(audit[0]!.data).not.toContain('世纪大道');
    const row = await findAddress(app.db, user.id, a.id);
    expect(formatAddressZh(row!, a.provinceName)).toBe('上海市浦东新区世纪大道100号5楼');
  });

  it('lists the default first, then the newest; makeDefault and /default move the default', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const first = await create(client);
    const second = await create(client, { street: '长乐路1号' });
    const third = await create(client, { street: '长乐路3号', makeDefault: true });
    expect(third.isDefault).toBe(true);
    expect((await list(client)).map((x) => x.id)).toEqual([third.id, second.id, first.id]);

    const res = await makeDefault(client, first.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: first.id, isDefault: true });
    expect((await list(client)).map((x) => [x.id, x.isDefault])).toEqual([[first.id, true], [third.id, false], [second.id, false]]);
    // Twice in a row (the same millisecond, likely) still leaves the last one chosen the default.
    await makeDefault(client, second.id);
    await makeDefault(client, third.id);
    expect((await list(client))[0]).toMatchObject({ id: third.id, isDefault: true });
    expect((await list(client)).filter((x) => x.isDefault)).toHaveLength(1);
    expect((await auditOf(third.id)).map((e) => e.action)).toEqual(['address.created', 'address.made_default']);
  });

  it('patches some fields, re-checks the merged address and audits only the field names', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    const a = await create(client);
    const res = await patch(client, a.id, { phone: '+86 139-0000-1111', province: 'GD', city: '广州市' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: a.id, phone: '13900001111', province: 'GD', provinceName: '广东省', city: '广州市', street: '世纪大道100号5楼', isDefault: true });
    const audit = (await auditOf(a.id)).at(-1)!;
    expect(audit.action).toBe('address.updated');
    expect(JSON.parse(audit.data!)).toEqual({ fields: ['phone', 'province', 'city'] });
    expect(audit.data).not.toContain('13900001111');

    // Moving back to a municipality re-checks the merged whole: the city is normalised with it.
    const back = await patch(client, a.id, { province: 'BJ', city: '北京' });
    expect(back.json()).toMatchObject({ province: 'BJ', city: '北京市' });
    // Unchanged values write nothing and audit nothing.
    const before = (await auditOf(a.id)).length;
    expect((await patch(client, a.id, { recipient: ' 张三 ' })).statusCode).toBe(200);
    expect(await auditOf(a.id)).toHaveLength(before);
    expect((await findAddress(app.db, user.id, a.id))!.updated_at).toBe(back.json().updatedAt);
  });

  it('soft-deletes; deleting the default makes the newest remaining address the default', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    const a = await create(client);
    const b = await create(client, { street: '长乐路2号' });
    const c = await create(client, { street: '长乐路3号' });
    await makeDefault(client, b.id);
    const res = await remove(client, b.id);
    expect(res.statusCode).toBe(204);
    expect((await list(client)).map((x) => [x.id, x.isDefault])).toEqual([[c.id, true], [a.id, false]]);
    const row = await app.db.selectFrom('shopper_addresses').select(['deleted_at']).where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(await findAddress(app.db, user.id, b.id)).toBeUndefined();
    expect((await auditOf(b.id)).at(-1)).toMatchObject({ action: 'address.deleted' });
    expect(JSON.parse((await auditOf(b.id)).at(-1)!.data!)).toEqual({ wasDefault: true, newDefaultId: c.id });

    // Deleting a non-default leaves the default alone; a deleted id is then a 404 everywhere.
    expect((await remove(client, a.id)).statusCode).toBe(204);
    expect((await list(client)).map((x) => [x.id, x.isDefault])).toEqual([[c.id, true]]);
    for (const r of [await remove(client, a.id), await patch(client, a.id, { street: '长乐路9号' }), await makeDefault(client, a.id)]) expect(r.statusCode).toBe(404);
    expect((await remove(client, c.id)).statusCode).toBe(204);
    expect(await list(client)).toEqual([]);
    // A new first address after all were deleted is the default again.
    expect((await create(client)).isDefault).toBe(true);
  });

  it('refuses the 21st address with 409 too_many_addresses, and counts only live ones', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await create(client, { street: `长乐路${i}号` })).id);
    const res = await client.post(URL, body());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('too_many_addresses');
    expect(await rowCount(user.id)).toBe(20);
    expect((await remove(client, ids[0]!)).statusCode).toBe(204);
    expect((await client.post(URL, body())).statusCode).toBe(201);
  });

  it('holds the limit when several adds race for the last place', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    for (let i = 0; i < 18; i++) await create(client, { street: `长乐路${i}号` });
    const answers = await Promise.all([0, 1, 2, 3].map((i) => client.post(URL, body({ street: `延安路${i}号` }))));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 201, 409, 409]);
    expect(await rowCount(user.id)).toBe(20);
    expect((await list(client)).filter((x) => x.isDefault)).toHaveLength(1);
  });
});

describe('bad input', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['recipient', { recipient: '张三😀' }, ['recipient']],
    ['phone', { phone: '021-12345678' }, ['phone']],
    ['province', { province: 'HK' }, ['province']],
    ['city', { city: '' }, ['city']],
    ['district', { district: '区'.repeat(31) }, ['district']],
    ['street', { street: '长乐' }, ['street']],
    ['postcode', { postcode: '２００１２' }, ['postcode']],
    ['several fields at once', { recipient: '', phone: '1', postcode: 'x' }, ['recipient', 'phone', 'postcode']],
    ['a missing field', { street: undefined }, ['street']],
    ['a number where text belongs', { recipient: { name: 'x' } }, ['recipient']],
    ['a value beyond the size cap', { street: '路'.repeat(1001) }, ['street']],
    ['an unknown property (refused, not ignored)', { note: 'leave at door' }, ['note']],
    ['makeDefault that is not a boolean', { makeDefault: 'maybe' }, ['makeDefault']],
  ])('POST with bad %s → 400 naming the field(s), nothing written', async (_name, overrides, fields) => {
    const { client, user } = await signedInAs(app, 'shopper');
    const res = await client.post(URL, body(overrides));
    expect(res.statusCode, res.body).toBe(400);
    const named = (res.json().error.details.fields as Array<{ field: string }>).map((f) => f.field);
    expect(named).toEqual(fields);
    expect(await rowCount(user.id)).toBe(0);
  });

  it('PATCH with a bad field, an empty body or an unknown property → 400, the row unchanged', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    const a = await create(client);
    const before = await findAddress(app.db, user.id, a.id);
    const bad = await patch(client, a.id, { phone: '12345', street: '路' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_address' });
    expect(bad.json().error.details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual(['phone:phone_format', 'street:street_length']);
    // A municipality's short city name is fine for SH, but the merged address must hold as a whole.
    expect((await patch(client, a.id, { province: 'XX' })).statusCode).toBe(400);
    expect((await patch(client, a.id, {})).statusCode).toBe(400);
    expect((await patch(client, a.id, { makeDefault: true })).json().error.details.fields[0].field).toBe('makeDefault');
    expect(await findAddress(app.db, user.id, a.id)).toEqual(before);
  });

  it('refuses a malformed address id with 400', async () => {
    const { client } = await signedInAs(app, 'shopper');
    expect((await patch(client, 'not-an-id', { city: '上海' })).statusCode).toBe(400);
  });
});

describe('scoping', () => {
  it("user A cannot read, patch, delete or default user B's address: 404, B's row unchanged", async () => {
    const a = await signedInAs(app, 'shopper');
    const b = await signedInAs(app, 'shopper');
    const bFirst = await create(b.client);
    const bOther = await create(b.client, { street: '长乐路2号' });
    await create(a.client, { street: '长乐路8号' });
    const before = await app.db.selectFrom('shopper_addresses').selectAll().where('user_id', '=', b.user.id).orderBy('id').execute();

    expect((await list(a.client)).map((x) => x.id)).not.toContain(bFirst.id);
    for (const res of [
      await patch(a.client, bFirst.id, { street: '被改了的地址' }),
      await remove(a.client, bFirst.id),
      await makeDefault(a.client, bOther.id),
      await patch(a.client, 'adr_00000000000000000000000000', { city: '上海' }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect(await findAddress(app.db, a.user.id, bFirst.id)).toBeUndefined();
    expect(await app.db.selectFrom('shopper_addresses').selectAll().where('user_id', '=', b.user.id).orderBy('id').execute()).toEqual(before);
    expect((await list(b.client)).map((x) => [x.id, x.isDefault])).toEqual([[bFirst.id, true], [bOther.id, false]]);
  });

  it('anonymous callers get 401; other roles 403', async () => {
    const anon = new TestClient(app);
    expect((await anon.get(URL)).statusCode).toBe(401);
    expect((await anon.post(URL, body())).statusCode).toBe(401);
    const seller = await signedInAs(app, 'seller');
    expect((await seller.client.get(URL)).statusCode).toBe(403);
  });
});
