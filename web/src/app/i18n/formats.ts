// Numbers the pages show in the reader's language: USD prices from integer cents, file sizes.
import type { Locale } from '../api-types.js';

const usd = new Map<Locale, Intl.NumberFormat>();

export function formatUsd(amountMinor: number, locale: Locale): string {
  let format = usd.get(locale);
  if (!format) usd.set(locale, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' })));
  return format.format(amountMinor / 100);
}

export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${new Intl.NumberFormat(locale).format(bytes)} B`;
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** "12.50" → 1250; anything that is not a positive amount with at most two decimals → null. */
export function parseDollars(text: string): number | null {
  const clean = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}

export const centsToDollars = (cents: number) => (cents / 100).toFixed(2);
