// Keeping the index in step with the catalog: reindexProducts for the products an event names
// (published ones get a fresh document, the others lose theirs), rebuildSearchIndex for everything.
import type { Db, Engine } from '../../db/database.js';
import { bumpVersion, deleteDoc, findDocIds, findMeta, listDocs, writeDoc } from './repo.js';
import { listPublishedIds } from '../products/index.js';
import { buildDocuments } from './source.js';

const BATCH = 200;

async function reindexBatch(db: Db, engine: Engine, ids: string[], now: Date): Promise<number> {
  const { docs, fxRateId } = await buildDocuments(db, ids, now);
  await db.transaction().execute(async (trx) => {
    const existing = await findDocIds(trx, ids);
    for (const id of ids) {
      const doc = docs.get(id);
      const docId = existing.get(id);
      if (doc) await writeDoc(trx, engine, docId, doc.row, doc.text);
      else if (docId !== undefined) await deleteDoc(trx, engine, docId);
    }
    await bumpVersion(trx, fxRateId, now);
  });
  return docs.size;
}

/** Re-reads these products and rewrites or removes their documents; returns how many are indexed. */
export async function reindexProducts(db: Db, engine: Engine, productIds: string[], now: Date): Promise<number> {
  const ids = [...new Set(productIds)];
  let indexed = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    try {
      indexed += await reindexBatch(db, engine, batch, now);
    } catch {
      // A rebuild and an event handler racing on a new product: the loser reads again and updates.
      indexed += await reindexBatch(db, engine, batch, now);
    }
  }
  return indexed;
}

/**
 * Indexes every published product afresh (prices at `now`) and drops documents of products no longer
 * published; returns the number of documents. Run at start-up on an empty index, and whenever prices
 * should follow a new FX rate or pricing settings.
 */
export async function rebuildSearchIndex(db: Db, engine: Engine, now: Date): Promise<number> {
  const published = new Set<string>();
  let indexed = 0;
  for (let after: string | null = null; ; ) {
    const ids = await listPublishedIds(db, after, 1000);
    if (ids.length === 0) break;
    for (const id of ids) published.add(id);
    indexed += await reindexProducts(db, engine, ids, now);
    after = ids[ids.length - 1]!;
  }
  for (let after = 0; ; ) {
    const docs = await listDocs(db, after, 1000);
    if (docs.length === 0) break;
    const stale = docs.filter((d) => !published.has(d.product_id)).map((d) => d.product_id);
    if (stale.length) await reindexProducts(db, engine, stale, now);
    after = Number(docs[docs.length - 1]!.doc_id);
  }
  // An empty catalog still leaves the mark that the index was built.
  if (!(await findMeta(db))) await bumpVersion(db, null, now);
  return indexed;
}

/** Builds the index once, when it has never been built (a new database, or one from before search). */
export async function ensureSearchIndex(db: Db, engine: Engine, now: Date): Promise<number | null> {
  if (await findMeta(db)) return null;
  return rebuildSearchIndex(db, engine, now);
}
