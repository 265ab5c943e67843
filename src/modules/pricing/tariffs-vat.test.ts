import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList } from '../../../test/catalog.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadPricingFixtures } from '../../../test/pricing.js';

let app: TestApp;
let op: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  op = (await signedInAs(app, 'operator')).client;
});
afterAll(async () => app.cleanup());

const today = () => new Date().toISOString().slice(0, 10);
// A single indivisible bag over ¥5,000 takes the full-tax path, where the MFN tariff applies.
const bag = { hsCode: '42023100', category: 'bags', priceCnyFen: 600_000, quantity: 1, weightGrams: 800, statutoryUnit: 'piece', statutoryQty: 1 };
const fullTax = async () => (await new TestClient(app).post('/api/v1/calculator/landed-cost', { items: [bag], modes: ['9610'] })).json().results[0];
const csv = (body: string) => op.request('POST', '/api/v1/ops/pricing/vat-rates/import', body, { headers: { 'content-type': 'text/csv' } });

describe('tariff table', () => {
  it('lists rates in force, ends one from a date (audited), and the next calculation stops using it', async () => {
    const id = (await op.post('/api/v1/ops/pricing/tariffs', { hsPrefix: '42023100', kind: 'mfn', rateBp: 2500, effectiveFrom: '2020-01-01', note: 'test rate' })).json().id;
    const before = await fullTax();
    expect(before.taxPath).toBe('full_tax');
    expect(before.lines[0].tax.tariffFen).toBe(Math.round(before.lines[0].tax.dutiableFen * 0.25));

    const listed = (await op.get('/api/v1/ops/pricing/tariffs?hsPrefix=4202')).json();
    expect(listed.items).toContainEqual(expect.objectContaining({ id, hsPrefix: '42023100', kind: 'mfn', rateBp: 2500, effectiveTo: null, inForce: true }));

    expect((await op.post(`/api/v1/ops/pricing/tariffs/${id}/end`, { effectiveTo: '2019-12-31' })).json().error.code).toBe('invalid_end');
    const ended = await op.post(`/api/v1/ops/pricing/tariffs/${id}/end`, { effectiveTo: today(), note: 'cut' });
    expect(ended.statusCode).toBe(200);
    expect((await op.post(`/api/v1/ops/pricing/tariffs/${id}/end`, { effectiveTo: '2099-01-01' })).json().error.code).toBe('already_ended');

    const after = await fullTax();
    expect(after.lines[0].tax.tariffFen).not.toBe(before.lines[0].tax.tariffFen);
    expect((await op.get('/api/v1/ops/pricing/tariffs?hsPrefix=42023100')).json().items.map((t: { id: string }) => t.id)).not.toContain(id);
    const all = (await op.get('/api/v1/ops/pricing/tariffs?hsPrefix=42023100&includeEnded=true')).json().items;
    expect(all).toContainEqual(expect.objectContaining({ id, effectiveTo: today(), inForce: false, note: 'cut' }));
    const audit = await app.db.selectFrom('audit_log').select(['action', 'data']).where('subject_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['pricing.tariff_added', 'pricing.tariff_ended']);
  });

  it('answers unknown rates with 404 and bad filters with 400', async () => {
    expect((await op.post('/api/v1/ops/pricing/tariffs/trf_00000000000000000000000000/end', { effectiveTo: '2030-01-01' })).statusCode).toBe(404);
    expect((await op.get('/api/v1/ops/pricing/tariffs?hsPrefix=abc')).statusCode).toBe(400);
    expect((await op.get('/api/v1/ops/pricing/tariffs?kind=vat')).statusCode).toBe(400);
    expect((await op.post('/api/v1/ops/pricing/tariffs/trf_00000000000000000000000000/end', { effectiveTo: 'soon' })).json().error.details.fields[0].field).toBe('effectiveTo');
  });
});

describe('VAT table import', () => {
  it('imports a CSV of tariff lines in one go and audits only real changes', async () => {
    const res = await csv('hs_code,vat_percent,note\n0409.0000,9,honey (39号公告)\n20081100,13%,\n');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, changed: 0, unchanged: 0 });
    expect((await csv('hs_code,vat_percent\n04090000,13\n20081100,13\n')).json()).toEqual({ created: 0, changed: 1, unchanged: 1 });
    const rates = (await op.get('/api/v1/ops/pricing/vat-rates')).json().items;
    expect(rates).toContainEqual(expect.objectContaining({ hsCode: '04090000', vatBp: 1300 }));
    const audit = await app.db.selectFrom('audit_log').select('subject_id').where('action', '=', 'pricing.vat_rate_set').where('subject_id', 'in', ['04090000', '20081100']).execute();
    expect(audit).toHaveLength(3);
  });

  it('refuses a file with any bad row, naming each, and changes nothing', async () => {
    const before = (await op.get('/api/v1/ops/pricing/vat-rates')).json().items;
    const res = await csv('hs_code,vat_percent\n19011010,9\n1901,13\n22042100,17\n19011010,13\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems).toEqual([
      { row: 3, column: 'hs_code', message: expect.stringContaining('8-digit') },
      { row: 4, column: 'vat_percent', message: 'must be 13 or 9' },
      { row: 5, column: 'hs_code', message: '19011010 appears twice' },
    ]);
    expect((await op.get('/api/v1/ops/pricing/vat-rates')).json().items).toEqual(before);
    expect((await csv('code,percent\n1,2\n')).json().error.code).toBe('invalid_csv');
    expect((await op.post('/api/v1/ops/pricing/vat-rates/import', { hs: 1 })).statusCode).toBe(415);
    expect((await new TestClient(app).request('POST', '/api/v1/ops/pricing/vat-rates/import', 'hs_code,vat_percent\n', { headers: { 'content-type': 'text/csv' } })).statusCode).toBe(401);
  });
});
