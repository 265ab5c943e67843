// Reading uploaded CSV files: strict UTF-8 (with or without BOM; UTF-16 and GBK are refused with a
// message saying how to fix it), parsed with csv-parse. No business words.
import { parse } from 'csv-parse/sync';

export function decodeUtf8(bytes: Buffer): { text: string } | { error: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { error: 'The file is UTF-16; save it as UTF-8 (in Excel: "CSV UTF-8")' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'The file is not valid UTF-8 (GBK or Latin-1?); save it as UTF-8 (in Excel: "CSV UTF-8")' };
  }
}

export type CsvTable = { columns: string[]; rows: string[][] };

/** Header row (lower-cased, trimmed) and data rows, or why the bytes are not a CSV table. */
export function readCsv(bytes: Buffer): CsvTable | { error: string } {
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) return decoded;
  if (decoded.text.includes('\u0000')) return { error: 'The file contains binary data; upload a CSV text file' };
  let records: string[][];
  try {
    records = parse(decoded.text, { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (err) {
    return { error: `Not a readable CSV file: ${(err as Error).message}` };
  }
  const [header, ...rows] = records;
  if (!header) return { error: 'The file is empty' };
  return { columns: header.map((h) => h.trim().toLowerCase()), rows };
}

/** The value of a named column in a row ('' when the column or cell is absent). */
export function cell(table: CsvTable, row: string[], column: string): string {
  const i = table.columns.indexOf(column);
  return i >= 0 ? (row[i] ?? '').trim() : '';
}
