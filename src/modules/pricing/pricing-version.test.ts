// Every write to the pricing tables changes the pricing version in the same transaction (so cached
// prices can be checked with one read), and a refused write leaves it alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { loadTestList } from '../../../test/catalog.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadPricingFixtures } from '../../../test/pricing.js';
import { seedDemoPricing } from '../demo/index.js';
import { ensurePricingDefaults, readPricingVersion } from './index.js';

let app: TestApp;
let op: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  op = (await signedInAs(app, 'operator')).client;
});
afterAll(async () => app.cleanup());

/** Runs a write; expects it to answer `status` and the version to have changed. */
async function bumps(write: () => Promise<{ statusCode: number; body: string }>, status: number) {
  const before = await readPricingVersion(app.db);
  const res = await write();
  expect(res.statusCode, res.body).toBe(status);
  const after = await readPricingVersion(app.db);
  expect(after).not.toBe(before);
  expect(after).not.toBe('');
}
const csv = (url: string, body: string) => op.request('POST', url, body, { headers: { 'content-type': 'text/csv' } });

describe('pricing version', () => {
  it('changes with FX rates added one by one and by CSV', async () => {
    await bumps(() => op.post('/api/v1/ops/fx-rates', { base: 'USD', quote: 'CNY', rate: '7.2000', source: 'PBOC', effectiveFrom: new Date().toISOString() }), 201);
    await bumps(() => csv('/api/v1/ops/fx-rates/import', 'base,quote,rate,source,effective_from\nUSD,CNY,7.19,PBOC,2026-01-02T00:00:00Z\n'), 201);
  });

  it('changes with a VAT rate set and a VAT CSV import', async () => {
    await bumps(() => op.request('PUT', '/api/v1/ops/pricing/vat-rates/08134090', { vatBp: 1300 }), 200);
    await bumps(() => csv('/api/v1/ops/pricing/vat-rates/import', 'hs_code,vat_percent,note\n08134090,9,dried fruit\n'), 200);
  });

  it('changes with consumption-tax rules, tariffs added and ended, and freight', async () => {
    await bumps(() => op.request('PUT', '/api/v1/ops/pricing/consumption-tax-rules/2204', { rule: { kind: 'ad_valorem', rateBp: 1200 } }), 200);
    let id = '';
    await bumps(async () => {
      const res = await op.post('/api/v1/ops/pricing/tariffs', { hsPrefix: '42023100', kind: 'mfn', rateBp: 2500, effectiveFrom: '2020-01-01' });
      id = res.json().id;
      return res;
    }, 201);
    await bumps(() => op.post(`/api/v1/ops/pricing/tariffs/${id}/end`, { effectiveTo: '2030-01-01' }), 200);
    const bracket = (await op.get('/api/v1/ops/pricing/freight')).json().brackets[0];
    await bumps(() => op.request('PATCH', `/api/v1/ops/pricing/freight/${bracket.id}`, { feeFen: 6000 }), 200);
  });

  it('changes with the pricing settings', async () => {
    const settings = (await op.get('/api/v1/ops/pricing/settings')).json();
    await bumps(() => op.request('PUT', '/api/v1/ops/pricing/settings', { ...settings, markupBp: 100 }), 200);
  });

  it('changes with the demo pricing seed and the start-up defaults when they insert, not when they find the rows there', async () => {
    const before = await readPricingVersion(app.db);
    await seedDemoPricing(app.db, new Date());
    const seeded = await readPricingVersion(app.db);
    expect(seeded).not.toBe(before);
    await seedDemoPricing(app.db, new Date());
    expect(await readPricingVersion(app.db)).toBe(seeded);
    await app.db.deleteFrom('consumption_tax_rules').execute();
    await ensurePricingDefaults(app.db, new Date());
    const defaults = await readPricingVersion(app.db);
    expect(defaults).not.toBe(seeded);
    await ensurePricingDefaults(app.db, new Date());
    expect(await readPricingVersion(app.db)).toBe(defaults);
  });

  it('stays the same when a write is refused', async () => {
    const before = await readPricingVersion(app.db);
    expect((await op.post('/api/v1/ops/fx-rates', { base: 'USD', quote: 'CNY', rate: '7185', source: 'typo' })).statusCode).toBe(400);
    expect((await op.request('PATCH', '/api/v1/ops/pricing/freight/frt_0000000000000000000000000a', { minDays: 30, maxDays: 2 })).statusCode).toBe(400);
    expect(await readPricingVersion(app.db)).toBe(before);
  });
});
