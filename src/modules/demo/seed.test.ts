import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TEST_SCRYPT_N, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { ProductInputSchema } from '../products/index.js';
import { demoSellers } from './demo-data.js';
import { DEMO_PASSWORD, seedDemo, type SeedReport } from './index.js';
import { DEMO_CATALOGS, toProductInput } from './seed-catalog.js';

type ProductView = {
  id: string;
  sellerId: string;
  handle: string;
  status: string;
  titleZh: string;
  category: string;
  hsCode: string;
  shippingModes: string[];
  variants: Array<{ sku: string; barcode: string | null; price: { amountMinor: number } }>;
  images: Array<{ urls: { thumb: string } }>;
};

/** GS1 check digit, computed here independently of the products module. */
function validGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(code)) return false;
  const digits = [...code].map(Number).reverse();
  const sum = digits.slice(1).reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === digits[0];
}

let app: TestApp;
let report: SeedReport;
let products: ProductView[];

// Seeded the way app.ts seeds at start-up (SEED_DEMO=true), with the app's own media settings.
const seed = () => seedDemo(app.db, { scryptN: Number(TEST_SCRYPT_N), media: app.config.media });

const TABLES = ['users', 'sellers', 'seller_members', 'products', 'product_variants', 'product_images', 'media_files', 'positive_list_versions'] as const;
const count = async (table: (typeof TABLES)[number]) =>
  Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const counts = async () => Promise.all(TABLES.map(count));

async function signedIn(email: string): Promise<TestClient> {
  const client = new TestClient(app);
  expect((await client.signIn(email, DEMO_PASSWORD)).statusCode).toBe(200);
  return client;
}

beforeAll(async () => {
  app = await makeTestApp();
  report = await seed();
  const ops = await signedIn('ops@gateway.example');
  products = (await ops.get('/api/v1/ops/products?limit=200')).json().items;
}, 60_000);
afterAll(async () => app.cleanup());

