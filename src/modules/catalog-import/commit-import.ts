// Step two: the seller's go-ahead. Every stored row lands in one transaction or none does; the
// conditional move out of 'validated' comes first, so of two concurrent commits one wins and the
// other waits, then finds the import closed.
import type { Db, DbOrTrx } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { upsertCatalogRows, type CatalogRow, type CatalogSettings } from '../products/index.js';
import { closeImport, findImport, findImportRows, setImportResult } from './repo.js';
import type { StoredResult } from './views.js';

type Found = NonNullable<Awaited<ReturnType<typeof findImport>>>;

const closed = (status: Found['status']) =>
  status === 'imported'
    ? conflict('import_already_committed', 'This file was already imported')
    : conflict('import_discarded', 'This import was discarded: upload the file again');

async function findOwn(db: DbOrTrx, sellerId: string, importId: string): Promise<Found> {
  const found = await findImport(db, sellerId, importId);
  if (!found) throw notFound('Import');
  return found;
}

export async function commitCatalogImport(ctx: Ctx & { db: Db }, sellerId: string, importId: string, settings: CatalogSettings): Promise<Found> {
  const found = await findOwn(ctx.db, sellerId, importId);
  if (found.status !== 'validated') throw closed(found.status);
  if (found.valid_rows === 0) throw conflict('nothing_to_import', 'No row of this file is valid: fix the errors and upload it again');
  const rows = JSON.parse((await findImportRows(ctx.db, importId)).rows) as CatalogRow[];
  const now = ctx.now.toISOString();
  const stored = JSON.parse(found.result ?? 'null') as StoredResult;
  const result = await ctx.db.transaction().execute(async (trx) => {
    if (!(await closeImport(trx, importId, { status: 'imported', imported_at: now }))) {
      throw closed((await findOwn(trx, sellerId, importId)).status);
    }
    const outcome = await upsertCatalogRows({ ...ctx, db: trx }, sellerId, rows, settings);
    const result = JSON.stringify({ ...stored, outcome } satisfies StoredResult);
    await setImportResult(trx, importId, result);
    await recordAudit({ ...ctx, db: trx }, {
      action: 'catalog.imported',
      subjectType: 'catalog_import',
      subjectId: importId,
      data: { fileName: found.file_name, rows: rows.length, ...outcome },
    });
    return result;
  });
  return { ...found, status: 'imported', imported_at: now, result };
}

/** Drops a checked file the seller does not want; its stored rows are cleared. Discarding twice is harmless. */
export async function discardCatalogImport(ctx: Ctx & { db: Db }, sellerId: string, importId: string): Promise<Found> {
  const found = await findOwn(ctx.db, sellerId, importId);
  if (found.status === 'discarded') return found;
  if (await closeImport(ctx.db, importId, { status: 'discarded', rows: '[]' })) return { ...found, status: 'discarded' };
  const now = await findOwn(ctx.db, sellerId, importId);
  if (now.status === 'discarded') return now;
  throw closed(now.status);
}
