import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TEST_LIST_CSV } from '../../../test/catalog.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { chinaDate } from './lookup.js';
import { parsePositiveList } from './parse-list.js';

let app: TestApp;
let op: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  op = (await signedInAs(app, 'operator')).client;
});
afterAll(async () => app.cleanup());

const upload = (csv: string | Buffer, query: Record<string, string>) =>
  op.request('POST', `/api/v1/ops/positive-list/versions?${new URLSearchParams({ announcement: '财政部等八部门公告2022年第7号', sourceName: 'list.csv', ...query })}`, csv, {
    headers: { 'content-type': 'text/csv' },
  });

describe('positive list import', () => {
  it('validates without writing on a dry run, then imports a version with its provenance', async () => {
    const dry = await upload(TEST_LIST_CSV, { effectiveFrom: '2022-03-01', dryRun: 'true' });
    expect(dry.json()).toEqual({ dryRun: true, lineCount: 6 });
    expect((await op.get('/api/v1/ops/positive-list/versions')).json().items).toEqual([]);
    const res = await upload(TEST_LIST_CSV, { effectiveFrom: '2022-03-01' });
    expect(res.statusCode).toBe(201);
    expect(res.json().version).toMatchObject({ lineCount: 6, effectiveFrom: '2022-03-01', inForce: true, announcement: '财政部等八部门公告2022年第7号' });
    expect((await upload(TEST_LIST_CSV, { effectiveFrom: '2022-03-01' })).json().error.code).toBe('list_already_imported');
    const lines = (await op.get(`/api/v1/ops/positive-list/versions/${res.json().version.id}/lines?q=0813`)).json();
    expect(lines.items).toEqual([expect.objectContaining({ hsCode: '08134090', remarkType: 'none' })]);
  });

  it('looks up the line in force by date, so a later edition replaces an earlier one only from its effective day', async () => {
    const { client: seller } = await signedInAs(app, 'seller');
    expect((await seller.get('/api/v1/catalog/tariff-lines/0813409000')).json()).toMatchObject({ status: 'listed', line: { hsCode: '08134090' } });
    expect((await seller.get('/api/v1/catalog/tariff-lines/24022000')).json().status).toBe('not_listed');
    const future = TEST_LIST_CSV.split('\n').filter((l) => !l.startsWith('08134090')).join('\n');
    await upload(future, { effectiveFrom: '2099-01-01' });
    expect((await seller.get('/api/v1/catalog/tariff-lines/08134090')).json().status).toBe('listed');
    const versions = (await op.get('/api/v1/ops/positive-list/versions')).json().items;
    expect(versions.map((v: { effectiveFrom: string; inForce: boolean }) => [v.effectiveFrom, v.inForce])).toEqual([
      ['2099-01-01', false],
      ['2022-03-01', true],
    ]);
  });

  it('refuses a file with problems as a whole, reporting every row and column', async () => {
    const bad = ['hs_code,description,remark_type,remark,cap_quantity,cap_unit', '0813409,短码,none,,,', '08021200,,none,,,', '08021200,重复,none,,,', '17019990,糖,quantity_cap,限购,two,kg', '33049900,护肤品,weird,,,'].join('\n');
    const res = await upload(bad, { effectiveFrom: '2023-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_list');
    expect(res.json().error.details.problems).toEqual([
      { row: 2, column: 'hs_code', message: expect.stringContaining('8-digit') },
      { row: 3, column: 'description', message: 'must not be empty' },
      { row: 4, column: 'hs_code', message: expect.stringContaining('listed twice (also on row 3)') },
      { row: 5, column: 'cap_quantity', message: expect.stringContaining('positive whole number') },
      { row: 6, column: 'remark_type', message: expect.stringContaining('must be one of') },
    ]);
    const count = await app.db.selectFrom('positive_list_versions').select((eb) => eb.fn.countAll<number>().as('n')).where('effective_from', '=', '2023-01-01').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('names the encoding problem for GBK and UTF-16 files, and needs a CSV body', async () => {
    const gbk = Buffer.concat([Buffer.from('hs_code,description,remark_type\n08134090,'), Buffer.from([0xc6, 0xe4, 0xcb, 0xfb]), Buffer.from(',none\n')]);
    expect((await upload(gbk, { effectiveFrom: '2023-02-01' })).json().error.message).toContain('not valid UTF-8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hs_code,description\n', 'utf16le')]);
    expect((await upload(utf16, { effectiveFrom: '2023-02-01' })).json().error.message).toContain('UTF-16');
    const json = await op.post(`/api/v1/ops/positive-list/versions?announcement=x%20y%20z&sourceName=a&effectiveFrom=2023-02-01`, { lines: [] });
    expect(json.statusCode).toBe(415);
    expect((await upload(TEST_LIST_CSV, { effectiveFrom: '2023-13-45' })).statusCode).toBe(400);
  });
});

describe('parsePositiveList', () => {
  it('accepts Chinese remark-type names and dotted codes', () => {
    const parsed = parsePositiveList(Buffer.from('hs_code,description,remark_type,remark,cap_quantity,cap_unit\n1006.3020,大米,数量限制,每人每年限购,20,kg\n'));
    expect(parsed).toMatchObject({ ok: true, lines: [{ hs_code: '10063020', remark_type: 'quantity_cap', cap_quantity: 20, cap_unit: 'kg' }] });
  });
});

it('dates a list by China time', () => {
  expect(chinaDate(new Date('2022-02-28T16:00:00Z'))).toBe('2022-03-01');
  expect(chinaDate(new Date('2022-02-28T15:59:59Z'))).toBe('2022-02-28');
});
