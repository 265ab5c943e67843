// Catalog import benchmark: `npx tsx bench/catalog-import.ts`.
// In-process app (app.inject, no network) on a temp SQLite file — and on PostgreSQL as well when
// BENCH_DATABASE_URL is set (a fresh schema, dropped afterwards). Per run, a fresh seller uploads a
// 10,000-row file (2,500 products × 4 sizes, Chinese titles and labels): the check (POST) and the
// commit are timed separately, then a re-import of the same SKUs with every price and title changed
// (the update path, including one price-change audit entry per variant). Medians of BENCH_RUNS
// (default 3) go to stdout and bench/results/<YYYY-MM-DD-HHMMSS>-catalog-import.json.
// Goal: check + commit of 10,000 new rows under 10 s on SQLite.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDb, type DbHandle } from '../src/db/database.js';
import { catalogCsv } from '../src/modules/catalog-import/template.js';
import type { App } from '../src/platform/http.js';
import { TestClient } from '../test/client.js';
import { buildSeller, PASSWORD } from '../test/factories.js';
import { loadAverage1m, machine, median } from './report.js';

const PRODUCTS = Number(process.env['BENCH_PRODUCTS'] ?? 2500);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const GOAL_MS = 10_000;

const KINDS = [
  { en: 'Dried Tart Cherries', zh: '酸樱桃干', category: 'food', hs: '08134090', unit: 'g', sizes: [113, 227, 454, 907], ingredients: '酸樱桃、蔗糖、葵花籽油' },
  { en: 'Roasted Almonds', zh: '烘焙扁桃仁', category: 'food', hs: '08021200', unit: 'g', sizes: [150, 300, 600, 1200], ingredients: '扁桃仁、海盐' },
  { en: 'Wildflower Honey', zh: '野花蜂蜜', category: 'food', hs: '04090000', unit: 'g', sizes: [250, 340, 500, 1000], ingredients: '蜂蜜' },
  { en: 'Pure Maple Syrup', zh: '纯枫糖浆', category: 'food', hs: '17022000', unit: 'ml', sizes: [100, 250, 500, 1000], ingredients: '枫树汁' },
  { en: 'Hydrating Face Cream', zh: '保湿面霜', category: 'beauty', hs: '33049900', unit: 'ml', sizes: [15, 30, 50, 100], ingredients: '水、甘油、角鲨烷、透明质酸钠' },
  { en: 'Leather Card Wallet', zh: '真皮卡包', category: 'bags', hs: '42023100', unit: 'piece', sizes: [1, 2, 3, 4], ingredients: '' },
] as const;
const STATES = [
  ['MI', '密歇根'],
  ['CA', '加利福尼亚'],
  ['VT', '佛蒙特'],
  ['WA', '华盛顿州'],
  ['OR', '俄勒冈'],
  ['WI', '威斯康星'],
] as const;
const STYLES = ['有机', '精选', '低温烘焙', '无添加', '家庭装', '礼盒装', '经典款', '小农直供'];

