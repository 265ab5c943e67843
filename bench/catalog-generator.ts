// Test-data generator: a large, realistic, published catalog for benchmarks and the search recall test.
// N products (1–3 variants each, Chinese and English titles composed from catalog-vocabulary.ts),
// M active sellers with an owner account and store names, opening stock in stock_levels (with its
// 'seed' movement), then the search index is rebuilt. Deterministic: the same seed gives the same rows
// and the same ids. It BYPASSES the product API (no eligibility check, no audit, no outbox events):
// rows go straight in with multi-row Kysely inserts inside transactions, which is what makes 100,000
// products take seconds instead of hours. Never point it at a database that holds real data.
import { sql, type Insertable } from 'kysely';
import type { DbHandle } from '../src/db/database.js';
import type { ProductsTable, ProductVariantsTable, SellersTable, ShippingMode, StockLevelsTable, StockMovementsTable } from '../src/db/schema.js';
import { rebuildSearchIndex } from '../src/modules/search/index.js';
import { hashPassword } from '../src/platform/passwords.js';
import { CITIES, KINDS, PACKS, sizeZh, STATES, STYLES, storeNames, type Kind } from './catalog-vocabulary.js';

export type CatalogOptions = {
  products?: number;
  sellers?: number;
  seed?: number;
  /** The newest product's publication time; older ones step back 30 s each. */
  now?: Date;
  /** Rebuild the search index afterwards (default true). */
  index?: boolean;
};

export type GeneratedCatalog = {
  products: number;
  variants: number;
  sellers: number;
  stockRows: number;
  generateMs: number;
  indexMs: number;
  indexed: number;
  /** Every 97th product id (a spread for detail benchmarks), in creation order. */
  sampleProductIds: string[];
};

/** Sellers sign in with `seller<i>-<seed>@bench.example` and this password. */
export const GENERATED_SELLER_PASSWORD = 'bench seller password';

const DEFAULT_NOW = new Date('2026-11-01T00:00:00.000Z');
const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
const BATCH_PRODUCTS = 5_000;

/** mulberry32: a small, fast, seedable PRNG (the generator must give the same catalog every run). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** A ULID-shaped id (`prd_` + 10 time chars + 16 random chars), like newId but from the seeded PRNG. */
function idAt(prefix: string, ms: number, rand: Rand): string {
  let time = '';
  for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD[Math.floor(rand() * 32)];
  return `${prefix}_${time}${tail}`;
}

function gtin12(n: number): string {
  const body = `8${String(n).padStart(10, '0')}`;
  const sum = [...body].reverse().reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
}

type Seller = { id: string; ownerId: string; brand: string; brandZh: string; state: (typeof STATES)[number]; modes: ShippingMode[]; kinds: Kind[] };

function buildSellers(count: number, seed: number, rand: Rand, baseMs: number) {
  const sellers: Seller[] = [];
  const users = [];
  const sellerRows: Array<Insertable<SellersTable>> = [];
  const members = [];
  for (let i = 0; i < count; i++) {
    const names = storeNames(i);
    const state = STATES[i % STATES.length]!;
    const at = new Date(baseMs - 400 * 86_400_000 + i * 60_000).toISOString();
    const ownerId = idAt('usr', Date.parse(at), rand);
    const id = idAt('sel', Date.parse(at), rand);
    const modes: ShippingMode[] = i % 3 === 0 ? ['9610', '1210'] : ['9610'];
    // A store sells a handful of kinds, as a real farm or brand does.
    const kinds = Array.from({ length: 4 + (i % 5) }, () => pick(rand, KINDS));
    sellers.push({ id, ownerId, brand: names.en, brandZh: names.zh, state, modes: kinds.some((k) => k.modes) ? ['9610', '1210'] : modes, kinds });
    users.push({ id: ownerId, email: `seller${i}-${seed}@bench.example`, name: `${names.en} Owner`, role: 'seller' as const, locale: 'en-US' as const, status: 'active' as const, created_at: at, updated_at: at, password_changed_at: at });
    sellerRows.push({
      id, legal_name: `${names.en} LLC`, trade_name: names.en, state: state[0], city: CITIES[state[0]] ?? 'Springfield', business_type: i % 4 === 0 ? 'brand' : 'farm',
      status: 'active', created_at: at, updated_at: at, store_name_en: names.en, store_name_zh: names.zh,
      story_en: `${names.en} is a family business in ${state[2]}.`, story_zh: `${names.zh}是美国${state[1]}的一家家庭企业。`,
      logo_media_id: null, shipping_modes: JSON.stringify(sellers[i]!.modes), ein: `${String(10 + (i % 89))}-${String(1_000_000 + i * 7919).slice(0, 7)}`,
      food_facility_number: String(10_000_000_000 + i * 104_729).slice(0, 11), website: null,
    });
    members.push({ seller_id: id, user_id: ownerId, role: 'owner' as const, created_at: at });
  }
  return { sellers, users, sellerRows, members };
}

