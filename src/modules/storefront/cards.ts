// The product card every storefront list shows (the same shape as a search hit, so the web app draws
// home, seller and search lists with one component). One query per table for a whole list.
import { Type, type Static } from 'typebox';
import type { Db } from '../../db/database.js';
import type { ProductsTable, ProductVariantsTable, SellersTable, ShippingMode } from '../../db/schema.js';
import { availableByVariant } from '../inventory/index.js';
import { findMediaForOwner, imageUrls } from '../media/index.js';
import { listImages, listVariants } from '../products/index.js';
import { loadShelfPricer } from '../pricing/index.js';

const ModeSchema = Type.Union([Type.Literal('9610'), Type.Literal('1210')]);
export { ModeSchema };

export const ProductCard = Type.Object({
  productId: Type.String(),
  handle: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  brand: Type.String(),
  sellerId: Type.String(),
  sellerName: Type.String(),
  originState: Type.String(),
  category: Type.String(),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  priceFromFen: Type.Union([Type.Integer(), Type.Null()]),
  modes: Type.Array(ModeSchema),
  inStock: Type.Boolean(),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ProductCard = Static<typeof ProductCard>;

/** The name a shopper in China sees: the Chinese store name when the seller gave one. */
export const storeNameZh = (s: SellersTable) => s.store_name_zh || s.store_name_en || s.trade_name;
export const modesOf = (p: ProductsTable) => JSON.parse(p.shipping_modes) as ShippingMode[];

export type ProductImage = { url: string; thumbUrl: string; alt: string | null };

/** Each product's images in order (only the seller's own live product images are shown). */
export async function imagesOf(db: Db, products: ProductsTable[]): Promise<Map<string, ProductImage[]>> {
  const rows = await listImages(db, products.map((p) => p.id));
  const media = new Map<string, Parameters<typeof imageUrls>[0]>();
  for (const p of products) {
    const ids = rows.filter((r) => r.product_id === p.id).map((r) => r.media_id);
    if (ids.length === 0) continue;
    for (const m of await findMediaForOwner(db, { ids, ownerKind: 'seller', ownerId: p.seller_id, purpose: 'product_image' })) media.set(m.id, m);
  }
  const result = new Map<string, ProductImage[]>();
  for (const r of rows) {
    const m = media.get(r.media_id);
    if (!m) continue;
    const urls = imageUrls(m);
    const list = result.get(r.product_id) ?? [];
    list.push({ url: urls.large, thumbUrl: urls.medium, alt: r.alt_zh });
    result.set(r.product_id, list);
  }
  return result;
}

export function hasStock(available: Map<string, Record<ShippingMode, number>>, variants: ProductVariantsTable[], modes: ShippingMode[]): boolean {
  return variants.some((v) => modes.some((m) => (available.get(v.id)?.[m] ?? 0) > 0));
}

export async function toCards(db: Db, products: ProductsTable[], sellers: Map<string, SellersTable>, at: Date): Promise<ProductCard[]> {
  if (products.length === 0) return [];
  const ids = products.map((p) => p.id);
  const [variants, images] = await Promise.all([listVariants(db, ids), imagesOf(db, products)]);
  const available = await availableByVariant(db, variants.map((v) => v.id));
  const byProduct = new Map<string, ProductVariantsTable[]>();
  for (const v of variants) {
    const list = byProduct.get(v.product_id) ?? [];
    list.push(v);
    byProduct.set(v.product_id, list);
  }
  const pricer = await loadShelfPricer(db, at);
  const prices = products.map((p) => {
    const shelf = (byProduct.get(p.id) ?? []).map((v) => pricer.priceOf({ priceMinor: Number(v.price_minor), priceCnyFen: v.price_cny_fen === null ? null : Number(v.price_cny_fen) })).filter((x) => x !== null);
    return shelf.length ? Math.min(...shelf) : null;
  });
  return products.map((p, i) => {
    const seller = sellers.get(p.seller_id);
    const modes = modesOf(p);
    return {
      productId: p.id,
      handle: p.handle,
      titleZh: p.title_zh,
      titleEn: p.title_en,
      brand: p.brand,
      sellerId: p.seller_id,
      sellerName: seller ? storeNameZh(seller) : '',
      originState: p.origin_state,
      category: p.category,
      imageUrl: images.get(p.id)?.[0]?.thumbUrl ?? null,
      priceFromFen: prices[i] ?? null,
      modes,
      inStock: hasStock(available, byProduct.get(p.id) ?? [], modes),
      publishedAt: p.published_at,
    };
  });
}
