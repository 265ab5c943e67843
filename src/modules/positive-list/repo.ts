import type { DbOrTrx } from '../../db/database.js';
import type { PositiveListLinesTable, PositiveListVersionsTable } from '../../db/schema.js';

export async function insertVersion(db: DbOrTrx, version: PositiveListVersionsTable): Promise<void> {
  await db.insertInto('positive_list_versions').values(version).execute();
}

/** Inserts lines in chunks: PostgreSQL allows 65,535 parameters per statement, SQLite 32,766. */
export async function insertLines(db: DbOrTrx, lines: PositiveListLinesTable[]): Promise<void> {
  for (let i = 0; i < lines.length; i += 500) await db.insertInto('positive_list_lines').values(lines.slice(i, i + 500)).execute();
}

export const listVersions = (db: DbOrTrx) => db.selectFrom('positive_list_versions').selectAll().orderBy('effective_from', 'desc').orderBy('id', 'desc').execute();

export const findVersion = (db: DbOrTrx, id: string) => db.selectFrom('positive_list_versions').selectAll().where('id', '=', id).executeTakeFirst();

export const findVersionBySha = (db: DbOrTrx, sha256: string, effectiveFrom: string) =>
  db.selectFrom('positive_list_versions').selectAll().where('source_sha256', '=', sha256).where('effective_from', '=', effectiveFrom).executeTakeFirst();

/** The version in force on a date: the latest effective on or before it (the latest import wins a tie). */
export const findVersionInForce = (db: DbOrTrx, date: string) =>
  db
    .selectFrom('positive_list_versions')
    .selectAll()
    .where('effective_from', '<=', date)
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export const findLine = (db: DbOrTrx, versionId: string, hsCode: string) =>
  db.selectFrom('positive_list_lines').selectAll().where('version_id', '=', versionId).where('hs_code', '=', hsCode).executeTakeFirst();

export const findLines = (db: DbOrTrx, versionId: string, hsCodes: string[]) =>
  hsCodes.length === 0 ? Promise.resolve([]) : db.selectFrom('positive_list_lines').selectAll().where('version_id', '=', versionId).where('hs_code', 'in', hsCodes).execute();

export async function listLines(db: DbOrTrx, versionId: string, filter: { q?: string | undefined }, limit: number, after?: string) {
  let q = db.selectFrom('positive_list_lines').selectAll().where('version_id', '=', versionId);
  if (filter.q) {
    const term = filter.q.replace(/[\\%_]/g, '');
    q = /^\d+$/.test(term) ? q.where('hs_code', 'like', `${term}%`) : q.where('description', 'like', `%${term}%`);
  }
  if (after) q = q.where('hs_code', '>', after);
  return q.orderBy('hs_code').limit(limit).execute();
}
