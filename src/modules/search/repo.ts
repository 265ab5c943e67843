// SQL on the search module's own tables: search_documents with its full-text index (search_fts on
// SQLite, the tsv column on PostgreSQL) and search_meta (the index version).
import { sql } from 'kysely';
import type { DbOrTrx, Engine } from '../../db/database.js';
import type { SearchDocumentsTable } from '../../db/schema.js';
import type { IndexedText } from './source.js';

const META_KEY = 'index';

export async function findDocIds(db: DbOrTrx, productIds: string[]): Promise<Map<string, number>> {
  if (productIds.length === 0) return new Map();
  const rows = await db.selectFrom('search_documents').select(['doc_id', 'product_id']).where('product_id', 'in', productIds).execute();
  return new Map(rows.map((r) => [r.product_id, Number(r.doc_id)]));
}

/** One page of the index's (doc_id, product_id), in doc_id order. */
export const listDocs = (db: DbOrTrx, afterDocId: number, limit: number) =>
  db.selectFrom('search_documents').select(['doc_id', 'product_id']).where('doc_id', '>', afterDocId).orderBy('doc_id').limit(limit).execute();

export async function deleteDoc(db: DbOrTrx, engine: Engine, docId: number): Promise<void> {
  if (engine === 'sqlite') await sql`delete from search_fts where rowid = ${docId}`.execute(db);
  await db.deleteFrom('search_documents').where('doc_id', '=', docId).execute();
}

/** Inserts or replaces a product's document and its terms; returns its doc_id. */
export async function writeDoc(db: DbOrTrx, engine: Engine, existing: number | undefined, row: Omit<SearchDocumentsTable, 'doc_id'>, text: IndexedText): Promise<number> {
  let docId = existing;
  if (docId === undefined) {
    const inserted = await db.insertInto('search_documents').values(row).returning('doc_id').executeTakeFirstOrThrow();
    docId = Number(inserted.doc_id);
  } else {
    await db.updateTable('search_documents').set(row).where('doc_id', '=', docId).execute();
  }
  if (engine === 'sqlite') {
    if (existing !== undefined) await sql`delete from search_fts where rowid = ${docId}`.execute(db);
    await sql`insert into search_fts (rowid, title, attrs, body, meta) values (${docId}, ${text.title}, ${text.attrs}, ${text.body}, ${text.meta})`.execute(db);
  } else {
    await sql`update search_documents set tsv =
      setweight(to_tsvector('simple', ${text.title}), 'A') || setweight(to_tsvector('simple', ${text.attrs}), 'B') ||
      setweight(to_tsvector('simple', ${text.meta}), 'B') || setweight(to_tsvector('simple', ${text.body}), 'C')
      where doc_id = ${docId}`.execute(db);
  }
  return docId;
}

/** Moves the index version on (the search answers' ETag), remembering the FX rate prices used. */
export async function bumpVersion(db: DbOrTrx, fxRateId: string | null, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('search_meta')
    .values({ key: META_KEY, version: 1, fx_rate_id: fxRateId, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ version: eb('search_meta.version', '+', 1), fx_rate_id: fxRateId, updated_at: at })))
    .execute();
}

export async function findMeta(db: DbOrTrx): Promise<{ version: number; fxRateId: string | null } | null> {
  const row = await db.selectFrom('search_meta').select(['version', 'fx_rate_id']).where('key', '=', META_KEY).executeTakeFirst();
  return row ? { version: Number(row.version), fxRateId: row.fx_rate_id } : null;
}
