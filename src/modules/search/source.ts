// What a search document is made of: a published product with its variants, first image, store,
// stock and shelf prices, gathered for a batch of products through the owning modules' index.ts.
import type { DbOrTrx } from '../../db/database.js';
import type { ProductsTable, SearchDocumentsTable, SellersTable, ShippingMode } from '../../db/schema.js';
import { availableByVariant } from '../inventory/index.js';
import { findMediaForOwner, imageUrls } from '../media/index.js';
import { loadShelfPricer } from '../pricing/index.js';
import { categoryOf, findPublishedProducts, listImages, listVariants, US_STATES } from '../products/index.js';
import { findSeller } from '../sellers/index.js';
import { STATE_NAMES_ZH } from './state-names.js';
import { indexText, titleKey } from './tokenise.js';

export type IndexedText = { title: string; attrs: string; body: string; meta: string };
export type BuiltDocument = { row: Omit<SearchDocumentsTable, 'doc_id'>; text: IndexedText };


const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

/** Brand, store names, origin state and category in English and Chinese: shared by a store's products, so made once per batch. */
function metaText(p: ProductsTable, seller: SellersTable, memo: Map<string, string>): string {
  const category = categoryOf(p.category);
  const parts = [p.brand, seller.store_name_zh ?? '', seller.store_name_en ?? '', seller.trade_name, p.origin_state, US_STATES[p.origin_state] ?? '', STATE_NAMES_ZH[p.origin_state] ?? '', p.category, category?.en ?? '', category?.zh ?? ''];
  const key = parts.join('\u0001');
  let text = memo.get(key);
  if (text === undefined) memo.set(key, (text = indexText(parts, { pinyin: true }, 600)));
  return text;
}

function textOf(p: ProductsTable, seller: SellersTable, memo: Map<string, string>): IndexedText {
  const attributes = Object.entries(parseJson<Record<string, unknown>>(p.attributes, {})).flatMap(([k, v]) => [k, String(v)]);
  return {
    title: indexText([p.title_zh, p.title_en], { pinyin: true }, 600),
    attrs: indexText(attributes, { pinyin: false }, 600),
    body: indexText([p.description_zh], { pinyin: false }, 3000),
    meta: metaText(p, seller, memo),
  };
}

/**
 * The documents of the products among `ids` that shoppers may see now: published, of an active store.
 * Prices are the shelf prices at `now` (rate in force, markup, rounding); `fxRateId` says which rate.
 */
export async function buildDocuments(db: DbOrTrx, ids: string[], now: Date): Promise<{ docs: Map<string, BuiltDocument>; fxRateId: string | null }> {
  const products = await findPublishedProducts(db, ids);
  const productIds = products.map((p) => p.id);
  const [variants, images, pricer] = await Promise.all([listVariants(db, productIds), listImages(db, productIds), loadShelfPricer(db, now)]);
  const sellerIds = [...new Set(products.map((p) => p.seller_id))];
  const sellers = new Map((await Promise.all(sellerIds.map((id) => findSeller(db, id)))).filter((s) => s !== undefined).map((s) => [s.id, s]));
  const firstImage = new Map<string, string>();
  for (const image of images) if (!firstImage.has(image.product_id)) firstImage.set(image.product_id, image.media_id);
  const media = new Map(
    (
      await Promise.all(
        sellerIds.map((sellerId) =>
          findMediaForOwner(db, { ids: products.filter((p) => p.seller_id === sellerId).flatMap((p) => firstImage.get(p.id) ?? []), ownerKind: 'seller', ownerId: sellerId, purpose: 'product_image' }),
        ),
      )
    )
      .flat()
      .map((m) => [m.id, m]),
  );
  const available = await availableByVariant(db, variants.map((v) => v.id));
  const docs = new Map<string, BuiltDocument>();
  const metaMemo = new Map<string, string>();
  const at = now.toISOString();
  for (const p of products) {
    const seller = sellers.get(p.seller_id);
    if (!seller || seller.status !== 'active') continue;
    const modes = parseJson<ShippingMode[]>(p.shipping_modes, []);
    const own = variants.filter((v) => v.product_id === p.id);
    const prices = own.map((v) => pricer.priceOf({ priceMinor: Number(v.price_minor), priceCnyFen: v.price_cny_fen === null ? null : Number(v.price_cny_fen) })).filter((x) => x !== null);
    const inStock = own.some((v) => modes.some((m) => (available.get(v.id)?.[m] ?? 0) > 0));
    const imageId = firstImage.get(p.id) ?? null;
    const image = imageId ? media.get(imageId) : undefined;
    docs.set(p.id, {
      row: {
        product_id: p.id,
        seller_id: p.seller_id,
        seller_name: seller.store_name_zh ?? seller.trade_name,
        handle: p.handle,
        title_zh: p.title_zh,
        title_en: p.title_en,
        title_key: titleKey(p.title_zh),
        title_en_key: titleKey(p.title_en),
        brand: p.brand,
        category: p.category,
        origin_state: p.origin_state,
        mode_9610: modes.includes('9610') ? 1 : 0,
        mode_1210: modes.includes('1210') ? 1 : 0,
        in_stock: inStock ? 1 : 0,
        price_from_fen: prices.length ? Math.min(...prices) : null,
        // Orders come with checkout; until then nothing has sold.
        sales_count: 0,
        published_at: p.published_at ?? p.updated_at,
        image_media_id: image ? image.id : null,
        image_url: image ? imageUrls(image).medium : null,
        indexed_at: at,
      },
      text: textOf(p, seller, metaMemo),
    });
  }
  return { docs, fxRateId: pricer.fxRateId };
}
