// Imports as the API shows them.
import { Type } from 'typebox';
import type { RowError, UpsertCounts, UpsertResult } from '../products/index.js';
import type { ImportSummaryRow } from './repo.js';

const Counts = Type.Object({ toCreate: Type.Integer(), toUpdate: Type.Integer({ description: 'Existing ones the file changes (unchanged ones are not counted)' }) });
const Result = Type.Object({
  productsCreated: Type.Integer(),
  productsUpdated: Type.Integer(),
  variantsCreated: Type.Integer(),
  variantsUpdated: Type.Integer(),
  publishedNowIneligible: Type.Array(Type.String(), { description: 'Published products the import changed that no longer pass the publishing rules (they stay published; fix them in the editor)' }),
});
const RowErrorSchema = Type.Object({ row: Type.Integer({ description: 'Spreadsheet row: the header is row 1' }), column: Type.String(), message: Type.String() });

const summary = {
  id: Type.String(),
  fileName: Type.String(),
  status: Type.Union([Type.Literal('validated'), Type.Literal('imported'), Type.Literal('discarded')]),
  totalRows: Type.Integer(),
  validRows: Type.Integer(),
  errorCount: Type.Integer(),
  products: Counts,
  variants: Counts,
  result: Type.Union([Result, Type.Null()]),
  createdAt: Type.String(),
  importedAt: Type.Union([Type.String(), Type.Null()]),
};
export const ImportSummary = Type.Object(summary, { $id: 'CatalogImportSummary' });
export const ImportView = Type.Object({ ...summary, errors: Type.Array(RowErrorSchema, { description: 'The first 1000 problems' }) }, { $id: 'CatalogImport' });

export type StoredResult = { preview: UpsertCounts; outcome: UpsertResult | null };

export function viewSummary(row: ImportSummaryRow) {
  const stored = JSON.parse(row.result ?? 'null') as StoredResult | null;
  const none = { toCreate: 0, toUpdate: 0 };
  return {
    id: row.id,
    fileName: row.file_name,
    status: row.status,
    totalRows: row.total_rows,
    validRows: row.valid_rows,
    errorCount: row.error_count,
    products: stored?.preview.products ?? none,
    variants: stored?.preview.variants ?? none,
    result: stored?.outcome ?? null,
    createdAt: row.created_at,
    importedAt: row.imported_at,
  };
}

export const viewImport = (row: ImportSummaryRow & { errors: string }) => ({ ...viewSummary(row), errors: JSON.parse(row.errors) as RowError[] });
