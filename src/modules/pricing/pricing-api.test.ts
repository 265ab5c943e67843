import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner } from '../../../test/catalog.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadPricingFixtures } from '../../../test/pricing.js';

let app: TestApp;
let anon: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  await loadPricingFixtures(app);
  anon = new TestClient(app);
});
afterAll(async () => app.cleanup());

const calc = (body: object) => anon.post('/api/v1/calculator/landed-cost', body);
const general = { hsCode: '42023100', category: 'bags', quantity: 1, weightGrams: 800, statutoryUnit: 'piece', statutoryQty: 1 } as const;

describe('calculator', () => {
  it('reproduces the worked example: goods ¥1,000.00 + freight ¥50.00 → tax ¥95.55', async () => {
    const res = await calc({ items: [{ ...general, priceCnyFen: 100_000 }], province: 'SH', modes: ['9610'] });
    expect(res.statusCode).toBe(200);
    const [r] = res.json().results;
    expect(r.totals).toMatchObject({ goodsFen: 100_000, freightFen: 5_000, dutiableFen: 105_000, vatFen: 9_555, consumptionTaxFen: 0, tariffFen: 0, taxFen: 9_555, totalFen: 114_555 });
    expect(r.taxPath).toBe('preferential');
    expect(r.delivery).toEqual({ minDays: 7, maxDays: 12 });
  });

  it('converts USD at the rate in force, prices both modes, and says what the seller keeps', async () => {
    const res = await calc({ items: [{ hsCode: '08134090', category: 'food', priceUsdCents: 2400, quantity: 1, weightGrams: 454, statutoryUnit: 'g', statutoryQty: 454 }], series: true });
    const { results, series } = res.json();
    expect(results.map((r: { mode: string }) => r.mode)).toEqual(['9610', '1210']);
    // $24.00 × 7.185 = ¥172.44, up to the next jiao: ¥172.50; 9 % VAT × 0.7 = 6.3 % on (172.50 + 50.00).
    expect(results[0].lines[0].unitPriceFen).toBe(17_250);
    expect(results[0].totals.taxFen).toBe(Math.round(22_250 * 0.063));
    expect(results[1].totals.freightFen).toBe(1_200);
    expect(results[0].seller.commissionFen).toBe(Math.round(17_250 * 0.03));
    expect(results[0].seller.receivesUsdCents).toBeGreaterThan(2000);
    expect(results[0].seller.receivesUsdCents).toBeLessThan(2400);
    expect(series).toHaveLength(10);
    const shopper = series.map((p: Record<string, number>) => p['shopperPaysFen_9610']);
    expect([...shopper].sort((a: number, b: number) => a - b)).toEqual(shopper);
  });

  it('classifies a single indivisible item over ¥5,000 as full tax and a divisible order as rejected, with the room left', async () => {
    const watchLike = { ...general, priceCnyFen: 600_000 };
    const single = (await calc({ items: [watchLike], modes: ['9610'] })).json().results[0];
    expect(single.taxPath).toBe('full_tax');
    expect(single.payable).toBe(true);
    // Full tax: 10 % MFN tariff, then 13 % VAT on value + tariff, no 70 % factor.
    expect(single.totals).toMatchObject({ dutiableFen: 605_000, tariffFen: 60_500, vatFen: 86_515, consumptionTaxFen: 0 });
    const noMfn = await calc({ items: [{ ...watchLike, hsCode: '33049900', category: 'beauty', statutoryUnit: 'ml', statutoryQty: 50 }], modes: ['9610'] });
    expect(noMfn.json().error.code).toBe('mfn_rate_missing');
    const two = (await calc({ items: [{ ...general, priceCnyFen: 300_000, quantity: 2 }], modes: ['9610'] })).json().results[0];
    expect(two.payable).toBe(false);
    expect(two.classification.kind).toBe('rejected');
    expect(two.classification.reason.code).toBe('over_single_limit');
    const annual = (await calc({ items: [{ ...general, priceCnyFen: 100_000 }], modes: ['9610'], yearToDateFen: 2_550_000 })).json().results[0];
    expect(annual.classification.reason).toMatchObject({ code: 'over_annual_limit', roomLeftFen: 50_000 });
    expect(annual.classification.reason.message).toContain('¥500.00');
  });

  it('answers bad input with a 4xx naming the field, never a 5xx', async () => {
    expect((await calc({ items: [{ ...general, priceCnyFen: 1000 }], province: 'ZZ' })).json().error.details.fields[0].field).toBe('province');
    expect((await calc({ items: [{ ...general, priceCnyFen: 1000, priceUsdCents: 100 }] })).json().error.details.fields[0].field).toBe('items.0.priceUsdCents');
    expect((await calc({ items: [{ ...general, priceCnyFen: 1000, quantity: -1 }] })).statusCode).toBe(400);
    expect((await calc({ items: [{ ...general, priceCnyFen: 1000, quantity: 100000 }] })).statusCode).toBe(400);
    const noVat = await calc({ items: [{ ...general, hsCode: '61091000', priceCnyFen: 1000 }] });
    expect(noVat.statusCode).toBe(409);
    expect(noVat.json().error.code).toBe('vat_rate_missing');
    expect((await calc({ items: [{ ...general, weightGrams: 90_000, priceCnyFen: 1000 }], modes: ['9610'] })).json().error.code).toBe('too_heavy');
  });

  it('refuses to price without an FX rate in force', async () => {
    const bare = await makeTestApp();
    try {
      await loadPricingFixtures(bare);
      await bare.db.deleteFrom('fx_rates').execute();
      const res = await new TestClient(bare).post('/api/v1/calculator/landed-cost', { items: [{ ...general, priceUsdCents: 1000 }] });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('fx_rate_missing');
    } finally {
      await bare.cleanup();
    }
  });
});

