// Product pages from memory while nothing they show has changed. Building a page prices one unit per
// variant and mode (one load of the pricing tables, a few milliseconds); checking a cached page costs
// four small reads by key, run together: the product's stamp (its revision moves with every edit of it, its variants and
// images), the store's stamp (updated_at moves with the profile), the stock of its variants, and the
// pricing version (pricing-version.ts in the pricing module: it changes in the same transaction as
// every write to FX rates, VAT, consumption tax, tariffs, freight, zones or pricing settings), so a
// price change shows on the next request. A page is also rebuilt when a rate or tariff it used comes
// into force or ends by the clock (validUntil from the pricing tables), and at least every
// PRICING_TTL_MS: a backstop for what has no change signal here (a positive-list version, a row
// written to the pricing tables by hand, bypassing the module). Checkout always prices afresh.
import type { Db } from '../../db/database.js';
import type { ProductsTable, SellersTable } from '../../db/schema.js';
import { availableByVariant } from '../inventory/index.js';
import { readPricingVersion } from '../pricing/index.js';
import { findProductStamp } from '../products/index.js';
import { findSellerStamp } from '../sellers/index.js';
import { etagOf } from './cache.js';
import { buildProductPage, loadPageRows, type PageRows } from './product-page.js';

export const PRICING_TTL_MS = 300_000;
const MAX_PAGES = 5_000;

type Entry = { key: string; pricingVersion: string; sellerId: string; variantIds: string[]; body: string; etag: string; expiresAt: number };

export type CachedPage = { body: string; etag: string };

type ProductStamp = Pick<ProductsTable, 'revision' | 'updated_at' | 'status'>;
type SellerStamp = Pick<SellersTable, 'updated_at' | 'status'>;
const fingerprint = (p: ProductStamp, s: SellerStamp, available: PageRows['available']) =>
  JSON.stringify([p.revision, p.updated_at, p.status, s.updated_at, s.status, [...available.entries()].sort(([a], [b]) => (a < b ? -1 : 1))]);

export class ProductPageCache {
  private readonly pages = new Map<string, Entry>();
  private readonly db: Db;
  private readonly ttlMs: number;
  private readonly max: number;

  constructor(db: Db, options: { ttlMs?: number; max?: number } = {}) {
    this.db = db;
    this.ttlMs = options.ttlMs ?? PRICING_TTL_MS;
    this.max = options.max ?? MAX_PAGES;
  }

  /** The page's JSON and weak ETag; throws not_found like the page itself. */
  async get(productId: string, now: Date): Promise<CachedPage> {
    const hit = this.pages.get(productId);
    if (hit && now.getTime() < hit.expiresAt) {
      // The four checks at once, each a narrow read by key.
      const [pricingVersion, product, seller, available] = await Promise.all([
        readPricingVersion(this.db),
        findProductStamp(this.db, productId),
        findSellerStamp(this.db, hit.sellerId),
        availableByVariant(this.db, hit.variantIds),
      ]);
      if (product?.seller_id === hit.sellerId && seller && hit.pricingVersion === pricingVersion && hit.key === fingerprint(product, seller, available)) {
        // Most recently used last: the first key is the one to evict.
        this.pages.delete(productId);
        this.pages.set(productId, hit);
        return hit;
      }
    }
    let rows: PageRows;
    let pricingVersion: string;
    try {
      // The version is read before any pricing table: a page is never tagged newer than its prices.
      [pricingVersion, rows] = await Promise.all([readPricingVersion(this.db), loadPageRows(this.db, productId)]);
    } catch (err) {
      this.pages.delete(productId);
      throw err;
    }
    const { page, validUntil } = await buildProductPage(this.db, rows, now);
    const body = JSON.stringify(page);
    const expiresAt = Math.min(now.getTime() + this.ttlMs, validUntil ?? Infinity);
    const entry: Entry = { key: fingerprint(rows.product, rows.seller, rows.available), pricingVersion, sellerId: rows.seller.id, variantIds: page.variants.map((v) => v.variantId), body, etag: etagOf(body), expiresAt };
    this.pages.delete(productId);
    this.pages.set(productId, entry);
    if (this.pages.size > this.max) this.pages.delete(this.pages.keys().next().value!);
    return entry;
  }
}
