// What shoppers may see: published products only, read for the storefront's pages (home, product
// detail, seller page). Newest first by id (ids are creation-ordered ULIDs, and the (status, id)
// index serves the order without a sort).
import type { DbOrTrx } from '../../db/database.js';
import type { ProductsTable } from '../../db/schema.js';

export const findPublishedProduct = (db: DbOrTrx, productId: string) =>
  db.selectFrom('products').selectAll().where('id', '=', productId).where('status', '=', 'published').executeTakeFirst();

/** What moves when anything a product page shows of the product changes (its revision follows every
 * edit of it, its variants and images): the few columns a cached page is checked against. */
export const findProductStamp = (db: DbOrTrx, productId: string) =>
  db.selectFrom('products').select(['id', 'seller_id', 'status', 'revision', 'updated_at']).where('id', '=', productId).executeTakeFirst();

export type PublishedFilter = { sellerId?: string | undefined; category?: string | undefined };

export async function listPublishedProducts(db: DbOrTrx, filter: PublishedFilter, limit: number) {
  let q = db.selectFrom('products').selectAll().where('status', '=', 'published');
  if (filter.sellerId) q = q.where('seller_id', '=', filter.sellerId);
  if (filter.category) q = q.where('category', '=', filter.category);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

/** Published products per (seller, category): callers drop the stores they do not show and add up. */
export async function countPublishedBySellerCategory(db: DbOrTrx): Promise<Array<{ sellerId: string; category: string; count: number }>> {
  const rows = await db
    .selectFrom('products')
    .select(['seller_id', 'category', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'published')
    .groupBy(['seller_id', 'category'])
    .execute();
  return rows.map((r) => ({ sellerId: r.seller_id, category: r.category, count: Number(r.n) }));
}

/** Published products among `ids` (archived, draft and suspended ones are simply absent). */
export const findPublishedProducts = (db: DbOrTrx, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([] as ProductsTable[]) : db.selectFrom('products').selectAll().where('id', 'in', ids).where('status', '=', 'published').execute();

/** One page of published product ids in id order, after `after` (a full pass over the catalog). */
export async function listPublishedIds(db: DbOrTrx, after: string | null, limit: number): Promise<string[]> {
  let q = db.selectFrom('products').select('id').where('status', '=', 'published');
  if (after) q = q.where('id', '>', after);
  return (await q.orderBy('id').limit(limit).execute()).map((r) => r.id);
}