describe('quote API', () => {
  it('quotes published variants, stores the quote with the rate it used, and agrees with the calculator', async () => {
    const { client: sellerClient, sellerId, userId } = await storeOwner(app);
    const product = (await sellerClient.post('/api/v1/seller/products', cherryInput({ imageIds: [await productImage(app, sellerId, userId)] }))).json();
    const variantId = product.variants[0].id;
    const draftQuote = await anon.post('/api/v1/quotes', { lines: [{ variantId, quantity: 2 }], mode: '9610', province: 'SH' });
    expect(draftQuote.json().error.details.fields[0].field).toBe('lines.0.variantId');
    await sellerClient.post(`/api/v1/seller/products/${product.id}/publish`);

    const res = await anon.post('/api/v1/quotes', { lines: [{ variantId, quantity: 2 }], mode: '9610', province: 'SH' });
    expect(res.statusCode).toBe(201);
    const quote = res.json();
    expect(quote.id).toMatch(/^quo_/);
    expect(quote.fx).toMatchObject({ rate: '7.185', rateId: 'fxr_00000000000000000000000001' });
    const calcSame = (await calc({ items: [{ hsCode: '08134090', category: 'food', priceUsdCents: 1299, quantity: 2, weightGrams: 260, statutoryUnit: 'g', statutoryQty: 227 }], modes: ['9610'] })).json().results[0];
    expect(quote.totals).toEqual(calcSame.totals);
    const stored = (await anon.get(`/api/v1/quotes/${quote.id}`)).json();
    expect(stored).toMatchObject({ id: quote.id, expired: false, totals: quote.totals });
    expect((await anon.post('/api/v1/quotes', { lines: [{ variantId, quantity: 1 }], mode: '1210', province: 'SH' })).json().error.message).toContain('does not ship by 1210');
    expect((await anon.post('/api/v1/quotes', { lines: [{ variantId: 'var_00000000000000000000000000', quantity: 1 }], mode: '9610', province: 'SH' })).statusCode).toBe(400);
  });
});

describe('FX rates', () => {
  it('keeps history: a new rate takes over from its effective time, and typos are refused', async () => {
    const { client: op } = await signedInAs(app, 'operator');
    const later = new Date(Date.now() + 3600_000).toISOString();
    expect((await op.post('/api/v1/ops/fx-rates', { base: 'USD', quote: 'CNY', rate: '7.2000', source: 'PBOC', effectiveFrom: later })).statusCode).toBe(201);
    expect((await anon.get('/api/v1/fx-rates/current')).json().usdCny.rate).toBe('7.185');
    expect((await op.post('/api/v1/ops/fx-rates', { base: 'USD', quote: 'CNY', rate: '7185', source: 'typo' })).json().error.details.fields[0].field).toBe('rate');
    const csv = 'base,quote,rate,source,effective_from\nUSD,CNY,7.19,PBOC,2026-01-02T00:00:00Z\nCNY,USD,0.139,PBOC,2026-01-02T00:00:00Z\n';
    expect((await op.request('POST', '/api/v1/ops/fx-rates/import', csv, { headers: { 'content-type': 'text/csv' } })).json()).toEqual({ imported: 2 });
    const bad = await op.request('POST', '/api/v1/ops/fx-rates/import', 'base,quote,rate,source,effective_from\nUSD,EUR,7.19,x,2026-01-02\n', { headers: { 'content-type': 'text/csv' } });
    expect(bad.json().error.details.problems[0]).toMatchObject({ row: 2, column: 'quote' });
    const history = (await op.get('/api/v1/ops/fx-rates?pair=USD-CNY')).json().items;
    expect(history.length).toBeGreaterThanOrEqual(3);
  });
});

