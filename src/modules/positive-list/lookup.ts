import type { DbOrTrx } from '../../db/database.js';
import type { PositiveListLinesTable, PositiveListVersionsTable } from '../../db/schema.js';
import { findLine, findVersionInForce } from './repo.js';

export type ListLookup =
  | { status: 'no_list' }
  | { status: 'not_listed'; version: PositiveListVersionsTable; tariffLine: string }
  | { status: 'listed'; version: PositiveListVersionsTable; line: PositiveListLinesTable };

/** China time (UTC+8) decides which day a list is in force. */
export const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** The line of the list in force at `at` for an 8- or 10-digit HS code (matched on its first 8 digits). */
export async function lookupTariffLine(db: DbOrTrx, hsCode: string, at: Date): Promise<ListLookup> {
  const version = await findVersionInForce(db, chinaDate(at));
  if (!version) return { status: 'no_list' };
  const tariffLine = hsCode.slice(0, 8);
  const line = await findLine(db, version.id, tariffLine);
  return line ? { status: 'listed', version, line } : { status: 'not_listed', version, tariffLine };
}