type Rows = { products: Array<Insertable<ProductsTable>>; variants: Array<Insertable<ProductVariantsTable>>; stock: Array<Insertable<StockLevelsTable>>; moves: Array<Insertable<StockMovementsTable>> };

const EDIBLE = new Set(['food', 'health', 'baby', 'wine']);
const PLAIN_STYLES = STYLES.filter((st) => !st[2]);
const COLORS = [['棕色', 'Brown'], ['黑色', 'Black'], ['原色', 'Natural']] as const;

function addProduct(rows: Rows, i: number, seller: Seller, rand: Rand, at: string, ms: number): string {
  const kind = pick(rand, seller.kinds);
  const [styleZh, styleEn] = pick(rand, EDIBLE.has(kind.category) ? STYLES : PLAIN_STYLES);
  const [packZh, packEn] = pick(rand, PACKS);
  const [stateCode, stateZh, stateEn] = seller.state;
  const variantCount = 1 + Math.floor(rand() * (kind.unit === 'piece' ? 3 : Math.min(3, kind.sizes.length)));
  const sizes = kind.sizes.slice(0, variantCount);
  const single = variantCount === 1 && kind.unit !== 'piece' ? ` ${sizeZh(kind.unit, sizes[0]!)}` : '';
  const titleZh = `${seller.brand} 美国${stateZh}${styleZh}${kind.zh}${packZh ? ` ${packZh}` : ''}${single}`;
  const titleEn = [seller.brand, styleEn, kind.en, `from ${stateEn}`].filter(Boolean).join(' ') + (packEn ? `, ${packEn}` : '');
  const modes: ShippingMode[] = kind.modes ? [...kind.modes] : seller.modes.filter((m, k) => k === 0 || rand() < 0.6);
  const id = idAt('prd', ms, rand);
  const labelled = kind.category !== 'bags' && kind.category !== 'apparel' && kind.category !== 'home';
  rows.products.push({
    id, seller_id: seller.id, handle: `${kind.en.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}`, status: 'published',
    title_en: titleEn, title_zh: titleZh,
    description_en: `${styleEn || 'Our'} ${kind.en.toLowerCase()} made by ${seller.brand}, a family business in ${stateEn}. Packed in the United States and shipped to China${modes.includes('1210') ? ' from a bonded warehouse or' : ''} by direct mail.`,
    description_zh: `${titleZh}，由美国${stateZh}的家庭企业${seller.brandZh}出品，${labelled ? '原料简单，' : '做工扎实，'}美国原装，适合自用或送礼。`,
    category: kind.category, brand: seller.brand, origin_state: stateCode, hs_code: kind.hs, shipping_modes: JSON.stringify(modes),
    attributes: JSON.stringify({ 产地: `美国${stateZh}`, 品牌: seller.brand, ...(styleZh ? { 特点: styleZh } : {}) }),
    label: JSON.stringify(labelled ? { ingredients: kind.ingredients, manufacturer: `${seller.brand} LLC（美国${stateZh}）`, storage: '常温、阴凉干燥处保存', shelfLife: '24个月', netContent: sizes.map((s) => sizeZh(kind.unit, s)).join('、') } : {}),
    status_reason: null, published_at: at, revision: 1, created_at: at, updated_at: at,
  });
  const factor = 0.8 + rand() * 0.6;
  for (let v = 0; v < variantCount; v++) {
    const qty = kind.unit === 'piece' ? 1 : sizes[v]!;
    const variantId = idAt('var', ms, rand);
    const price = Math.round((kind.basePrice * factor * (kind.unit === 'piece' ? 1 + v * 0.1 : qty / kind.sizes[0]!)) / 100) * 100 - 1;
    rows.variants.push({
      id: variantId, product_id: id, seller_id: seller.id, sku: `GEN-${i}-${v + 1}`,
      options: JSON.stringify(kind.unit === 'piece' ? { 颜色: COLORS[v]![0] } : variantCount > 1 ? { 规格: sizeZh(kind.unit, qty) } : {}),
      barcode: gtin12(i * 3 + v), weight_grams: Math.max(20, Math.round(qty * kind.gramsPer)), price_minor: Math.max(99, price), currency: 'USD', price_cny_fen: null,
      statutory_unit: kind.unit, statutory_qty: qty, position: v, created_at: at, updated_at: at,
    });
    for (const mode of modes) {
      // About one variant in ten is sold out at a location.
      const onHand = rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 500);
      const location = mode === '1210' ? 'bonded' : 'us_warehouse';
      rows.stock.push({ variant_id: variantId, seller_id: seller.id, location, on_hand: onHand, reserved: 0, updated_at: at });
      rows.moves.push({ id: idAt('stm', ms, rand), variant_id: variantId, seller_id: seller.id, location, delta: onHand, on_hand_after: onHand, reason: 'seed', note: null, actor_user_id: null, created_at: at });
    }
  }
  return id;
}

