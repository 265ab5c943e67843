// The VAT table from a CSV file (hs_code, vat_percent, note): all rows or none, every bad row named.
import type { Db } from '../../db/database.js';
import type { VatRatesTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { cell, readCsv } from '../../platform/csv.js';
import { AppError } from '../../platform/errors.js';
import { recordAudits } from '../audit/index.js';
import { bumpPricingVersion } from './pricing-version.js';
import { upsertVatRate } from './tables-repo.js';

export type VatImportResult = { created: number; changed: number; unchanged: number };

export async function importVatRates(ctx: Ctx & { db: Db }, bytes: Buffer): Promise<VatImportResult> {
  const table = readCsv(bytes);
  if ('error' in table) throw new AppError('invalid', 'invalid_csv', table.error);
  const missing = ['hs_code', 'vat_percent'].filter((c) => !table.columns.includes(c));
  if (missing.length) throw new AppError('invalid', 'invalid_csv', `Missing column(s): ${missing.join(', ')} (expected hs_code, vat_percent, note)`);
  if (table.rows.length === 0 || table.rows.length > 20_000) throw new AppError('invalid', 'invalid_csv', 'The file needs 1 to 20,000 rows');
  const problems: Array<{ row: number; column: string; message: string }> = [];
  const rows = new Map<string, VatRatesTable>();
  const at = ctx.now.toISOString();
  table.rows.forEach((row, i) => {
    const line = i + 2;
    const hsCode = cell(table, row, 'hs_code').replace(/[.\s]/g, '');
    const percent = cell(table, row, 'vat_percent').replace(/%$/, '').trim();
    const note = cell(table, row, 'note');
    if (!/^\d{8}$/.test(hsCode)) problems.push({ row: line, column: 'hs_code', message: 'must be an 8-digit tariff line, e.g. 08134090' });
    else if (rows.has(hsCode)) problems.push({ row: line, column: 'hs_code', message: `${hsCode} appears twice` });
    if (percent !== '13' && percent !== '9') problems.push({ row: line, column: 'vat_percent', message: 'must be 13 or 9' });
    if (note.length > 500) problems.push({ row: line, column: 'note', message: 'at most 500 characters' });
    rows.set(hsCode, { hs_code: hsCode, vat_bp: percent === '9' ? 900 : 1300, note: note || null, updated_by: ctx.actor?.userId ?? null, updated_at: at });
  });
  if (problems.length) throw new AppError('invalid', 'invalid_rows', `${problems.length} problem(s); row ${problems[0]!.row}, ${problems[0]!.column}: ${problems[0]!.message}`, { problems: problems.slice(0, 1000) });

  const result: VatImportResult = { created: 0, changed: 0, unchanged: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    const audits = [];
    for (const row of rows.values()) {
      const before = await upsertVatRate(trx, row);
      if (!before) result.created++;
      else if (before.vat_bp === row.vat_bp) result.unchanged++;
      else result.changed++;
      if (before?.vat_bp !== row.vat_bp) audits.push({ action: 'pricing.vat_rate_set', subjectType: 'vat_rate', subjectId: row.hs_code, data: { fromBp: before?.vat_bp ?? null, toBp: row.vat_bp, via: 'csv' } });
    }
    if (result.created + result.changed > 0) await bumpPricingVersion(trx, at);
    await recordAudits({ ...ctx, db: trx }, audits);
  });
  return result;
}