describe('demo seed', () => {
  it('creates the operator, seven sellers with complete store profiles and their people, and shoppers', async () => {
    expect(report.created).toMatchObject({ users: 14, sellers: 7, listLines: 39 });
    const sellers = await app.db.selectFrom('sellers').selectAll().orderBy('legal_name').execute();
    expect(sellers.map((s) => s.state).sort()).toEqual(['CA', 'MI', 'MI', 'OR', 'OR', 'WI', 'WI']);
    expect(await count('seller_members')).toBe(10);
    for (const s of sellers) {
      expect(s.store_name_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.story_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.ein).toMatch(/^\d{2}-\d{7}$/);
      expect(s.website).toMatch(/^https:\/\/www\.[a-z]+\.example$/);
      expect(JSON.parse(s.shipping_modes ?? '[]')).toContain('9610');
    }
    const leather = sellers.filter((s) => ['Woodward Leather Works Inc.', 'Cascade Botanicals LLC'].includes(s.legal_name));
    expect(leather.map((s) => s.food_facility_number)).toEqual([null, null]);
    expect(sellers.filter((s) => s.food_facility_number).every((s) => /^USA-[A-Z]{2}-\d{4}-\d{6}$/.test(s.food_facility_number!))).toBe(true);
    expect(report.logins.map((l) => l.role)).toEqual(['operator', ...demoSellers.map(() => 'seller'), 'shopper']);
  });

  it('imports the positive-list excerpt with its provenance and remarks', async () => {
    const version = await app.db.selectFrom('positive_list_versions').selectAll().executeTakeFirstOrThrow();
    expect(version).toMatchObject({ announcement: '财政部等八部门公告2022年第7号 (demo excerpt)', effective_from: '2022-03-01', source_name: 'demo-positive-list-excerpt.csv', line_count: 39 });
    expect(version.notes).toContain('not the official list');
    const lines = await app.db.selectFrom('positive_list_lines').selectAll().where('version_id', '=', version.id).execute();
    const line = (hs: string) => lines.find((l) => l.hs_code === hs);
    expect(line('19011010')).toMatchObject({ remark_type: 'trade_mode', remark: '仅限网购保税商品' });
    expect(line('17019990')).toMatchObject({ remark_type: 'quantity_cap', cap_quantity: 2, cap_unit: 'kg' });
    expect(line('10063020')).toMatchObject({ remark_type: 'quantity_cap', cap_quantity: 20, cap_unit: 'kg' });
    expect(line('33049900')?.remark_type).toBe('exclusion');
    expect(line('16025090')).toBeUndefined();
  });

  it('seeds 40+ products for every seller, in every category and every state, most of them published', () => {
    expect(products.length).toBeGreaterThanOrEqual(40);
    expect(report.created.products).toBe(products.length);
    const sellerIds = new Set(products.map((p) => p.sellerId));
    expect(sellerIds.size).toBe(demoSellers.length);
    expect(new Set(products.map((p) => p.category))).toEqual(new Set(['food', 'health', 'beauty', 'baby', 'wine', 'bags', 'apparel', 'home']));
    const byStatus = (status: string) => products.filter((p) => p.status === status).length;
    expect(byStatus('published')).toBeGreaterThan(products.length * 0.8);
    expect(byStatus('draft')).toBeGreaterThanOrEqual(3);
    expect(byStatus('archived')).toBe(1);
    expect(byStatus('suspended')).toBe(1);
    expect(report.notes).toEqual([]);
  });

  it('gives every product a Chinese title, priced SKUs and valid barcodes', () => {
    const skus = new Set<string>();
    for (const p of products) {
      expect(p.titleZh, p.handle).toMatch(/[\u4e00-\u9fff]/);
      expect(p.hsCode).toMatch(/^\d{8}$/);
      for (const v of p.variants) {
        expect(v.price.amountMinor).toBeGreaterThan(0);
        if (v.barcode !== null) expect(validGtin(v.barcode), `${v.sku} ${v.barcode}`).toBe(true);
        skus.add(`${p.sellerId}/${v.sku}`);
      }
    }
    expect(skus.size).toBe(products.flatMap((p) => p.variants).length);
    expect(products.flatMap((p) => p.variants).filter((v) => v.barcode).length).toBeGreaterThan(30);
  });

  it('writes only what the products API would accept', async () => {
    for (const catalog of DEMO_CATALOGS) {
      const seller = await app.db.selectFrom('sellers').selectAll().where('legal_name', '=', catalog.legalName).executeTakeFirstOrThrow();
      for (const p of catalog.products) {
        const input = toProductInput(seller, catalog, p, `med_${'0'.repeat(26)}`);
        expect([...Value.Errors(ProductInputSchema, input)].map((e) => `${e.instancePath} ${e.message}`), p.handle).toEqual([]);
      }
    }
  });

  it('ships infant formula bonded-only, as its list remark requires', () => {
    const formula = products.filter((p) => p.hsCode === '19011010');
    expect(formula.length).toBe(3);
    for (const p of formula) expect(p).toMatchObject({ category: 'baby', status: 'published', shippingModes: ['1210'] });
  });

  it('publishes only eligible products; its drafts show why they are not', async () => {
    const ownerOf = new Map<string, TestClient>();
    for (const demo of demoSellers) {
      const seller = await app.db.selectFrom('sellers').select('id').where('legal_name', '=', demo.legal_name).executeTakeFirstOrThrow();
      ownerOf.set(seller.id, await signedIn(demo.owner.email));
    }
    const eligibility = async (p: ProductView) => (await ownerOf.get(p.sellerId)!.get(`/api/v1/seller/products/${p.id}/eligibility`)).json();
    for (const p of products.filter((x) => x.status === 'published')) {
      const answer = await eligibility(p);
      expect(answer.eligible, `${p.handle}: ${JSON.stringify(answer.reasons)}`).toBe(true);
      expect(answer.reasons.filter((r: { severity: string }) => r.severity === 'error')).toEqual([]);
    }
    const codesOf = async (handle: string) => (await eligibility(products.find((p) => p.handle === handle)!)).reasons.map((r: { code: string }) => r.code);
    expect(await codesOf('cherry-pepper-beef-jerky')).toContain('hs_not_listed');
    expect(await codesOf('pinot-noir-3-litre-box')).toContain('hs_not_listed');
    expect(await codesOf('rose-hip-facial-oil')).toEqual(expect.arrayContaining(['chinese_description_missing', 'label_field_missing']));
    expect(await codesOf('fresh-american-ginseng-preorder')).toEqual([]);
  });

  it('draws a picture for every product and serves it', async () => {
    for (const p of products) {
      expect(p.images.length, p.handle).toBe(1);
      const res = await app.inject({ method: 'GET', url: p.images[0]!.urls.thumb });
      expect(res.statusCode, p.images[0]!.urls.thumb).toBe(200);
      expect(res.headers['content-type']).toBe('image/webp');
    }
    const media = await app.db.selectFrom('media_files').select(['sha256', 'width', 'height', 'owner_kind']).execute();
    expect(media.every((m) => m.width === 800 && m.height === 800 && m.owner_kind === 'seller')).toBe(true);
    expect(new Set(media.map((m) => m.sha256)).size).toBe(media.length);
  });

  it('is idempotent: a second run adds nothing and changes nothing', async () => {
    const before = await counts();
    const statuses = await app.db.selectFrom('products').select(['id', 'status', 'revision']).orderBy('id').execute();
    const again = await seed();
    expect(again.created).toEqual({ users: 0, sellers: 0, listLines: 0, products: 0, images: 0 });
    expect(await counts()).toEqual(before);
    expect(await app.db.selectFrom('products').select(['id', 'status', 'revision']).orderBy('id').execute()).toEqual(statuses);
  });

  it('gives demo logins that work and land in the right role', async () => {
    for (const login of report.logins) {
      const res = await new TestClient(app).signIn(login.email, login.password);
      expect(res.statusCode).toBe(200);
      expect(res.json().user.role).toBe(login.role);
    }
  });
});

describe('demo pricing', () => {
  it('prices every published demo product, by each mode it ships, to Shanghai and to Xinjiang', async () => {
    const client = new TestClient(app);
    const failures: string[] = [];
    for (const p of products.filter((x) => x.status === 'published')) {
      for (const mode of p.shippingModes) {
        for (const province of ['SH', 'XJ']) {
          const variantId = (p as ProductView & { variants: Array<{ id: string }> }).variants[0]!.id;
          const res = await client.post('/api/v1/quotes', { lines: [{ variantId, quantity: 1 }], mode, province });
          if (res.statusCode !== 201) failures.push(`${p.handle} ${mode} ${province}: ${res.statusCode} ${res.body.slice(0, 120)}`);
          else if (!(res.json().totals.taxFen > 0)) failures.push(`${p.handle}: no tax`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
