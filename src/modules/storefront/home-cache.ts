// The home answer from memory. Building it counts published products per store and category over
// the whole catalog (tens of milliseconds at 100,000 products), so it is built at most once per
// HOME_TTL_MS (15 s) and shared by every request meanwhile; concurrent misses share one build.
// Price changes show at once: each request reads the pricing version (one primary-key read) and a
// different version rebuilds. Catalog changes (a new product, an edit, a stock movement, a store's
// story) reach the home page within HOME_TTL_MS; product pages and search show them at once.
import type { Db } from '../../db/database.js';
import { readPricingVersion } from '../pricing/index.js';
import { etagOf } from './cache.js';
import { loadHome } from './home.js';

export const HOME_TTL_MS = 15_000;

type Entry = { body: string; etag: string; pricingVersion: string; expiresAt: number };

export class HomeCache {
  private entry: Entry | undefined;
  private building: { pricingVersion: string; promise: Promise<Entry> } | undefined;
  private readonly db: Db;
  private readonly ttlMs: number;

  constructor(db: Db, options: { ttlMs?: number } = {}) {
    this.db = db;
    this.ttlMs = options.ttlMs ?? HOME_TTL_MS;
  }

  /** The home JSON and its weak ETag. */
  async get(now: Date): Promise<{ body: string; etag: string }> {
    const pricingVersion = await readPricingVersion(this.db);
    const hit = this.entry;
    if (hit && hit.pricingVersion === pricingVersion && now.getTime() < hit.expiresAt) return hit;
    if (this.building?.pricingVersion === pricingVersion) return this.building.promise;
    const promise = this.build(pricingVersion, now);
    const building = { pricingVersion, promise };
    this.building = building;
    try {
      const entry = await promise;
      if (this.building === building) this.entry = entry;
      return entry;
    } finally {
      if (this.building === building) this.building = undefined;
    }
  }

  private async build(pricingVersion: string, now: Date): Promise<Entry> {
    const body = JSON.stringify(await loadHome(this.db, now));
    return { body, etag: etagOf(body), pricingVersion, expiresAt: now.getTime() + this.ttlMs };
  }
}
