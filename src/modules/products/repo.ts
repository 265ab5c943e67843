import type { DbOrTrx } from '../../db/database.js';
import type { ProductImagesTable, ProductStatus, ProductsTable, ProductVariantsTable } from '../../db/schema.js';

/** A seller's product; undefined when it does not exist or belongs to another seller (callers answer 404). */
export const findSellerProduct = (db: DbOrTrx, sellerId: string, productId: string) =>
  db.selectFrom('products').selectAll().where('id', '=', productId).where('seller_id', '=', sellerId).executeTakeFirst();

export const findProduct = (db: DbOrTrx, productId: string) => db.selectFrom('products').selectAll().where('id', '=', productId).executeTakeFirst();

/** The handles a seller's products use (idempotent seeding and imports skip what exists). */
export async function listHandles(db: DbOrTrx, sellerId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('products').select('handle').where('seller_id', '=', sellerId).execute();
  return new Set(rows.map((r) => r.handle));
}

export const findProductByHandle = (db: DbOrTrx, sellerId: string, handle: string) =>
  db.selectFrom('products').selectAll().where('seller_id', '=', sellerId).where('handle', '=', handle).executeTakeFirst();

export const listVariants = (db: DbOrTrx, productIds: string[]) =>
  productIds.length === 0 ? Promise.resolve([] as ProductVariantsTable[]) : db.selectFrom('product_variants').selectAll().where('product_id', 'in', productIds).orderBy('position').execute();

export const listImages = (db: DbOrTrx, productIds: string[]) =>
  productIds.length === 0 ? Promise.resolve([] as ProductImagesTable[]) : db.selectFrom('product_images').selectAll().where('product_id', 'in', productIds).orderBy('position').execute();

/** A seller's variant; undefined when it does not exist or belongs to another seller (callers answer 404). */
export const findSellerVariant = (db: DbOrTrx, sellerId: string, variantId: string) =>
  db.selectFrom('product_variants').selectAll().where('id', '=', variantId).where('seller_id', '=', sellerId).executeTakeFirst();

export const findVariantsBySku = (db: DbOrTrx, sellerId: string, skus: string[]) =>
  skus.length === 0 ? Promise.resolve([] as ProductVariantsTable[]) : db.selectFrom('product_variants').selectAll().where('seller_id', '=', sellerId).where('sku', 'in', skus).execute();

export async function insertProduct(db: DbOrTrx, product: ProductsTable): Promise<void> {
  await db.insertInto('products').values(product).execute();
}

/** Updates only if the revision is the one the caller read: the row count says whether it won. */
export async function updateProductAtRevision(db: DbOrTrx, id: string, revision: number, changes: Partial<ProductsTable>): Promise<boolean> {
  const result = await db.updateTable('products').set({ ...changes, revision: revision + 1 }).where('id', '=', id).where('revision', '=', revision).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertVariants(db: DbOrTrx, variants: ProductVariantsTable[]): Promise<void> {
  for (let i = 0; i < variants.length; i += 200) await db.insertInto('product_variants').values(variants.slice(i, i + 200)).execute();
}

export async function updateVariant(db: DbOrTrx, id: string, changes: Partial<ProductVariantsTable>): Promise<void> {
  await db.updateTable('product_variants').set(changes).where('id', '=', id).execute();
}

export async function deleteVariants(db: DbOrTrx, ids: string[]): Promise<void> {
  if (ids.length) await db.deleteFrom('product_variants').where('id', 'in', ids).execute();
}

export async function replaceImages(db: DbOrTrx, productId: string, images: ProductImagesTable[]): Promise<void> {
  await db.deleteFrom('product_images').where('product_id', '=', productId).execute();
  if (images.length) await db.insertInto('product_images').values(images).execute();
}

export type ProductFilter = { sellerId?: string | undefined; status?: ProductStatus | undefined; q?: string | undefined; category?: string | undefined };

export async function listProducts(db: DbOrTrx, filter: ProductFilter, limit: number, cursor?: string) {
  let q = db.selectFrom('products').selectAll();
  if (filter.sellerId) q = q.where('seller_id', '=', filter.sellerId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.category) q = q.where('category', '=', filter.category);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['title_en']), 'like', like), eb('title_zh', 'like', like), eb(eb.fn('lower', ['brand']), 'like', like), eb('hs_code', 'like', like), eb('handle', 'like', like)]),
    );
  }
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export async function countProductsByStatus(db: DbOrTrx, sellerId: string) {
  const rows = await db.selectFrom('products').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('seller_id', '=', sellerId).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<Record<ProductStatus, number>>;
}

/** Published variants with their products, for pricing: what a shopper can actually buy. */
export async function findPublishedVariants(db: DbOrTrx, variantIds: string[]) {
  if (variantIds.length === 0) return [];
  return db
    .selectFrom('product_variants')
    .innerJoin('products', 'products.id', 'product_variants.product_id')
    .select([
      'product_variants.id as variant_id',
      'product_variants.sku',
      'product_variants.price_minor',
      'product_variants.price_cny_fen',
      'product_variants.weight_grams',
      'product_variants.statutory_unit',
      'product_variants.statutory_qty',
      'products.id as product_id',
      'products.seller_id',
      'products.hs_code',
      'products.category',
      'products.shipping_modes',
      'products.title_zh',
      'products.title_en',
    ])
    .where('product_variants.id', 'in', variantIds)
    .where('products.status', '=', 'published')
    .execute();
}
