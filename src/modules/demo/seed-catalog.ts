// Seeds a demo seller's products through the products module's own operations, so every product
// passes the same checks a seller's would: draw and store its picture, create it as a draft, then
// move it to the state the demo wants (published, archived, suspended, or left as a draft).
// Idempotent per product: a handle the store already has is never created again.
import type { Db } from '../../db/database.js';
import type { SellersTable, ShippingMode } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { storeImage, type MediaOptions } from '../media/index.js';
import { locationOf, seedStock } from '../inventory/index.js';
import { changeProductStatus, createProduct, listHandles, listVariants, type CatalogSettings, type ProductInput } from '../products/index.js';
import { cascadeCatalog } from './catalog-cascade.js';
import { fernHollowCatalog } from './catalog-fern-hollow.js';
import { goldenValleyCatalog } from './catalog-golden-valley.js';
import { littleMeadowCatalog } from './catalog-little-meadow.js';
import { traverseBayCatalog } from './catalog-traverse-bay.js';
import { wausauCatalog } from './catalog-wausau.js';
import { woodwardCatalog } from './catalog-woodward.js';
import type { DemoCatalog, DemoProduct } from './demo-catalog.js';
import { mapLimit } from './map-limit.js';
import { renderProductPng } from './product-art.js';

export const DEMO_CATALOGS: readonly DemoCatalog[] = [traverseBayCatalog, wausauCatalog, woodwardCatalog, goldenValleyCatalog, cascadeCatalog, fernHollowCatalog, littleMeadowCatalog];

/** The demo publishes as if the food-facility switch were on (its default): every food seller has a number. */
const SETTINGS: CatalogSettings = { foodFacilityRequired: true };

/** Pictures are drawn this many at a time: sharp renders off the main thread, on a 2-core machine. */
const IMAGE_CONCURRENCY = 2;

export type CatalogOutcome = { products: number; images: number; notes: string[] };


/** The product as a seller would send it to the API (the seed bypasses HTTP, not the rules). */
export function toProductInput(seller: SellersTable, catalog: DemoCatalog, p: DemoProduct, imageId: string): ProductInput {
  const storeModes = seller.shipping_modes ? (JSON.parse(seller.shipping_modes) as ShippingMode[]) : ['9610' as const];
  return {
    handle: p.handle,
    titleEn: p.titleEn,
    descriptionEn: p.descriptionEn,
    titleZh: p.titleZh,
    descriptionZh: p.descriptionZh,
    category: p.category,
    brand: catalog.brand,
    originState: seller.state,
    hsCode: p.hsCode,
    shippingModes: p.shippingModes ?? storeModes,
    attributes: p.attributes,
    ...(p.label ? { label: p.label } : {}),
    variants: p.variants,
    imageIds: [imageId],
  };
}

/** Moves a new draft to the state the demo wants; a refusal to publish leaves it a draft, with a note. */
async function settle(ctx: Ctx & { db: Db }, sellerId: string, productId: string, p: DemoProduct, notes: string[]): Promise<void> {
  const state = p.state ?? 'published';
  if (state === 'draft') return;
  try {
    await changeProductStatus(ctx, { productId, sellerId, action: 'publish' }, SETTINGS);
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'not_eligible')) throw err;
    const codes = ((err.details?.['reasons'] ?? []) as Array<{ code: string; severity: string }>).filter((r) => r.severity === 'error').map((r) => r.code);
    notes.push(`${p.handle} left as a draft: not eligible (${codes.join(', ')})`);
  }
  if (state === 'archived') await changeProductStatus(ctx, { productId, sellerId, action: 'archive' }, SETTINGS);
  if (state === 'suspended') await changeProductStatus(ctx, { productId, sellerId: null, action: 'suspend', reason: p.suspendReason }, SETTINGS);
}

/** Opening stock at each location the product ships from: 24–239 units, fixed per handle and variant. */
async function openingStock(ctx: Ctx & { db: Db }, sellerId: string, productId: string, modes: readonly ShippingMode[], handle: string): Promise<void> {
  const variants = await listVariants(ctx.db, [productId]);
  const units = (key: string) => 24 + ([...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 216);
  const rows = variants.flatMap((v) => modes.map((mode) => ({ variantId: v.id, productId, sellerId, location: locationOf(mode), delta: units(`${handle}/${v.sku}/${mode}`) })));
  await ctx.db.transaction().execute((trx) => seedStock(trx, rows, ctx.now));
}

/** Creates the catalog's products the store does not have yet; pictures are owned by the seller. */
export async function seedCatalog(ctx: Ctx & { db: Db }, seller: SellersTable, ownerUserId: string, catalog: DemoCatalog, media: MediaOptions): Promise<CatalogOutcome> {
  const have = await listHandles(ctx.db, seller.id);
  const todo = catalog.products.filter((p) => !have.has(p.handle));
  const outcome: CatalogOutcome = { products: 0, images: 0, notes: [] };
  if (todo.length === 0) return outcome;

  const images = await mapLimit(todo, IMAGE_CONCURRENCY, async (p) => {
    const bytes = await renderProductPng(p.art);
    return storeImage(ctx, { bytes, declaredType: 'image/png', ownerKind: 'seller', ownerId: seller.id, purpose: 'product_image', createdBy: ownerUserId, originalName: `${p.handle}.png` }, media);
  });
  outcome.images = images.length;

  for (const [i, p] of todo.entries()) {
    let productId: string;
    try {
      productId = (await createProduct(ctx, seller.id, toProductInput(seller, catalog, p, images[i]!.id))).id;
    } catch (err) {
      // E.g. the seller has since used one of the demo SKUs: skip this product, keep seeding.
      if (!(err instanceof AppError && err.kind === 'invalid')) throw err;
      outcome.notes.push(`${p.handle} not created: ${err.message}`);
      continue;
    }
    outcome.products++;
    await settle(ctx, seller.id, productId, p, outcome.notes);
    await openingStock(ctx, seller.id, productId, toProductInput(seller, catalog, p, images[i]!.id).shippingModes, p.handle);
  }
  return outcome;
}
