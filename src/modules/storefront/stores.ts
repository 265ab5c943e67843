// Stores as shoppers see them: only active ones, with their Chinese name, story and logo; and the
// seller storefront page (the store and its products, in the same card shape as every list).
import { Type, type Static } from 'typebox';
import type { Db } from '../../db/database.js';
import type { SellersTable } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { findMediaForOwner, imageUrls } from '../media/index.js';
import { listPublishedProducts } from '../products/index.js';
import { findSeller, listSellers } from '../sellers/index.js';
import { ModeSchema, ProductCard, storeNameZh, toCards } from './cards.js';

const SELLER_PAGE_PRODUCTS = 60;

export const StoreSummary = Type.Object({
  sellerId: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  storyZh: Type.Union([Type.String(), Type.Null()]),
  storyEn: Type.Union([Type.String(), Type.Null()]),
  state: Type.String(),
  city: Type.String(),
  logoUrl: Type.Union([Type.String(), Type.Null()]),
});

export const SellerPageSchema = Type.Object({
  seller: Type.Intersect([StoreSummary, Type.Object({ shippingModes: Type.Array(ModeSchema), website: Type.Union([Type.String(), Type.Null()]) })]),
  products: Type.Array(ProductCard),
});
export type SellerPage = Static<typeof SellerPageSchema>;

/** The active stores by id: products of suspended stores are never shown. */
export async function activeSellers(db: Db): Promise<Map<string, SellersTable>> {
  return new Map((await listSellers(db, { status: 'active' }, 1000)).map((s) => [s.id, s]));
}

export async function logoUrlOf(db: Db, s: SellersTable): Promise<string | null> {
  if (!s.logo_media_id) return null;
  const [logo] = await findMediaForOwner(db, { ids: [s.logo_media_id], ownerKind: 'seller', ownerId: s.id, purpose: 'store_logo' });
  return logo ? imageUrls(logo).thumb : null;
}

export const summaryOf = (s: SellersTable, logoUrl: string | null) => ({
  sellerId: s.id,
  nameZh: storeNameZh(s),
  nameEn: s.store_name_en || s.trade_name,
  storyZh: s.story_zh || null,
  storyEn: s.story_en || null,
  state: s.state,
  city: s.city,
  logoUrl,
});

export async function loadSellerPage(db: Db, sellerId: string, at: Date): Promise<SellerPage> {
  const seller = await findSeller(db, sellerId);
  if (!seller || seller.status !== 'active') throw notFound('Store');
  const [logoUrl, products] = await Promise.all([logoUrlOf(db, seller), listPublishedProducts(db, { sellerId }, SELLER_PAGE_PRODUCTS)]);
  const modes = seller.shipping_modes ? (JSON.parse(seller.shipping_modes) as Array<'9610' | '1210'>) : [];
  return {
    seller: { ...summaryOf(seller, logoUrl), shippingModes: modes, website: seller.website },
    products: await toCards(db, products, new Map([[seller.id, seller]]), at),
  };
}
