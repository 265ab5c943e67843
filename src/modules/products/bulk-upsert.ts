// The bulk write path for catalog imports. Rows (one per variant, grouped into products by handle)
// are matched to the seller's products by handle and to variants by SKU, planned in memory against
// state read in chunks, then written with multi-row statements in the caller's transaction.
// An import never changes a product's status, handle, images or attributes and never removes a
// variant; a column absent from the file leaves the stored value alone.
import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/database.js';
import type { ProductsTable, ProductVariantsTable, ShippingMode } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { publish } from '../../events.js';
import { recordAudits } from '../audit/index.js';
import type { CategoryCode, LabelField } from './categories.js';
import { evaluateEligibility, type CatalogSettings } from './evaluate.js';
import { insertVariants, listImages } from './repo.js';

// The import's parser checks barcodes with the same rule as the product API.
export { validGtin } from './categories.js';

/** One file row, normalised; optional fields are absent when their column is absent from the file. */
export type CatalogRow = {
  row: number;
  handle: string;
  sku: string;
  product: {
    titleEn: string;
    titleZh?: string;
    descriptionEn?: string;
    descriptionZh?: string;
    category: CategoryCode;
    brand: string;
    originState: string;
    hsCode: string;
    shippingModes: ShippingMode[];
    /** Only the label columns present in the file; '' clears a field. */
    label?: Partial<Record<LabelField, string>>;
  };
  variant: { options?: Record<string, string>; barcode?: string | null; weightGrams: number; priceMinor: number; statutoryUnit: 'ml' | 'g' | 'piece'; statutoryQty: number };
};
export type RowError = { row: number; column: string; message: string };
export type UpsertCounts = { products: { toCreate: number; toUpdate: number }; variants: { toCreate: number; toUpdate: number } };
export type UpsertResult = { productsCreated: number; productsUpdated: number; variantsCreated: number; variantsUpdated: number; publishedNowIneligible: string[] };

const CHUNK = 500;
const MAX_VARIANTS = 50;

async function inChunks<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

type State = {
  products: Map<string, ProductsTable>;
  variants: Map<string, ProductVariantsTable & { product_handle: string }>;
  counts: Map<string, { n: number; last: number }>;
};

