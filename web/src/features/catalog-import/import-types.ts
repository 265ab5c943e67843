// A catalog import as the server answers it (src/modules/catalog-import): validated first, then
// imported (or discarded).
export type ImportProblem = { row: number; column: string | null; message: string };
export type ImportResult = { productsCreated: number; productsUpdated: number; variantsCreated: number; variantsUpdated: number; publishedNowIneligible: unknown[] };

export type CatalogImport = {
  id: string;
  fileName: string;
  status: 'validated' | 'imported' | 'discarded' | string;
  totalRows: number;
  validRows: number;
  errorCount: number;
  errors?: ImportProblem[];
  products: { toCreate: number; toUpdate: number };
  variants: { toCreate: number; toUpdate: number };
  result?: ImportResult | null;
  createdAt: string;
};
