// Order numbers as customs takes them (orderNo: ≤ 30 characters, unique per platform): "GW", the China
// date, and ten random Crockford base-32 characters — 20 characters, readable over the phone.
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHINA_OFFSET_MS = 8 * 3600_000;

/** The calendar date in China (UTC+8) as YYYY-MM-DD: the day and the year the limits count by. */
export const chinaDate = (now: Date) => new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
export const chinaYear = (now: Date) => Number(chinaDate(now).slice(0, 4));

export function newOrderNo(now: Date): string {
  const bytes = randomBytes(10);
  let tail = '';
  for (const b of bytes) tail += CROCKFORD[b & 31];
  return `GW${chinaDate(now).replace(/-/g, '')}${tail}`;
}

export const ORDER_NO_PATTERN = '^GW[0-9]{8}[0-9A-HJKMNP-TV-Z]{10}$';
