// Reading the cells that are not plain text: prices, whole numbers, shipping modes, tariff codes and
// barcodes. Pure. The messages anticipate what spreadsheets do to numbers (thousands separators,
// decimal commas, dropped leading zeros, 1.23E+12).
import { validGtin } from '../products/index.js';

export type Cell<T> = { value: T } | { error: string };

const MAX_PRICE_DIGITS = 9;

/** US dollars with at most two decimals, more than zero → integer cents. */
export function parsePrice(text: string): Cell<number> {
  if (text === '') return { error: 'is required' };
  if (/^(US)?\$/i.test(text)) return { error: `must be a number without a currency sign (got "${text}"): write ${text.replace(/^(US)?\$\s*/i, '')}` };
  if (/^-/.test(text)) return { error: `must be more than 0 (got "${text}")` };
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return { error: `must not contain thousands separators (got "${text}"): write ${text.replace(/,/g, '')}` };
  if (/^\d+,\d{1,2}$/.test(text)) return { error: `must use a point before the cents (got "${text}"): write ${text.replace(',', '.')}` };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return { error: `must be a price in US dollars like 12.99 (got "${text}")` };
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const cents = m[2] ?? '';
  if (cents.length > 2) return { error: `has more than 2 decimals (got "${text}"): prices are in whole cents` };
  if (whole.length > MAX_PRICE_DIGITS) return { error: 'must be at most 1000000.00' };
  const minor = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  if (minor === 0) return { error: 'must be more than 0' };
  return { value: minor };
}

/** A whole number; the product schema then checks its range. */
export function parseWholeNumber(text: string): Cell<number> {
  if (text === '') return { error: 'is required' };
  if (/^-?\d{1,15}$/.test(text)) return { value: Number(text) };
  return { error: `must be a whole number (got "${text}")` };
}

/** "9610", "1210" or both, separated by | (commas, semicolons and spaces are accepted too). */
export const parseShippingModes = (text: string): string[] => text.split(/[|,;\s]+/).filter(Boolean);

/** Dots and spaces are dropped (0813.40.90 → 08134090); the schema checks the digits. */
export const normaliseHsCode = (text: string): string => text.replace(/[.\s]/g, '');

const LEADING_ZERO_HINT = 'a spreadsheet may have dropped a leading zero: format the column as text and re-enter it';

export function hsCodeHint(code: string): string {
  return /^\d{7}$|^\d{9}$/.test(code) ? ` (${code.length} digits: ${LEADING_ZERO_HINT})` : '';
}

/** Empty → null; otherwise digits with a valid GS1 check digit. */
export function parseBarcode(text: string): Cell<string | null> {
  if (text === '') return { value: null };
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(text)) return { error: `was turned into a number by a spreadsheet ("${text}"): format the column as text and re-enter the barcode` };
  const hint = [7, 11].includes(text.length) ? ` (${text.length} digits: ${LEADING_ZERO_HINT})` : '';
  if (!/^\d{8,14}$/.test(text)) return { error: `must be 8, 12, 13 or 14 digits (got "${text}")${hint}` };
  if (!validGtin(text)) return { error: `is not a valid GTIN/EAN/UPC ${hint.trim() || ([8, 12, 13, 14].includes(text.length) ? '(check digit)' : `(${text.length} digits)`)}` };
  return { value: text };
}
