// Reads a product import file and checks every row, then what only the whole file shows: SKUs
// repeated, product columns that disagree between a product's rows, too many variants. Pure: the
// database is consulted afterwards (products/bulk-upsert). Rows are numbered as the seller's
// spreadsheet numbers them: the header is row 1, the first product row is row 2.
import type { CatalogRow, RowError } from '../products/index.js';
import { cell, readCsv } from '../../platform/csv.js';
import { checkRow } from './check-row.js';
import { COLUMNS, isColumn, REQUIRED_COLUMNS, type Column } from './columns.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
const MAX_VARIANTS = 50;

export type ParsedFile = { ok: false; message: string; details?: Record<string, unknown> } | { ok: true; totalRows: number; rows: CatalogRow[]; errors: RowError[] };

const unreadable = (message: string, details?: Record<string, unknown>): ParsedFile => ({ ok: false, message, ...(details ? { details } : {}) });
const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 37)}…` : line;
};

export function parseCatalogFile(bytes: Buffer): ParsedFile {
  if (bytes.length === 0) return unreadable('The file is empty');
  if (bytes.length > MAX_FILE_BYTES) return unreadable('The file is larger than 10 MB: split it into several files');
  const table = readCsv(bytes);
  if ('error' in table) return unreadable(table.error);
  const twice = table.columns.find((c, i) => c !== '' && table.columns.indexOf(c) !== i);
  if (twice) return unreadable(`The header row names the column ${twice} twice`, { column: twice });
  const missing = REQUIRED_COLUMNS.filter((c) => !table.columns.includes(c));
  if (missing.length > 0) {
    return unreadable(`The header row lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; download the template to see every column`, { missing });
  }
  if (table.rows.length === 0) return unreadable('The file has a header row but no product rows');
  if (table.rows.length > MAX_ROWS) return unreadable(`The file has ${table.rows.length} product rows; at most ${MAX_ROWS} per import: split it into several files`);

  const errors: RowError[] = [];
  const unknown = table.columns.map((c, i) => c || `(unnamed column ${i + 1})`).filter((c) => !isColumn(c));
  if (unknown.length > 0) {
    errors.push({ row: 1, column: unknown.join(', '), message: `unknown column${unknown.length > 1 ? 's' : ''}, ignored: ${unknown.join(', ')} (the columns are ${COLUMNS.join(', ')})` });
  }
  const present = new Set(COLUMNS.filter((c) => table.columns.includes(c)));
  // Per handle: the first valid value of each product column, and how many rows the product has.
  const products = new Map<string, { count: number; refs: Map<Column, { value: string; rowNo: number }> }>();
  const skuRow = new Map<string, number>();
  const rows: CatalogRow[] = [];

  table.rows.forEach((cells, i) => {
    const rowNo = i + 2;
    const get = (column: Column) => cell(table, cells, column);
    const checked = checkRow(rowNo, get, present);
    const fail = (column: string, message: string) => void (checked.errors.has(column) || checked.errors.set(column, message));
    if (cells.slice(table.columns.length).some((c) => c !== '')) {
      fail('row', `has ${cells.length} cells but the header names ${table.columns.length} columns: quote values that contain commas`);
    }
    const sku = get('sku');
    const sameSku = skuRow.get(sku.toLowerCase());
    if (sku && sameSku !== undefined) fail('sku', `repeats the SKU of row ${sameSku}`);
    else if (sku) skuRow.set(sku.toLowerCase(), rowNo);

    const handle = get('handle');
    if (handle && !checked.errors.has('handle')) {
      const product = products.get(handle) ?? { count: 0, refs: new Map() };
      products.set(handle, product);
      for (const [column, value] of checked.productKeys) {
        if (checked.errors.has(column)) continue;
        const ref = product.refs.get(column);
        if (!ref) product.refs.set(column, { value, rowNo });
        else if (ref.value !== value) {
          fail(column, `is "${shorten(value)}" but "${shorten(ref.value)}" on row ${ref.rowNo} of the same product (${handle}): a product's rows must repeat the same ${column}`);
        }
      }
      if (++product.count > MAX_VARIANTS) fail('handle', `product ${handle} has more than ${MAX_VARIANTS} rows: a product has at most ${MAX_VARIANTS} variants`);
    }
    if (checked.errors.size === 0 && checked.row) rows.push(checked.row);
    else for (const [column, message] of checked.errors) errors.push({ row: rowNo, column, message });
  });
  return { ok: true, totalRows: table.rows.length, rows, errors };
}
