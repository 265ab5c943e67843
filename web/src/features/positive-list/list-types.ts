// The positive list as the server answers it (src/modules/positive-list/routes.ts).
export type ListVersion = {
  id: string;
  announcement: string;
  effectiveFrom: string;
  sourceName: string;
  sourceSha256: string;
  lineCount: number;
  notes: string | null;
  importedBy: string | null;
  importedAt: string;
  inForce: boolean;
};

export type ListLine = { hsCode: string; description: string; remarkType: 'none' | 'exclusion' | 'trade_mode' | 'product_name' | 'quantity_cap'; remark: string | null; capQuantity: number | null; capUnit: string | null };

export type ListProblem = { row: number; column: string | null; message: string };