describe('pricing settings and VAT table', () => {
  it('changes settings with an audit trail, and the calculator follows them', async () => {
    const { client: op } = await signedInAs(app, 'operator');
    const settings = (await op.get('/api/v1/ops/pricing/settings')).json();
    expect(settings.limits.singleLimitFen).toBe(500_000);
    const bad = await op.request('PUT', '/api/v1/ops/pricing/settings', { ...settings, limits: { ...settings.limits, singleLimitFen: 3_000_000 } });
    expect(bad.json().error.code).toBe('invalid_settings');
    const exact = { items: [{ ...general, priceCnyFen: 495_000 }], modes: ['9610'] }; // dutiable exactly ¥5,000.00
    expect((await calc(exact)).json().results[0].taxPath).toBe('preferential');
    await op.request('PUT', '/api/v1/ops/pricing/settings', { ...settings, limits: { ...settings.limits, singleInclusive: false } });
    expect((await calc(exact)).json().results[0].taxPath).toBe('full_tax');
    await op.request('PUT', '/api/v1/ops/pricing/settings', settings);
    const audit = (await op.get('/api/v1/ops/audit?action=pricing.settings_changed')).json().items;
    expect(audit.length).toBe(2);
  });

  it('sets a VAT rate per tariff line, only 13 % or 9 %', async () => {
    const { client: op } = await signedInAs(app, 'operator');
    expect((await op.request('PUT', '/api/v1/ops/pricing/vat-rates/61091000', { vatBp: 1300, note: 'T-shirts' })).statusCode).toBe(200);
    expect((await op.request('PUT', '/api/v1/ops/pricing/vat-rates/61091000', { vatBp: 1100 })).statusCode).toBe(400);
    const tee = await calc({ items: [{ ...general, hsCode: '61091000', category: 'apparel', priceCnyFen: 10_000 }], modes: ['9610'] });
    expect(tee.json().results[0].totals.vatFen).toBe(Math.round(15_000 * 0.091));
  });
});

describe('seller-fixed CNY prices', () => {
  it('uses a variant’s fixed CNY price as is, instead of converting its USD price', async () => {
    const { client, sellerId, userId } = await storeOwner(app);
    const input = cherryInput({ imageIds: [await productImage(app, sellerId, userId)], variants: [{ ...cherryInput().variants[0]!, sku: 'FIX-1', priceCnyFen: 9_900 }] });
    const product = (await client.post('/api/v1/seller/products', input)).json();
    expect(product.variants[0].fixedCnyPrice).toEqual({ amountMinor: 9_900, currency: 'CNY' });
    await client.post(`/api/v1/seller/products/${product.id}/publish`);
    const quote = (await anon.post('/api/v1/quotes', { lines: [{ variantId: product.variants[0].id, quantity: 1 }], mode: '9610', province: 'SH' })).json();
    expect(quote.lines[0]).toMatchObject({ unitPriceFen: 9_900, priceSource: 'seller_fixed' });
  });
});

describe('operator-kept rules', () => {
  it('applies consumption-tax rules, tariffs and freight changes to the next calculation, each audited', async () => {
    const { client: op } = await signedInAs(app, 'operator');
    const wine = { hsCode: '22042100', category: 'wine', priceCnyFen: 20_000, quantity: 1, weightGrams: 1_300, statutoryUnit: 'ml', statutoryQty: 750 };
    // Wine: 10 % CT → composite (13 % + 10 %) / 0.9 × 0.7 = 17.89 % of the dutiable value.
    const before = (await calc({ items: [wine], modes: ['9610'] })).json().results[0];
    expect(before.totals.dutiableFen).toBe(35_000);
    expect(before.totals.taxFen).toBe(Math.round((35_000 * 0.1) / 0.9 * 0.7) + Math.round((35_000 / 0.9) * 0.13 * 0.7));
    expect((await op.request('PUT', '/api/v1/ops/pricing/consumption-tax-rules/2204', { rule: { kind: 'none' }, note: 'test' })).statusCode).toBe(200);
    const after = (await calc({ items: [wine], modes: ['9610'] })).json().results[0];
    expect(after.totals.consumptionTaxFen).toBe(0);
    expect((await op.request('PUT', '/api/v1/ops/pricing/consumption-tax-rules/2204', { rule: { kind: 'ad_valorem', rateBp: 1000 } })).statusCode).toBe(200);
    expect((await op.request('PUT', '/api/v1/ops/pricing/consumption-tax-rules/2204', { rule: { kind: 'ad_valorem', rateBp: 20_000 } })).statusCode).toBe(400);

    const { brackets } = (await op.get('/api/v1/ops/pricing/freight')).json();
    const first = brackets.find((b: { mode: string; maxWeightG: number }) => b.mode === '9610' && b.maxWeightG === 5000);
    expect((await op.request('PATCH', `/api/v1/ops/pricing/freight/${first.id}`, { feeFen: 20_000 })).statusCode).toBe(200);
    expect((await calc({ items: [wine], modes: ['9610'] })).json().results[0].totals.freightFen).toBe(20_000);
    expect((await op.request('PATCH', `/api/v1/ops/pricing/freight/${first.id}`, { minDays: 30, maxDays: 2 })).json().error.code).toBe('invalid_days');

    const added = await op.post('/api/v1/ops/pricing/tariffs', { hsPrefix: '2204', kind: 'mfn', rateBp: 1400, effectiveFrom: '2022-01-01' });
    expect(added.statusCode).toBe(201);
    const actions = (await op.get('/api/v1/ops/audit?limit=20')).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['pricing.consumption_tax_rule_set', 'pricing.freight_changed', 'pricing.tariff_added']));
  });
});