/** Everything the plan needs, in a handful of chunked queries whatever the file's size. */
async function readState(db: DbOrTrx, sellerId: string, rows: CatalogRow[]): Promise<State> {
  const skus = [...new Set(rows.map((r) => r.sku))];
  const handles = [...new Set(rows.map((r) => r.handle))];
  const variants = await inChunks(skus, (c) =>
    db.selectFrom('product_variants as v').innerJoin('products as p', 'p.id', 'v.product_id').selectAll('v').select('p.handle as product_handle').where('v.seller_id', '=', sellerId).where('v.sku', 'in', c).execute(),
  );
  const products = await inChunks(handles, (c) => db.selectFrom('products').selectAll().where('seller_id', '=', sellerId).where('handle', 'in', c).execute());
  const counts = await inChunks(
    products.map((p) => p.id),
    (c) =>
      db
        .selectFrom('product_variants')
        .select(['product_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('position').as('last')])
        .where('product_id', 'in', c)
        .groupBy('product_id')
        .execute(),
  );
  return {
    products: new Map(products.map((p) => [p.handle, p])),
    variants: new Map(variants.map((v) => [v.sku, v])),
    counts: new Map(counts.map((c) => [c.product_id, { n: Number(c.n), last: Number(c.last) }])),
  };
}

type ProductContent = Pick<ProductsTable, 'title_en' | 'description_en' | 'title_zh' | 'description_zh' | 'category' | 'brand' | 'origin_state' | 'hs_code' | 'shipping_modes' | 'label'>;
type VariantContent = Pick<ProductVariantsTable, 'options' | 'barcode' | 'weight_grams' | 'price_minor' | 'statutory_unit' | 'statutory_qty'>;

function productContent(p: CatalogRow['product'], before: ProductsTable | undefined): ProductContent {
  const label = before ? (JSON.parse(before.label) as Record<string, string>) : {};
  for (const [field, value] of Object.entries(p.label ?? {})) {
    if (value) label[field] = value;
    else delete label[field];
  }
  return {
    title_en: p.titleEn,
    description_en: p.descriptionEn ?? before?.description_en ?? '',
    title_zh: p.titleZh ?? before?.title_zh ?? '',
    description_zh: p.descriptionZh ?? before?.description_zh ?? '',
    category: p.category,
    brand: p.brand,
    origin_state: p.originState,
    hs_code: p.hsCode,
    shipping_modes: JSON.stringify(p.shippingModes),
    label: JSON.stringify(label),
  };
}

const variantContent = (v: CatalogRow['variant'], before: ProductVariantsTable | undefined): VariantContent => ({
  options: v.options ? JSON.stringify(v.options) : (before?.options ?? '{}'),
  barcode: v.barcode !== undefined ? v.barcode : (before?.barcode ?? null),
  weight_grams: v.weightGrams,
  price_minor: v.priceMinor,
  statutory_unit: v.statutoryUnit,
  statutory_qty: v.statutoryQty,
});

/** JSON objects compare by content, not key order (a label edited in the editor may be ordered differently). */
const JSON_OBJECTS = new Set(['label', 'options']);
const canonical = (key: string, value: unknown) => (JSON_OBJECTS.has(key) ? JSON.stringify(Object.entries(JSON.parse(String(value)) as object).sort()) : value);
const differs = <T extends object>(after: T, before: T) => (Object.keys(after) as Array<keyof T & string>).some((k) => canonical(k, after[k]) !== canonical(k, before[k]));

type Plan = {
  errors: RowError[];
  newProducts: ProductsTable[];
  productUpdates: Array<{ before: ProductsTable; after: ProductContent }>;
  newVariants: ProductVariantsTable[];
  variantUpdates: Array<{ before: ProductVariantsTable; after: VariantContent }>;
  variantTotals: Map<string, number>;
};

function planUpsert(sellerId: string, rows: CatalogRow[], state: State, now: string): Plan {
  const plan: Plan = { errors: [], newProducts: [], productUpdates: [], newVariants: [], variantUpdates: [], variantTotals: new Map() };
  const groups = new Map<string, CatalogRow[]>();
  for (const r of rows) {
    const group = groups.get(r.handle);
    if (group) group.push(r);
    else groups.set(r.handle, [r]);
  }
  for (const [handle, group] of groups) {
    const target = state.products.get(handle);
    if (target?.status === 'archived') {
      for (const r of group) plan.errors.push({ row: r.row, column: 'handle', message: `your product "${handle}" is archived: restore it before importing into it` });
      continue;
    }
    const count = target ? state.counts.get(target.id) : undefined;
    let total = count?.n ?? 0;
    const accepted = group.filter((r) => {
      const existing = state.variants.get(r.sku);
      if (existing && existing.product_handle !== handle) {
        plan.errors.push({ row: r.row, column: 'sku', message: `${r.sku} is already used by your product "${existing.product_handle}" (a SKU belongs to one product)` });
        return false;
      }
      if (!existing && total >= MAX_VARIANTS) {
        plan.errors.push({ row: r.row, column: 'sku', message: `product "${handle}" would have more than ${MAX_VARIANTS} variants` });
        return false;
      }
      if (!existing) total++;
      return true;
    });
    const first = accepted[0];
    if (!first) continue;
    const after = productContent(first.product, target);
    const productId = target?.id ?? newId('prd');
    plan.variantTotals.set(productId, total);
    let position = count ? count.last + 1 : 0;
    let variantsChanged = false;
    for (const r of accepted) {
      const before = state.variants.get(r.sku);
      const content = variantContent(r.variant, before);
      if (!before) plan.newVariants.push({ id: newId('var'), product_id: productId, seller_id: sellerId, sku: r.sku, currency: 'USD', price_cny_fen: null, ...content, position: position++, created_at: now, updated_at: now });
      else if (differs(content, before)) plan.variantUpdates.push({ before, after: content });
      else continue;
      variantsChanged = true;
    }
    if (!target) {
      plan.newProducts.push({ id: productId, seller_id: sellerId, handle, status: 'draft', ...after, attributes: '{}', status_reason: null, published_at: null, revision: 1, created_at: now, updated_at: now });
    } else if (variantsChanged || differs(after, target)) {
      // A change to the variants bumps the product's revision too: an editor still showing the old
      // prices must reload rather than save them back.
      plan.productUpdates.push({ before: target, after });
    }
  }
  return plan;
}

const countsOf = (plan: Plan): UpsertCounts => ({
  products: { toCreate: plan.newProducts.length, toUpdate: plan.productUpdates.length },
  variants: { toCreate: plan.newVariants.length, toUpdate: plan.variantUpdates.length },
});

/** What committing the rows would do now, and the rows it would refuse (read-only). */
export async function previewCatalogUpsert(db: DbOrTrx, sellerId: string, rows: CatalogRow[]): Promise<{ errors: RowError[]; counts: UpsertCounts }> {
  const plan = planUpsert(sellerId, rows, await readState(db, sellerId, rows), new Date().toISOString());
  return { errors: plan.errors, counts: countsOf(plan) };
}

const INTEGER_COLUMNS = new Set(['weight_grams', 'price_minor', 'statutory_qty', 'revision']);

/**
 * One UPDATE … FROM (VALUES …) per chunk: column1 is the id, then `columns` in order (both engines
 * name a VALUES list's columns column1, column2…). Products are guarded by the revision read, so an
 * editor's save in between fails the import instead of being overwritten.
 */
async function updateFromValues(trx: Trx, table: 'products' | 'product_variants', columns: string[], rows: unknown[][]): Promise<void> {
  const guarded = table === 'products';
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const value = (c: string, n: number) => (INTEGER_COLUMNS.has(c) ? sql`cast(${sql.raw(`v.column${n}`)} as integer)` : sql.raw(`v.column${n}`));
    const set = sql.join(columns.map((c, n) => sql`${sql.ref(c)} = ${value(c, n + 2)}`));
    const revision = guarded ? sql`, revision = revision + 1` : sql``;
    const where = guarded ? sql` and ${sql.ref(`${table}.revision`)} = ${value('revision', columns.length + 2)}` : sql``;
    const values = sql.join(chunk.map((r) => sql`(${sql.join(r)})`));
    const result = await sql`update ${sql.table(table)} set ${set}${revision} from (values ${values}) as v where ${sql.ref(`${table}.id`)} = v.column1${where}`.execute(trx);
    if (Number(result.numAffectedRows ?? 0) !== chunk.length) {
      throw conflict('import_conflict', 'A product in the file was changed while it was being imported; nothing was imported: commit again');
    }
  }
}

const isUniqueViolation = (err: unknown) => {
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};

async function writePlan(trx: Trx, plan: Plan, now: string): Promise<void> {
  try {
    for (let i = 0; i < plan.newProducts.length; i += CHUNK) await trx.insertInto('products').values(plan.newProducts.slice(i, i + CHUNK)).execute();
    await insertVariants(trx, plan.newVariants);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const detail = (err as { detail?: unknown }).detail;
    throw conflict('import_conflict', 'A SKU or handle in the file was taken by another change while importing; nothing was imported: commit again', typeof detail === 'string' ? { detail } : undefined);
  }
  const productColumns = ['title_en', 'description_en', 'title_zh', 'description_zh', 'category', 'brand', 'origin_state', 'hs_code', 'shipping_modes', 'label', 'updated_at'] as const;
  await updateFromValues(trx, 'products', [...productColumns], plan.productUpdates.map((u) => [u.before.id, ...productColumns.map((c) => (c === 'updated_at' ? now : u.after[c])), u.before.revision]));
  const variantColumns = ['options', 'barcode', 'weight_grams', 'price_minor', 'statutory_unit', 'statutory_qty', 'updated_at'] as const;
  await updateFromValues(trx, 'product_variants', [...variantColumns], plan.variantUpdates.map((u) => [u.before.id, ...variantColumns.map((c) => (c === 'updated_at' ? now : u.after[c]))]));
}

/** Published products whose content changed, re-checked against the rules now in force. */
async function ineligiblePublished(ctx: Ctx & { db: Trx }, sellerId: string, plan: Plan, settings: CatalogSettings): Promise<string[]> {
  const published = plan.productUpdates.filter((u) => u.before.status === 'published');
  const images = await inChunks(published.map((u) => u.before.id), (c) => listImages(ctx.db, c));
  const out: string[] = [];
  for (const { before, after } of published) {
    const product = { titleZh: after.title_zh, descriptionZh: after.description_zh, category: after.category, hsCode: after.hs_code, shippingModes: JSON.parse(after.shipping_modes) as ShippingMode[], label: JSON.parse(after.label) as Record<string, string> };
    const counts = { variants: plan.variantTotals.get(before.id) ?? 0, images: images.filter((i) => i.product_id === before.id).length };
    if (!(await evaluateEligibility(ctx.db, sellerId, product, counts, ctx.now, settings)).eligible) out.push(before.id);
  }
  return out;
}

/**
 * Writes the rows inside the caller's transaction (ctx.db). The plan is made again from the state
 * read here: if the catalog changed since the rows were checked so that a row no longer fits, the
 * whole import is refused (409 import_conflict, every row named) and the caller's transaction rolls back.
 */
export async function upsertCatalogRows(ctx: Ctx & { db: Trx }, sellerId: string, rows: CatalogRow[], settings: CatalogSettings): Promise<UpsertResult> {
  const now = ctx.now.toISOString();
  const plan = planUpsert(sellerId, rows, await readState(ctx.db, sellerId, rows), now);
  const first = plan.errors[0];
  if (first) {
    throw conflict('import_conflict', `Your catalog changed since the file was checked: row ${first.row}, ${first.column}: ${first.message}. Nothing was imported; upload the file again`, { errors: plan.errors.slice(0, 1000) });
  }
  await writePlan(ctx.db, plan, now);
  const changed = new Set([...plan.newProducts.map((p) => p.id), ...plan.productUpdates.map((u) => u.before.id), ...plan.newVariants.map((v) => v.product_id), ...plan.variantUpdates.map((u) => u.before.product_id)]);
  if (changed.size) await publish(ctx.db, 'product.changed', { productIds: [...changed] }, ctx.now);
  await recordAudits(
    ctx,
    plan.variantUpdates
      .filter(({ before, after }) => before.price_minor !== after.price_minor)
      .map(({ before, after }) => ({ action: 'product.price_changed', subjectType: 'product', subjectId: before.product_id, data: { sku: before.sku, fromMinor: before.price_minor, toMinor: after.price_minor, currency: 'USD' } })),
  );
  const counts = countsOf(plan);
  return {
    productsCreated: counts.products.toCreate,
    productsUpdated: counts.products.toUpdate,
    variantsCreated: counts.variants.toCreate,
    variantsUpdated: counts.variants.toUpdate,
    publishedNowIneligible: await ineligiblePublished(ctx, sellerId, plan, settings),
  };
}
