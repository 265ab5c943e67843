// The storefront home: featured products (the newest of each store, so one seller cannot fill the
// shelf), new arrivals, every category with its product count, and "from American farms" — the
// stores that tell their story, grouped by US state.
import { Type, type Static } from 'typebox';
import type { Db } from '../../db/database.js';
import { CATEGORIES, countPublishedBySellerCategory, listPublishedProducts } from '../products/index.js';
import { ProductCard, storeNameZh, toCards } from './cards.js';
import { activeSellers, logoUrlOf } from './stores.js';

const FEATURED = 8;
const NEW_ARRIVALS = 8;
const STORY_SELLERS = 24;

const StorySeller = Type.Object({
  sellerId: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  storyZh: Type.String(),
  city: Type.String(),
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  productCount: Type.Integer(),
});

export const HomeSchema = Type.Object({
  featured: Type.Array(ProductCard),
  newArrivals: Type.Array(ProductCard),
  categories: Type.Array(Type.Object({ code: Type.String(), nameZh: Type.String(), count: Type.Integer() })),
  stories: Type.Array(Type.Object({ state: Type.String(), sellers: Type.Array(StorySeller) })),
});
export type Home = Static<typeof HomeSchema>;

export async function loadHome(db: Db, at: Date): Promise<Home> {
  const sellers = await activeSellers(db);
  const [recent, counts] = await Promise.all([listPublishedProducts(db, {}, 200), countPublishedBySellerCategory(db)]);
  const shown = recent.filter((p) => sellers.has(p.seller_id));
  const newest = shown.slice(0, NEW_ARRIVALS);
  const seen = new Set<string>();
  const featured = shown.filter((p) => !seen.has(p.seller_id) && seen.add(p.seller_id)).slice(0, FEATURED);

  const perCategory = new Map<string, number>();
  const perSeller = new Map<string, number>();
  for (const c of counts) {
    if (!sellers.has(c.sellerId)) continue;
    perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + c.count);
    perSeller.set(c.sellerId, (perSeller.get(c.sellerId) ?? 0) + c.count);
  }

  const storytellers = [...sellers.values()].filter((s) => s.story_zh && (perSeller.get(s.id) ?? 0) > 0).slice(0, STORY_SELLERS);
  const byState = new Map<string, Home['stories'][number]['sellers']>();
  for (const s of storytellers) {
    const list = byState.get(s.state) ?? [];
    list.push({ sellerId: s.id, nameZh: storeNameZh(s), nameEn: s.store_name_en || s.trade_name, storyZh: s.story_zh ?? '', city: s.city, logoUrl: await logoUrlOf(db, s), productCount: perSeller.get(s.id) ?? 0 });
    byState.set(s.state, list);
  }

  const [featuredCards, newCards] = await Promise.all([toCards(db, featured, sellers, at), toCards(db, newest, sellers, at)]);
  return {
    featured: featuredCards,
    newArrivals: newCards,
    categories: CATEGORIES.map((c) => ({ code: c.code, nameZh: c.zh, count: perCategory.get(c.code) ?? 0 })),
    stories: [...byState.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b)).map(([state, list]) => ({ state, sellers: list })),
  };
}
