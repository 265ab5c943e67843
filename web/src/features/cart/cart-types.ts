// Shapes of the cart API (GET /api/v1/cart and the line routes); see /docs for the OpenAPI document.
export type ShippingMode = '9610' | '1210';
export type LineState = 'ok' | 'unpublished' | 'mode_unavailable' | 'out_of_stock' | 'insufficient_stock';

export type CartLine = {
  id: string;
  variantId: string;
  productId: string;
  sku: string;
  titleZh: string;
  titleEn: string;
  mode: ShippingMode;
  quantity: number;
  state: LineState;
  available: number | null;
  price: { unitPriceFen: number; goodsFen: number; freightFen: number; taxFen: number } | null;
};

export type Problem = { code: string; message: string; lineId: string | null; details: Record<string, unknown> };

export type QuoteTotals = { goodsFen: number; freightFen: number; insuranceFen: number; tariffFen: number; consumptionTaxFen: number; vatFen: number; taxFen: number; totalFen: number };

export type GroupQuote = {
  id: string;
  expiresAt: string;
  delivery: { minDays: number; maxDays: number };
  taxPath: 'preferential' | 'full_tax';
  payable: boolean;
  classification: { kind: 'preferential' | 'full_tax' | 'rejected' };
  totals: QuoteTotals;
};

export type CartGroup = {
  key: string;
  sellerId: string;
  sellerName: string;
  mode: ShippingMode;
  lines: CartLine[];
  quote: GroupQuote | null;
  quoteError: { code: string; message: string } | null;
  checkout: { allowed: boolean; problems: Problem[] };
};

export type Merged = { lines: number; capped: number; dropped: number } | null;

export type CartAnswer = {
  province: string;
  lineCount: number;
  itemCount: number;
  groups: CartGroup[];
  totals: QuoteTotals & { quotedGroups: number; unquotedGroups: number };
  limits: { singleLimitFen: number; annualLimitFen: number; yearToDate: 'known' | 'unknown'; yearToDateFen: number | null; annualRoomFen: number | null; buyer: { identityId: string; name: string } | null };
  checkoutAllowed: boolean;
  merged: Merged;
};

export type EditAnswer = { line: { id: string; variantId: string; mode: ShippingMode; quantity: number }; capped: boolean; itemCount: number; lineCount: number };
export type CountAnswer = { itemCount: number; lineCount: number; merged: Merged };

const yuan = new Map<string, Intl.NumberFormat>();

/** CNY from integer fen, in the reader's language: ¥1,234.50. */
export function formatFen(fen: number, locale: string): string {
  let format = yuan.get(locale);
  if (!format) yuan.set(locale, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 })));
  return format.format(fen / 100);
}
