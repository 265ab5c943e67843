// Parses and checks an official positive-list file (CSV, UTF-8). Pure: no database. The whole file is
// checked and every problem reported; a list with any error is not imported, because a half-loaded
// legal list would wrongly refuse or admit goods.
import { createHash } from 'node:crypto';
import type { PositiveListLinesTable, RemarkType } from '../../db/schema.js';
import { cell, readCsv } from '../../platform/csv.js';

export type ListLine = Omit<PositiveListLinesTable, 'version_id'>;
export type RowProblem = { row: number; column: string; message: string };
export type ParsedList = { ok: true; lines: ListLine[]; sha256: string } | { ok: false; problems: RowProblem[]; sha256: string };

export const LIST_COLUMNS = ['hs_code', 'description', 'remark_type', 'remark', 'cap_quantity', 'cap_unit'] as const;

const REMARK_TYPES: Record<string, RemarkType> = {
  '': 'none',
  none: 'none',
  无: 'none',
  exclusion: 'exclusion',
  排除: 'exclusion',
  trade_mode: 'trade_mode',
  贸易方式: 'trade_mode',
  product_name: 'product_name',
  商品名称: 'product_name',
  quantity_cap: 'quantity_cap',
  数量限制: 'quantity_cap',
};
const CAP_UNITS = new Set(['kg', 'g', 'l', 'ml', 'piece']);
const MAX_LINES = 20_000;

export function parsePositiveList(bytes: Buffer): ParsedList {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const table = readCsv(bytes);
  if ('error' in table) return { ok: false, problems: [{ row: 0, column: 'file', message: table.error }], sha256 };
  const { columns, rows } = table;
  const missing = ['hs_code', 'description', 'remark_type'].filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return { ok: false, problems: [{ row: 1, column: missing.join(', '), message: `The header row must name the columns ${LIST_COLUMNS.join(', ')}` }], sha256 };
  }
  if (rows.length === 0) return { ok: false, problems: [{ row: 2, column: 'file', message: 'The list has no lines' }], sha256 };
  if (rows.length > MAX_LINES) return { ok: false, problems: [{ row: 0, column: 'file', message: `At most ${MAX_LINES} lines per list` }], sha256 };

  const at = (row: string[], name: string) => cell(table, row, name);
  const problems: RowProblem[] = [];
  const lines: ListLine[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const rowNo = i + 2;
    const problem = (column: string, message: string) => problems.push({ row: rowNo, column, message });
    const hs = at(row, 'hs_code').replace(/[.\s]/g, '');
    if (!/^\d{8}$/.test(hs)) problem('hs_code', `must be an 8-digit tariff line (got "${at(row, 'hs_code')}")`);
    else if (seen.has(hs)) problem('hs_code', `${hs} is listed twice (also on row ${seen.get(hs)})`);
    else seen.set(hs, rowNo);
    const description = at(row, 'description');
    if (!description) problem('description', 'must not be empty');
    else if (description.length > 500) problem('description', 'must be at most 500 characters');
    const remarkType = REMARK_TYPES[at(row, 'remark_type').toLowerCase()];
    if (!remarkType) problem('remark_type', `must be one of none, exclusion, trade_mode, product_name, quantity_cap (got "${at(row, 'remark_type')}")`);
    const remark = at(row, 'remark') || null;
    if (remarkType && remarkType !== 'none' && !remark) problem('remark', `is required when remark_type is ${remarkType}`);
    let capQuantity: number | null = null;
    let capUnit: string | null = null;
    if (remarkType === 'quantity_cap') {
      const q = at(row, 'cap_quantity');
      if (!/^\d{1,7}$/.test(q) || Number(q) <= 0) problem('cap_quantity', 'must be a positive whole number for a quantity cap');
      else capQuantity = Number(q);
      capUnit = at(row, 'cap_unit').toLowerCase();
      if (!CAP_UNITS.has(capUnit)) problem('cap_unit', `must be one of ${[...CAP_UNITS].join(', ')}`);
    }
    if (remarkType) lines.push({ hs_code: hs, description, remark_type: remarkType, remark, cap_quantity: capQuantity, cap_unit: capUnit });
  });
  return problems.length > 0 ? { ok: false, problems, sha256 } : { ok: true, lines, sha256 };
}