function gtin13(n: number): string {
  const body = `0${String(n).padStart(11, '0')}`;
  const sum = [...body].reverse().reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** products × 4 variants; `edition` changes every price and title, for the update path. */
function catalogFile(products: number, edition: number): string {
  const rows: Array<Record<string, string>> = [];
  for (let p = 0; p < products; p++) {
    const kind = KINDS[p % KINDS.length]!;
    const [state, stateZh] = STATES[Math.floor(p / KINDS.length) % STATES.length]!;
    const style = STYLES[p % STYLES.length]!;
    const brand = `Harvest Co ${1 + (p % 40)}`;
    const titleZh = `美国${stateZh}${style}${kind.zh}${edition > 0 ? ' 新包装' : ''}`;
    const size = (s: number) => (kind.unit === 'piece' ? `${s}件装` : `${s}${kind.unit === 'g' ? '克' : '毫升'}`);
    kind.sizes.forEach((s, v) => {
      rows.push({
        handle: `${kind.en.toLowerCase().replace(/ /g, '-')}-${state.toLowerCase()}-${p}`,
        sku: `BN-${p}-${v}`,
        title_en: `${kind.en} from ${state}, ${style === '有机' ? 'Organic' : 'Select'} #${p}`,
        title_zh: titleZh,
        description_en: `${kind.en} grown and packed by a family business in ${state}. Shipped from the United States.`,
        description_zh: `${titleZh}，产自美国${stateZh}，家庭农场种植与加工，品质稳定，适合日常食用或送礼。`,
        category: kind.category,
        brand,
        origin_state: state,
        hs_code: kind.hs,
        shipping_modes: p % 3 === 0 ? '9610|1210' : '9610',
        option1_name: '规格',
        option1_value: size(s),
        barcode: gtin13(p * 4 + v + 1),
        weight_g: String(kind.unit === 'piece' ? 120 * s : Math.round(s * 1.15) + 30),
        price_usd: ((499 + p * 7 + v * 650 + edition * 25) / 100).toFixed(2),
        statutory_unit: kind.unit,
        statutory_qty: String(s),
        label_ingredients: kind.ingredients,
        label_manufacturer: `${brand} LLC`,
        label_storage: kind.category === 'food' ? '常温避光，开封后密封保存' : '',
        label_shelf_life: kind.category === 'bags' ? '' : '24个月',
        label_net_content: kind.sizes.map(size).join(' / '),
      });
    });
  }
  return catalogCsv(rows);
}

type Engine = { name: 'sqlite' | 'postgres'; handle?: DbHandle; drop?: () => Promise<void> };

async function postgres(url: string): Promise<Engine> {
  const schema = `bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const drop = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  };
  return { name: 'postgres', handle: createDb({ kind: 'postgres', url, poolMax: 5, searchPath: schema }), drop };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: Math.round(performance.now() - start), value };
}

async function newSellerClient(app: App): Promise<TestClient> {
  const { ownerId } = await buildSeller(app.db);
  const { email } = await app.db.selectFrom('users').select('email').where('id', '=', ownerId).executeTakeFirstOrThrow();
  const client = new TestClient(app);
  const res = await client.signIn(email, PASSWORD);
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  return client;
}

async function importFile(client: TestClient, file: string) {
  const check = await timed(() => client.post('/api/v1/seller/catalog-imports?fileName=bench.csv', file, { headers: { 'content-type': 'text/csv' } }));
  if (check.value.statusCode !== 201) throw new Error(`check failed: ${check.value.statusCode} ${check.value.body.slice(0, 300)}`);
  const report = check.value.json();
  if (report.errorCount !== 0) throw new Error(`unexpected errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
  const commit = await timed(() => client.post(`/api/v1/seller/catalog-imports/${report.id}/commit`));
  if (commit.value.statusCode !== 200) throw new Error(`commit failed: ${commit.value.statusCode} ${commit.value.body.slice(0, 300)}`);
  return { checkMs: check.ms, commitMs: commit.ms, totalMs: check.ms + commit.ms, preview: { products: report.products, variants: report.variants }, result: commit.value.json().result };
}

type Imported = Awaited<ReturnType<typeof importFile>>;

async function runEngine(engine: Engine, files: { first: string; second: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-bench-import-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    PASSWORD_SCRYPT_N: String(2 ** 14),
    SECRETS_DIR: join(dir, 'secrets'),
    MEDIA_DIR: join(dir, 'media'),
    DATABASE_URL: `file:${join(dir, 'gateway.sqlite')}`,
  });
  const app = await buildApp(config, engine.handle ? { db: engine.handle } : {});
  try {
    const runs: Array<{ create: Imported; update: Imported }> = [];
    for (let i = 0; i < RUNS; i++) {
      const client = await newSellerClient(app);
      const create = await importFile(client, files.first);
      const update = await importFile(client, files.second);
      runs.push({ create, update });
      console.log(`${engine.name} run ${i + 1}: create check ${create.checkMs} ms + commit ${create.commitMs} ms; update check ${update.checkMs} ms + commit ${update.commitMs} ms`);
    }
    const med = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
    const medians = {
      create: { checkMs: med((r) => r.create.checkMs), commitMs: med((r) => r.create.commitMs), totalMs: med((r) => r.create.totalMs) },
      update: { checkMs: med((r) => r.update.checkMs), commitMs: med((r) => r.update.commitMs), totalMs: med((r) => r.update.totalMs) },
    };
    return { engine: engine.name, synchronous: engine.name === 'sqlite' ? config.database.kind === 'sqlite' && config.database.synchronous : null, runs, medians };
  } finally {
    await app.close();
    await engine.drop?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const loadAtStart = loadAverage1m();
  const files = { first: catalogFile(PRODUCTS, 0), second: catalogFile(PRODUCTS, 1) };
  const rows = PRODUCTS * 4;
  console.log(`catalog import: ${rows} rows (${PRODUCTS} products × 4), ${(Buffer.byteLength(files.first) / 2 ** 20).toFixed(2)} MB, ${RUNS} runs`);
  const engines: Engine[] = [{ name: 'sqlite' }];
  const pgUrl = process.env['BENCH_DATABASE_URL'];
  if (pgUrl) engines.push(await postgres(pgUrl));
  const results = [];
  for (const engine of engines) results.push(await runEngine(engine, files));

  const sqlite = results.find((r) => r.engine === 'sqlite')!;
  const goal = { description: `check + commit of ${rows} new rows < ${GOAL_MS} ms on SQLite (median)`, medianMs: sqlite.medians.create.totalMs, met: sqlite.medians.create.totalMs < GOAL_MS };
  console.log('\n| engine | path | check ms | commit ms | total ms |\n|---|---|---:|---:|---:|');
  for (const r of results) {
    for (const path of ['create', 'update'] as const) console.log(`| ${r.engine} | ${path} | ${r.medians[path].checkMs} | ${r.medians[path].commitMs} | ${r.medians[path].totalMs} |`);
  }
  console.log(`\n${goal.description}: ${goal.medianMs} ms — goal ${goal.met ? 'met' : 'missed'}`);

  const stamp = new Date().toISOString().replace(/T/, '-').replace(/:/g, '').slice(0, 17);
  const out = join(import.meta.dirname, 'results', `${stamp}-catalog-import.json`);
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  const record = { benchmark: 'catalog-import', at: new Date().toISOString(), machine: machine(loadAtStart), config: { rows, products: PRODUCTS, variantsPerProduct: 4, runs: RUNS, fileBytes: Buffer.byteLength(files.first) }, results, goal };
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`written ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
