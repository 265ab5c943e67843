// SQL on catalog_imports only. `result` holds JSON { preview, outcome }: the counts the check
// foresaw, then (once committed) what the import did. The big columns (`rows`, `errors`) are read
// only by the queries that need them.
import type { DbOrTrx } from '../../db/database.js';
import type { CatalogImportsTable } from '../../db/schema.js';

const SUMMARY = ['id', 'seller_id', 'file_name', 'status', 'total_rows', 'valid_rows', 'error_count', 'result', 'created_at', 'imported_at'] as const;
export type ImportSummaryRow = Pick<CatalogImportsTable, (typeof SUMMARY)[number]>;

export async function insertImport(db: DbOrTrx, row: CatalogImportsTable): Promise<void> {
  await db.insertInto('catalog_imports').values(row).execute();
}

/** A seller's import without its rows; undefined for another seller's (callers answer 404). */
export const findImport = (db: DbOrTrx, sellerId: string, id: string) =>
  db.selectFrom('catalog_imports').select([...SUMMARY, 'errors']).where('id', '=', id).where('seller_id', '=', sellerId).executeTakeFirst();

export const findImportRows = (db: DbOrTrx, id: string) => db.selectFrom('catalog_imports').select('rows').where('id', '=', id).executeTakeFirstOrThrow();

export const listImports = (db: DbOrTrx, sellerId: string, limit: number, cursor?: string) => {
  let q = db.selectFrom('catalog_imports').select(SUMMARY).where('seller_id', '=', sellerId);
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
};

/** The only way out of 'validated': the row count says whether this caller won. */
export async function closeImport(db: DbOrTrx, id: string, changes: Partial<Pick<CatalogImportsTable, 'status' | 'imported_at' | 'rows'>>): Promise<boolean> {
  const result = await db.updateTable('catalog_imports').set(changes).where('id', '=', id).where('status', '=', 'validated').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setImportResult(db: DbOrTrx, id: string, result: string): Promise<void> {
  await db.updateTable('catalog_imports').set({ result }).where('id', '=', id).execute();
}
