// Creating and editing a seller's products. Every check runs before the single transaction that
// writes the product, its variants, its image order and the audit entries for price changes.
import type { Db } from '../../db/database.js';
import type { ProductsTable, ProductVariantsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { publish } from '../../events.js';
import { recordAudit } from '../audit/index.js';
import { findMediaForOwner } from '../media/index.js';
import { validGtin } from './categories.js';
import type { Reason } from './eligibility.js';
import { evaluateEligibility, type CatalogSettings } from './evaluate.js';
import type { ProductInput } from './product-input.js';
import { slugify } from './product-input.js';
import { deleteVariants, findProductByHandle, findSellerProduct, findVariantsBySku, insertProduct, insertVariants, listVariants, replaceImages, updateProductAtRevision, updateVariant } from './repo.js';

type Field = { field: string; message: string };
const invalid = (fields: Field[]) => new AppError('invalid', 'invalid_product', `${fields[0]!.field}: ${fields[0]!.message}`, { fields });

/** Checks what the schema cannot: SKUs unique in the store, barcodes' check digits, images owned. */
async function checkInput(db: Db, sellerId: string, input: ProductInput, productId: string | null): Promise<void> {
  const fields: Field[] = [];
  const seen = new Map<string, number>();
  input.variants.forEach((v, i) => {
    const key = v.sku.toLowerCase();
    if (seen.has(key)) fields.push({ field: `variants.${i}.sku`, message: `repeats the SKU of variant ${seen.get(key)! + 1}` });
    seen.set(key, i);
    if (v.barcode && !validGtin(v.barcode)) fields.push({ field: `variants.${i}.barcode`, message: 'is not a valid GTIN/EAN/UPC (check digit)' });
  });
  const taken = await findVariantsBySku(db, sellerId, input.variants.map((v) => v.sku));
  for (const other of taken) {
    if (other.product_id !== productId) {
      const i = input.variants.findIndex((v) => v.sku === other.sku);
      fields.push({ field: `variants.${i}.sku`, message: `${other.sku} is already used by another of your products` });
    }
  }
  if (input.imageIds.length > 0) {
    const owned = await findMediaForOwner(db, { ids: input.imageIds, ownerKind: 'seller', ownerId: sellerId, purpose: 'product_image' });
    const ownedIds = new Set(owned.map((m) => m.id));
    input.imageIds.forEach((id, i) => {
      if (!ownedIds.has(id)) fields.push({ field: `imageIds.${i}`, message: 'is not one of your uploaded product images' });
    });
  }
  if (fields.length > 0) throw invalid(fields);
}

const productColumns = (input: ProductInput) => ({
  title_en: input.titleEn.trim(),
  description_en: input.descriptionEn,
  title_zh: input.titleZh.trim(),
  description_zh: input.descriptionZh,
  category: input.category,
  brand: input.brand.trim(),
  origin_state: input.originState,
  hs_code: input.hsCode,
  shipping_modes: JSON.stringify(input.shippingModes),
  attributes: JSON.stringify(input.attributes),
  label: JSON.stringify(input.label ?? {}),
});

const variantColumns = (v: ProductInput['variants'][number], position: number) => ({
  sku: v.sku,
  options: JSON.stringify(v.options),
  barcode: v.barcode ?? null,
  weight_grams: v.weightGrams,
  price_minor: v.priceMinor,
  currency: 'USD' as const,
  price_cny_fen: v.priceCnyFen ?? null,
  statutory_unit: v.statutoryUnit,
  statutory_qty: v.statutoryQty,
  position,
});

async function freeHandle(db: Db, sellerId: string, wanted: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const handle = n === 1 ? wanted : `${wanted.slice(0, 70)}-${n}`;
    if (!(await findProductByHandle(db, sellerId, handle))) return handle;
  }
  throw conflict('handle_taken', 'Choose another handle');
}

export async function createProduct(ctx: Ctx & { db: Db }, sellerId: string, input: ProductInput): Promise<ProductsTable> {
  await checkInput(ctx.db, sellerId, input, null);
  if (input.handle && (await findProductByHandle(ctx.db, sellerId, input.handle))) {
    throw invalid([{ field: 'handle', message: `${input.handle} is already used by another of your products` }]);
  }
  const now = ctx.now.toISOString();
  const product: ProductsTable = {
    id: newId('prd'),
    seller_id: sellerId,
    handle: input.handle ?? (await freeHandle(ctx.db, sellerId, slugify(input.titleEn))),
    status: 'draft',
    ...productColumns(input),
    status_reason: null,
    published_at: null,
    revision: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertProduct(trx, product);
    await insertVariants(trx, input.variants.map((v, i) => ({ id: newId('var'), product_id: product.id, seller_id: sellerId, ...variantColumns(v, i), created_at: now, updated_at: now })));
    await replaceImages(trx, product.id, input.imageIds.map((mediaId, position) => ({ product_id: product.id, media_id: mediaId, position, alt_zh: null })));
    await recordAudit({ ...ctx, db: trx }, { action: 'product.created', subjectType: 'product', subjectId: product.id, data: { skus: input.variants.map((v) => v.sku) } });
    await publish(trx, 'product.changed', { productIds: [product.id] }, ctx.now);
  });
  return product;
}

