// Exact money arithmetic. Amounts cross the boundary as integer minor units (safe-integer numbers);
// everything in between is an exact rational of BigInts, so a result is rounded once, where the
// caller says, and never drifts through binary floating point. Rates are integer basis points
// (bp / 10,000) or decimal strings parsed digit by digit, never floats.

/** n / d with d > 0. Not kept in lowest terms: reducing costs a gcd per step and changes no result. */
export type Ratio = { readonly n: bigint; readonly d: bigint };

export type RoundingMode = 'half_up' | 'half_even' | 'up' | 'down';

const BP = 10_000n;

function safeBigInt(x: number, what: string): bigint {
  if (!Number.isSafeInteger(x)) throw new RangeError(`${what} must be a safe integer, got ${x}`);
  return BigInt(x);
}

export function ratio(n: bigint | number, d: bigint | number = 1n): Ratio {
  const nb = typeof n === 'bigint' ? n : safeBigInt(n, 'numerator');
  const db = typeof d === 'bigint' ? d : safeBigInt(d, 'denominator');
  if (db === 0n) throw new RangeError('denominator must not be zero');
  return db < 0n ? { n: -nb, d: -db } : { n: nb, d: db };
}

export const integer = (x: number): Ratio => ({ n: safeBigInt(x, 'amount'), d: 1n });

/** bp / 10,000, e.g. 1300 → 13 %. */
export const basisPoints = (bp: number): Ratio => ({ n: safeBigInt(bp, 'basis points'), d: BP });

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** "7.1234" → 71234/10000, exactly. Exponents, spaces and empty parts are refused, not guessed at. */
export function parseDecimal(text: string): Ratio {
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`not a plain decimal number: "${text}"`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`);
  return { n: m[1] === '-' ? -n : n, d: 10n ** BigInt(frac.length) };
}

/** A quantity given as a safe integer or a decimal string; a fractional JS number is refused because its binary value is not the decimal its author meant. */
export function toRatio(x: number | string): Ratio {
  if (typeof x === 'string') return parseDecimal(x);
  if (!Number.isSafeInteger(x)) throw new RangeError(`pass ${x} as a decimal string; only safe integers are accepted as numbers`);
  return { n: BigInt(x), d: 1n };
}

/** A decimal string as an integer count of 1/scale units ("0.13", 10000 → 1300); throws when it needs finer units. */
export function parseScaled(text: string, scale: number): number {
  const r = parseDecimal(text);
  const scaled = r.n * safeBigInt(scale, 'scale');
  if (scaled % r.d !== 0n) throw new RangeError(`"${text}" is not a whole number of 1/${scale} units`);
  return toSafeNumber(scaled / r.d);
}

export const add = (a: Ratio, b: Ratio): Ratio => (a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Ratio, b: Ratio): Ratio => (a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.n, d: a.d * b.d });
export const neg = (a: Ratio): Ratio => ({ n: -a.n, d: a.d });

export function div(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError('division by zero');
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

/** a × k for an integer k: the common case of price × quantity, without building a Ratio for k. */
export const scale = (a: Ratio, k: number | bigint): Ratio => ({ n: a.n * (typeof k === 'bigint' ? k : safeBigInt(k, 'factor')), d: a.d });

export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Lowest terms, for display and for equality by value (toEqual on two Ratios compares representations). */
export function reduce(a: Ratio): Ratio {
  const g = gcd(a.n, a.d);
  return g <= 1n ? a : { n: a.n / g, d: a.d / g };
}

export function toSafeNumber(x: bigint): number {
  if (x > BigInt(Number.MAX_SAFE_INTEGER) || x < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError(`${x} is beyond the safe integer range`);
  return Number(x);
}

/** BigInt division truncates toward zero; money needs floor, so correct negative quotients. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** Toward −∞ (floor). */
export const roundDown = (a: Ratio): number => toSafeNumber(floorDiv(a.n, a.d));

/** Toward +∞ (ceiling). */
export const roundUp = (a: Ratio): number => toSafeNumber(-floorDiv(-a.n, a.d));

/** Nearest; halves away from zero (commercial rounding, 四舍五入), so −2.5 → −3 mirrors 2.5 → 3. */
export function roundHalfUp(a: Ratio): number {
  const twice = 2n * (a.n < 0n ? -a.n : a.n);
  const q = (twice + a.d) / (2n * a.d);
  return toSafeNumber(a.n < 0n ? -q : q);
}

/** Nearest; halves to the even neighbour, so repeated conversions do not drift one way. */
export function roundHalfEven(a: Ratio): number {
  const q = floorDiv(a.n, a.d);
  const twiceRest = 2n * (a.n - q * a.d);
  if (twiceRest < a.d) return toSafeNumber(q);
  if (twiceRest > a.d) return toSafeNumber(q + 1n);
  return toSafeNumber(q % 2n === 0n ? q : q + 1n);
}

export function round(a: Ratio, mode: RoundingMode): number {
  switch (mode) {
    case 'half_up':
      return roundHalfUp(a);
    case 'half_even':
      return roundHalfEven(a);
    case 'up':
      return roundUp(a);
    case 'down':
      return roundDown(a);
  }
}

/**
 * Splits `total` into integer shares proportional to `weights` (largest remainder): the shares sum
 * to `total` exactly and each is within one unit of its exact proportional share. Leftover units go
 * to the largest remainders, ties to the earlier index, so the result is deterministic. With all
 * weights zero the total is split evenly (there is no proportion to follow, and dropping it would
 * lose money).
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative safe integer, got ${total}`);
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError('cannot allocate a non-zero total over no weights');
    return [];
  }
  let sum = 0;
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`weights must be non-negative safe integers, got ${w}`);
    sum += w;
  }
  if (!Number.isSafeInteger(sum)) throw new RangeError('weights sum beyond the safe integer range');
  const ws = sum === 0 ? weights.map(() => 1) : weights;
  const w = sum === 0 ? weights.length : sum;
  const shares = new Array<number>(ws.length);
  const rests = new Array<number>(ws.length);
  let given = 0;
  if (Number.isSafeInteger(total * w)) {
    // total × weight ≤ total × sum is exact in a double here; integer division of exact values is exact.
    for (let i = 0; i < ws.length; i++) {
      const p = total * ws[i]!;
      const r = p % w;
      shares[i] = (p - r) / w;
      rests[i] = r;
      given += shares[i]!;
    }
  } else {
    const tb = BigInt(total);
    const wb = BigInt(w);
    for (let i = 0; i < ws.length; i++) {
      const p = tb * BigInt(ws[i]!);
      shares[i] = Number(p / wb);
      rests[i] = Number(p % wb);
      given += shares[i]!;
    }
  }
  let left = total - given;
  if (left > 0) {
    const order = ws.map((_, i) => i).sort((a, b) => rests[b]! - rests[a]! || a - b);
    for (let k = 0; left > 0; k++, left--) {
      const j = order[k]!;
      shares[j] = shares[j]! + 1;
    }
  }
  return shares;
}
