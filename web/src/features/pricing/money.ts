// Shopper prices in CNY from integer fen (¥1,234.56 in either language), seller amounts in USD.
const cny = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

export const formatFen = (fen: number) => cny.format(fen / 100);

/** Basis points as a percentage: 910 → "9.1%". */
export const formatBp = (bp: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