/**
 * Replaces a product's content with `input` if `revision` is still current (else 409 stale_revision,
 * so two editors never silently overwrite each other). Variants are matched by id, then by SKU.
 * A published product must stay eligible after the edit.
 */
export async function updateProduct(
  ctx: Ctx & { db: Db },
  sellerId: string,
  productId: string,
  input: ProductInput,
  revision: number,
  settings: CatalogSettings,
): Promise<ProductsTable> {
  const product = await findSellerProduct(ctx.db, sellerId, productId);
  if (!product) throw notFound('Product');
  if (product.status === 'archived') throw conflict('product_archived', 'Restore the product before editing it');
  await checkInput(ctx.db, sellerId, input, productId);
  if (input.handle && input.handle !== product.handle) {
    const other = await findProductByHandle(ctx.db, sellerId, input.handle);
    if (other) throw invalid([{ field: 'handle', message: `${input.handle} is already used by another of your products` }]);
  }
  if (product.status === 'published') {
    // A listed product must stay sellable: an edit that breaks eligibility is refused, not published.
    const verdict = await evaluateEligibility(ctx.db, sellerId, { ...input, label: input.label ?? {} }, { variants: input.variants.length, images: input.imageIds.length }, ctx.now, settings);
    if (!verdict.eligible) throw notEligible(verdict.reasons);
  }
  const existing = await listVariants(ctx.db, [productId]);
  const byId = new Map(existing.map((v) => [v.id, v]));
  const bySku = new Map(existing.map((v) => [v.sku, v]));
  const now = ctx.now.toISOString();
  const kept = new Set<string>();
  const inserts: ProductVariantsTable[] = [];
  const updates: Array<{ id: string; before: ProductVariantsTable; columns: ReturnType<typeof variantColumns> }> = [];
  input.variants.forEach((v, i) => {
    const match = (v.id ? byId.get(v.id) : undefined) ?? bySku.get(v.sku);
    if (v.id && !byId.has(v.id)) throw invalid([{ field: `variants.${i}.id`, message: 'is not a variant of this product' }]);
    if (match) {
      kept.add(match.id);
      updates.push({ id: match.id, before: match, columns: variantColumns(v, i) });
    } else inserts.push({ id: newId('var'), product_id: productId, seller_id: sellerId, ...variantColumns(v, i), created_at: now, updated_at: now });
  });
  const removed = existing.filter((v) => !kept.has(v.id));

  const changes = { ...productColumns(input), ...(input.handle ? { handle: input.handle } : {}), updated_at: now };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateProductAtRevision(trx, productId, revision, changes))) {
      throw conflict('stale_revision', 'Someone saved this product after you opened it; reload to see their changes', { currentRevision: product.revision });
    }
    // Removed variants first, so their SKUs are free for the inserted ones.
    await deleteVariants(trx, removed.map((v) => v.id));
    for (const u of updates) await updateVariant(trx, u.id, { ...u.columns, updated_at: now });
    await insertVariants(trx, inserts);
    await replaceImages(trx, productId, input.imageIds.map((mediaId, position) => ({ product_id: productId, media_id: mediaId, position, alt_zh: null })));
    const audit = { ...ctx, db: trx };
    for (const u of updates) {
      if (u.before.price_minor !== u.columns.price_minor) {
        await recordAudit(audit, { action: 'product.price_changed', subjectType: 'product', subjectId: productId, data: { sku: u.columns.sku, fromMinor: u.before.price_minor, toMinor: u.columns.price_minor, currency: 'USD' } });
      }
    }
    await recordAudit(audit, {
      action: 'product.updated',
      subjectType: 'product',
      subjectId: productId,
      data: { revision: revision + 1, added: inserts.map((v) => v.sku), removed: removed.map((v) => v.sku) },
    });
    await publish(trx, 'product.changed', { productIds: [productId] }, ctx.now);
  });
  return { ...product, ...changes, handle: input.handle ?? product.handle, revision: revision + 1 };
}

/** 409 with every reason; the HTTP layer words them in the seller's language. */
export const notEligible = (reasons: Reason[]) =>
  new AppError('conflict', 'not_eligible', 'The product cannot be published on the cross-border channel yet', { reasons });
