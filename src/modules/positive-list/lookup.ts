import type { DbOrTrx } from '../../db/database.js';
import type { PositiveListLinesTable, PositiveListVersionsTable } from '../../db/schema.js';
import { findLine, findLines, findVersionInForce } from './repo.js';

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

/** lookupTariffLine for many codes at once: one query for the version, one for the lines. */
export async function lookupTariffLines(db: DbOrTrx, hsCodes: readonly string[], at: Date): Promise<Map<string, ListLookup>> {
  const out = new Map<string, ListLookup>();
  const version = await findVersionInForce(db, chinaDate(at));
  if (!version) {
    for (const code of hsCodes) out.set(code, { status: 'no_list' });
    return out;
  }
  const lines = new Map((await findLines(db, version.id, [...new Set(hsCodes.map((c) => c.slice(0, 8)))])).map((l) => [l.hs_code, l]));
  for (const code of hsCodes) {
    const line = lines.get(code.slice(0, 8));
    out.set(code, line ? { status: 'listed', version, line } : { status: 'not_listed', version, tariffLine: code.slice(0, 8) });
  }
  return out;
}
