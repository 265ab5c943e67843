// A published product as the product page shows it: Chinese title and description, gallery, the
// Chinese electronic label, attributes, the store's story, and per variant and shipping mode the
// stock state and the landed price of one unit to the default province (from the pricing module).
import { Type, type Static } from 'typebox';
import type { Db } from '../../db/database.js';
import type { ProductsTable, ProductVariantsTable, SellersTable, ShippingMode } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { availableByVariant } from '../inventory/index.js';
import { findPublishedProduct, listVariants } from '../products/index.js';
import { findSeller } from '../sellers/index.js';
import { imagesOf, ModeSchema, modesOf } from './cards.js';
import { DEFAULT_PROVINCE, priceUnits } from './prices.js';
import { logoUrlOf, StoreSummary, summaryOf } from './stores.js';

/** At or below this many units the page says "only N left". */
export const LOW_STOCK = 5;

const Price = Type.Object({
  shelfFen: Type.Integer(),
  taxFen: Type.Integer(),
  freightFen: Type.Integer(),
  insuranceFen: Type.Integer(),
  totalFen: Type.Integer(),
  taxPath: Type.String(),
  payable: Type.Boolean(),
});
const Offer = Type.Object({
  mode: ModeSchema,
  stock: Type.Union([Type.Literal('in_stock'), Type.Literal('low_stock'), Type.Literal('out_of_stock')]),
  available: Type.Integer(),
  price: Type.Union([Price, Type.Null()]),
  delivery: Type.Union([Type.Object({ minDays: Type.Integer(), maxDays: Type.Integer() }), Type.Null()]),
  unpriced: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});
export const ProductPageSchema = Type.Object({
  productId: Type.String(),
  handle: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  descriptionZh: Type.String(),
  category: Type.String(),
  brand: Type.String(),
  originState: Type.String(),
  attributes: Type.Record(Type.String(), Type.String()),
  label: Type.Record(Type.String(), Type.String()),
  images: Type.Array(Type.Object({ url: Type.String(), thumbUrl: Type.String(), alt: Type.Union([Type.String(), Type.Null()]) })),
  modes: Type.Array(ModeSchema),
  province: Type.String(),
  seller: StoreSummary,
  variants: Type.Array(Type.Object({ variantId: Type.String(), sku: Type.String(), options: Type.Record(Type.String(), Type.String()), offers: Type.Array(Offer) })),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ProductPage = Static<typeof ProductPageSchema>;

const stockOf = (n: number) => (n <= 0 ? 'out_of_stock' : n <= LOW_STOCK ? 'low_stock' : 'in_stock');
const parseRecord = (json: string) => {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  } catch {
    return {};
  }
};

export type PageRows = { product: ProductsTable; seller: SellersTable; variants: ProductVariantsTable[]; available: Map<string, Record<ShippingMode, number>> };

/** The rows a product page is drawn from (and its cache checked against); 404 unless published by an active store. */
export async function loadPageRows(db: Db, productId: string): Promise<PageRows> {
  const product = await findPublishedProduct(db, productId);
  const seller = product ? await findSeller(db, product.seller_id) : undefined;
  if (!product || !seller || seller.status !== 'active') throw notFound('Product');
  const variants = await listVariants(db, [product.id]);
  const available = await availableByVariant(db, variants.map((v) => v.id));
  return { product, seller, variants, available };
}

export type BuiltPage = { page: ProductPage; validUntil: number | null };

/** The page and when its prices can next change by the clock alone (see priceUnits). */
export async function buildProductPage(db: Db, rows: PageRows, at: Date): Promise<BuiltPage> {
  const { product, seller, available } = rows;
  const variants = rows.variants;
  const modes = modesOf(product);
  const [images, logoUrl, units] = await Promise.all([imagesOf(db, [product]), logoUrlOf(db, seller), priceUnits(db, product, variants, modes, at)]);
  const offers = variants.map((v, i) =>
    modes.map((mode: ShippingMode, m) => {
      const n = available.get(v.id)?.[mode] ?? 0;
      const price = units.prices[i]?.[m] ?? { ok: false, code: 'unpriced', message: 'not priced' };
      return {
        mode,
        stock: stockOf(n),
        available: n,
        price: price.ok ? { shelfFen: price.shelfFen, taxFen: price.taxFen, freightFen: price.freightFen, insuranceFen: price.insuranceFen, totalFen: price.totalFen, taxPath: price.taxPath, payable: price.payable } : null,
        delivery: price.ok ? price.delivery : null,
        unpriced: price.ok ? null : { code: price.code, message: price.message },
      } as const;
    }),
  );
  const page: ProductPage = {
    productId: product.id,
    handle: product.handle,
    titleZh: product.title_zh,
    titleEn: product.title_en,
    descriptionZh: product.description_zh,
    category: product.category,
    brand: product.brand,
    originState: product.origin_state,
    attributes: parseRecord(product.attributes),
    label: parseRecord(product.label),
    images: images.get(product.id) ?? [],
    modes,
    province: DEFAULT_PROVINCE,
    seller: summaryOf(seller, logoUrl),
    variants: variants.map((v, i) => ({ variantId: v.id, sku: v.sku, options: parseRecord(v.options), offers: offers[i] ?? [] })),
    publishedAt: product.published_at,
  };
  return { page, validUntil: units.validUntil };
}
