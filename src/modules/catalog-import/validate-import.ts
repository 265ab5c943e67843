// Step one of an import: check the whole file and store the valid rows, normalised, with the report.
// Nothing is written to the catalog until the seller commits.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { CatalogImportsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { previewCatalogUpsert } from '../products/index.js';
import { parseCatalogFile } from './parse-file.js';
import { insertImport } from './repo.js';
import type { StoredResult } from './views.js';

export const MAX_REPORTED_ERRORS = 1000;

export async function validateCatalogImport(ctx: Ctx & { db: Db }, sellerId: string, file: { bytes: Buffer; fileName: string }): Promise<CatalogImportsTable> {
  const parsed = parseCatalogFile(file.bytes);
  if (!parsed.ok) throw new AppError('invalid', 'invalid_csv', parsed.message, parsed.details);
  // What the catalog as it is now says about the rows: SKUs of other products, archived products,
  // the variant limit. The same plan runs again at commit time.
  const preview = await previewCatalogUpsert(ctx.db, sellerId, parsed.rows);
  const refused = new Set(preview.errors.map((e) => e.row));
  const rows = parsed.rows.filter((r) => !refused.has(r.row));
  const errors = [...parsed.errors, ...preview.errors].sort((a, b) => a.row - b.row);
  const stored: StoredResult = { preview: preview.counts, outcome: null };
  const row: CatalogImportsTable = {
    id: newId('imp'),
    seller_id: sellerId,
    file_name: file.fileName,
    file_sha256: createHash('sha256').update(file.bytes).digest('hex'),
    status: 'validated',
    total_rows: parsed.totalRows,
    valid_rows: rows.length,
    error_count: errors.length,
    errors: JSON.stringify(errors.slice(0, MAX_REPORTED_ERRORS)),
    rows: JSON.stringify(rows),
    result: JSON.stringify(stored),
    created_by: ctx.actor?.userId ?? 'system',
    created_at: ctx.now.toISOString(),
    imported_at: null,
  };
  await insertImport(ctx.db, row);
  return row;
}
