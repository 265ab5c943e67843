// Shopper prices in CNY from integer fen (¥1,234.56 in either language), seller amounts in USD.
const cny = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

export const formatFen = (fen: number) => cny.format(fen / 100);

/** Basis points as a percentage: 910 → "9.1%". */
export const formatBp = (bp: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);

// Operators type percentages and yuan; the API keeps basis points and fen. Text that is not a plain
// non-negative decimal (at most 2 places) becomes null, so the form can say so before sending.
const DECIMAL = /^\d{1,9}(\.\d{1,2})?$/;

/** "5" → 500, "2.5" → 250, "" or "abc" → null. */
export function percentToBp(text: string): number | null {
  const value = text.trim();
  return DECIMAL.test(value) ? Math.round(Number(value) * 100) : null;
}

/** 250 → "2.5" (no percent sign, for an input). */
export const bpToPercent = (bp: number) => String(bp / 100);

/** "5000" → 500000, "12.3" → 1230. */
export function yuanToFen(text: string): number | null {
  const value = text.trim().replace(/,/g, '');
  return DECIMAL.test(value) ? Math.round(Number(value) * 100) : null;
}

/** 500000 → "5000", 1230 → "12.30" (for an input). */
export const fenToYuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));
