// The mainland resident ID number (居民身份证号码, GB 11643): pure checks, no database (DOMAIN.md §6).
// 18 characters = 6-digit region + 8-digit birth date + 3-digit sequence + a check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH = '1900-01-01';

export type ResidentIdCheck =
  | { ok: true; idNumber: string; birthDate: string; region: string }
  | { ok: false; reason: 'format' | 'birth_date' | 'checksum'; message: string };

/** Trimmed, with a lower-case x made upper-case: the one form stored, hashed and compared. */
export const normaliseIdNumber = (input: string): string => input.trim().toUpperCase();

/** The check character for the first 17 digits. */
export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

// The calendar date in China (UTC+8, no daylight saving): a birth "today" in Beijing is not in the future.
const chinaDate = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Checks format, birth date (real, not before 1900, not after today in China) and the check character. */
export function checkResidentId(input: string, today: Date = new Date()): ResidentIdCheck {
  const id = normaliseIdNumber(input);
  if (!/^\d{17}[\dX]$/.test(id)) {
    return { ok: false, reason: 'format', message: 'must be 18 characters: 17 digits and a final digit or X' };
  }
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(y, m, d)) return { ok: false, reason: 'birth_date', message: 'the birth date in it (characters 7–14) is not a real date' };
  if (birthDate < EARLIEST_BIRTH) return { ok: false, reason: 'birth_date', message: 'the birth date in it is before 1900' };
  if (birthDate > chinaDate(today)) return { ok: false, reason: 'birth_date', message: 'the birth date in it is in the future' };
  if (checkCharOf(id.slice(0, 17)) !== id[17]) {
    return { ok: false, reason: 'checksum', message: 'the check character does not match: please check the number for a typo' };
  }
  return { ok: true, idNumber: id, birthDate, region: id.slice(0, 6) };
}

/** The only form shown anywhere: 110105********002X. */
export const maskIdNumber = (id: string): string => {
  const n = normaliseIdNumber(id);
  return `${n.slice(0, 6)}********${n.slice(-4)}`;
};

/** 138****1234 */
export const maskMobile = (mobile: string): string => `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
