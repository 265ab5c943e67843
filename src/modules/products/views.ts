// Products as the API shows them: one query per table for a whole page, never one per product.
import { Type } from 'typebox';
import type { DbOrTrx } from '../../db/database.js';
import type { ProductsTable } from '../../db/schema.js';
import { findMediaForOwner, imageUrls } from '../media/index.js';
import { ShippingModeSchema, StatutoryUnit } from './product-input.js';
import { listImages, listVariants } from './repo.js';

const Urls = Type.Object({ thumb: Type.String(), medium: Type.String(), large: Type.String(), original: Type.String() });

export const ProductView = Type.Object(
  {
    id: Type.String(),
    sellerId: Type.String(),
    handle: Type.String(),
    status: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('suspended'), Type.Literal('archived')]),
    statusReason: Type.Union([Type.String(), Type.Null()]),
    titleEn: Type.String(),
    descriptionEn: Type.String(),
    titleZh: Type.String(),
    descriptionZh: Type.String(),
    category: Type.String(),
    brand: Type.String(),
    originState: Type.String(),
    hsCode: Type.String(),
    shippingModes: Type.Array(ShippingModeSchema),
    attributes: Type.Record(Type.String(), Type.String()),
    label: Type.Record(Type.String(), Type.String()),
    variants: Type.Array(
      Type.Object({
        id: Type.String(),
        sku: Type.String(),
        options: Type.Record(Type.String(), Type.String()),
        barcode: Type.Union([Type.String(), Type.Null()]),
        weightGrams: Type.Integer(),
        price: Type.Object({ amountMinor: Type.Integer(), currency: Type.Literal('USD') }),
        fixedCnyPrice: Type.Union([Type.Object({ amountMinor: Type.Integer(), currency: Type.Literal('CNY') }), Type.Null()]),
        statutoryUnit: StatutoryUnit,
        statutoryQty: Type.Integer(),
      }),
    ),
    images: Type.Array(Type.Object({ mediaId: Type.String(), position: Type.Integer(), urls: Urls })),
    revision: Type.Integer(),
    publishedAt: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'Product' },
);

export async function viewProducts(db: DbOrTrx, products: ProductsTable[]) {
  const ids = products.map((p) => p.id);
  const [variants, images] = await Promise.all([listVariants(db, ids), listImages(db, ids)]);
  const media = new Map<string, Parameters<typeof imageUrls>[0]>();
  for (const sellerId of new Set(products.map((p) => p.seller_id))) {
    const mine = images.filter((i) => products.find((p) => p.id === i.product_id)?.seller_id === sellerId).map((i) => i.media_id);
    if (mine.length) for (const m of await findMediaForOwner(db, { ids: mine, ownerKind: 'seller', ownerId: sellerId, purpose: 'product_image' })) media.set(m.id, m);
  }
  return products.map((p) => ({
    id: p.id,
    sellerId: p.seller_id,
    handle: p.handle,
    status: p.status,
    statusReason: p.status_reason,
    titleEn: p.title_en,
    descriptionEn: p.description_en,
    titleZh: p.title_zh,
    descriptionZh: p.description_zh,
    category: p.category,
    brand: p.brand,
    originState: p.origin_state,
    hsCode: p.hs_code,
    shippingModes: JSON.parse(p.shipping_modes) as Array<'9610' | '1210'>,
    attributes: JSON.parse(p.attributes) as Record<string, string>,
    label: JSON.parse(p.label) as Record<string, string>,
    variants: variants
      .filter((v) => v.product_id === p.id)
      .map((v) => ({
        id: v.id,
        sku: v.sku,
        options: JSON.parse(v.options) as Record<string, string>,
        barcode: v.barcode,
        weightGrams: v.weight_grams,
        price: { amountMinor: v.price_minor, currency: 'USD' as const },
        fixedCnyPrice: v.price_cny_fen === null ? null : { amountMinor: v.price_cny_fen, currency: 'CNY' as const },
        statutoryUnit: v.statutory_unit,
        statutoryQty: v.statutory_qty,
      })),
    images: images
      .filter((i) => i.product_id === p.id && media.has(i.media_id))
      .map((i) => ({ mediaId: i.media_id, position: i.position, urls: imageUrls(media.get(i.media_id)!) })),
    revision: p.revision,
    publishedAt: p.published_at,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  }));
}

export async function viewProduct(db: DbOrTrx, product: ProductsTable) {
  return (await viewProducts(db, [product]))[0]!;
}
