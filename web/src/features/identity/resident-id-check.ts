// The resident ID check of DOMAIN.md §6, run as the shopper types so a typo shows at once. It mirrors
// src/modules/identity/resident-id.ts; the server still decides.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdProblem = 'length' | 'format' | 'birth_date' | 'checksum';
export type IdCheck =
  | { state: 'empty' }
  /** Fewer than 18 characters so far, all plausible: not an error until the field is left. */
  | { state: 'typing'; count: number }
  | { state: 'ok' }
  | { state: 'bad'; problem: IdProblem; count: number };

export const normaliseIdNumber = (input: string): string => input.trim().toUpperCase();

function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

// Today in China (UTC+8): a birth date later than that is in the future.
const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function checkIdNumber(input: string, now: Date = new Date()): IdCheck {
  const id = normaliseIdNumber(input);
  const count = id.length;
  if (count === 0) return { state: 'empty' };
  if (/[^\dX]/.test(id)) return { state: 'bad', problem: 'format', count };
  if (count > 18) return { state: 'bad', problem: 'length', count };
  // An X may only be the 18th character.
  if (id.slice(0, 17).includes('X') || (count < 18 && id.includes('X'))) return { state: 'bad', problem: 'format', count };
  if (count < 18) return { state: 'typing', count };
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const real = isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
  if (!real || birth < '1900-01-01' || birth > chinaToday(now)) return { state: 'bad', problem: 'birth_date', count };
  if (checkChar(id.slice(0, 17)) !== id[17]) return { state: 'bad', problem: 'checksum', count };
  return { state: 'ok' };
}