/** Multi-row inserts sized under SQLite's 32,766 bound parameters (PostgreSQL allows 65,535). */
async function insertChunked<T extends object>(insert: (chunk: T[]) => Promise<unknown>, rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(32_000 / perRow));
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Generates the catalog into a migrated database, then rebuilds the search index (timed apart). */
export async function generateCatalog(handle: DbHandle, options: CatalogOptions = {}): Promise<GeneratedCatalog> {
  const { db, engine } = handle;
  const total = options.products ?? 100_000;
  const sellerCount = options.sellers ?? 200;
  const seed = options.seed ?? 1;
  const baseMs = (options.now ?? DEFAULT_NOW).getTime();
  const rand = prng(seed);
  const started = performance.now();

  // Index pages of 100,000 products do not fit SQLite's default 2 MB page cache: inserts would then
  // wait on disk reads. The larger cache is this connection's only, and put back afterwards.
  const cacheSize = engine === 'sqlite' ? (await sql<{ cache_size: number }>`pragma cache_size`.execute(db)).rows[0]?.cache_size : undefined;
  if (engine === 'sqlite') await sql`pragma cache_size = -262144`.execute(db);
  const passwordHash = await hashPassword(GENERATED_SELLER_PASSWORD, 2 ** 14);
  const s = buildSellers(sellerCount, seed, rand, baseMs);
  await db.transaction().execute(async (trx) => {
    await insertChunked((c) => trx.insertInto('users').values(c).execute(), s.users.map((u) => ({ ...u, password_hash: passwordHash })));
    await insertChunked((c) => trx.insertInto('sellers').values(c).execute(), s.sellerRows);
    await insertChunked((c) => trx.insertInto('seller_members').values(c).execute(), s.members);
  });

  const sample: string[] = [];
  let variants = 0;
  let stockRows = 0;
  for (let start = 0; start < total; start += BATCH_PRODUCTS) {
    const rows: Rows = { products: [], variants: [], stock: [], moves: [] };
    for (let i = start; i < Math.min(total, start + BATCH_PRODUCTS); i++) {
      const ms = baseMs - (total - 1 - i) * 30_000;
      const id = addProduct(rows, i, s.sellers[i % sellerCount]!, rand, new Date(ms).toISOString(), ms);
      if (i % 97 === 0) sample.push(id);
    }
    await db.transaction().execute(async (trx) => {
      await insertChunked((c) => trx.insertInto('products').values(c).execute(), rows.products);
      await insertChunked((c) => trx.insertInto('product_variants').values(c).execute(), rows.variants);
      await insertChunked((c) => trx.insertInto('stock_levels').values(c).execute(), rows.stock);
      await insertChunked((c) => trx.insertInto('stock_movements').values(c).execute(), rows.moves);
    });
    variants += rows.variants.length;
    stockRows += rows.stock.length;
  }
  const generateMs = Math.round(performance.now() - started);
  if (cacheSize !== undefined) await sql.raw(`pragma cache_size = ${Number(cacheSize)}`).execute(db);

  let indexed = 0;
  let indexMs = 0;
  if (options.index !== false) {
    const t = performance.now();
    indexed = await rebuildSearchIndex(db, engine, new Date());
    indexMs = Math.round(performance.now() - t);
  }
  return { products: total, variants, sellers: sellerCount, stockRows, generateMs, indexMs, indexed, sampleProductIds: sample };
}
