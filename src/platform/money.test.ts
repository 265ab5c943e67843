import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  basisPoints,
  compare,
  div,
  mul,
  neg,
  parseDecimal,
  parseScaled,
  ratio,
  reduce,
  round,
  roundDown,
  roundHalfEven,
  roundHalfUp,
  roundUp,
  scale,
  sub,
  toRatio,
  type Ratio,
} from './money.js';

const r = (n: number, d = 1) => ratio(n, d);
const eq = (a: Ratio, b: Ratio) => compare(a, b) === 0;

describe('parsing', () => {
  it.each<[string, bigint, bigint]>([
    ['0.13', 13n, 100n],
    ['7.1234', 71234n, 10000n],
    ['-1.5', -15n, 10n],
    ['10', 10n, 1n],
    ['+0.0001', 1n, 10000n],
    ['00012.50', 1250n, 100n],
  ])('reads %s exactly', (text, n, d) => {
    expect(eq(parseDecimal(text), { n, d })).toBe(true);
  });

  it.each(['1e3', ' 1', '1.', '.5', '', '1,5', 'NaN', '0x10', '1.2.3'])('refuses %j', (text) => {
    expect(() => parseDecimal(text)).toThrow(RangeError);
  });

  it('takes integers as numbers and fractions only as strings', () => {
    expect(eq(toRatio(50), r(50))).toBe(true);
    expect(eq(toRatio('7.5'), r(15, 2))).toBe(true);
    expect(() => toRatio(7.5)).toThrow(/decimal string/);
    expect(() => toRatio(2 ** 60)).toThrow(RangeError);
  });

  it('scales a decimal to whole units or refuses', () => {
    expect(parseScaled('0.13', 10_000)).toBe(1300);
    expect(parseScaled('7.1234', 1_000_000)).toBe(7_123_400);
    expect(() => parseScaled('0.00015', 10_000)).toThrow(/whole number/);
  });

  it('normalises the sign into the numerator and refuses a zero denominator', () => {
    expect(ratio(1, -2)).toEqual({ n: -1n, d: 2n });
    expect(() => ratio(1, 0)).toThrow(RangeError);
    expect(() => ratio(0.5)).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('is exact where floats are not', () => {
    // 0.1 + 0.2 = 0.3 exactly, and 1/3 × 3 = 1.
    expect(eq(add(parseDecimal('0.1'), parseDecimal('0.2')), parseDecimal('0.3'))).toBe(true);
    expect(eq(mul(r(1, 3), r(3)), r(1))).toBe(true);
    expect(eq(sub(r(1, 2), r(1, 3)), r(1, 6))).toBe(true);
    expect(eq(div(r(1, 2), r(-1, 4)), r(-2))).toBe(true);
    expect(eq(scale(basisPoints(1300), 105_000), r(13_650))).toBe(true);
    expect(eq(neg(r(3, 4)), r(-3, 4))).toBe(true);
    expect(() => div(r(1), r(0))).toThrow(RangeError);
  });

  it('compares by value and reduces to lowest terms', () => {
    expect(compare(r(2, 4), r(1, 2))).toBe(0);
    expect(compare(r(-1, 3), r(-1, 4))).toBe(-1);
    expect(compare(r(7, 3), r(2))).toBe(1);
    expect(reduce({ n: 19600n, d: 85000n })).toEqual({ n: 98n, d: 425n });
    expect(reduce({ n: 0n, d: 5n })).toEqual({ n: 0n, d: 1n });
  });
});

describe('rounding', () => {
  // value, half_up, half_even, up (ceiling), down (floor)
  it.each<[string, Ratio, number, number, number, number]>([
    ['2.5', r(5, 2), 3, 2, 3, 2],
    ['3.5', r(7, 2), 4, 4, 4, 3],
    ['-2.5', r(-5, 2), -3, -2, -2, -3],
    ['-3.5', r(-7, 2), -4, -4, -3, -4],
    ['0.5', r(1, 2), 1, 0, 1, 0],
    ['-0.5', r(-1, 2), -1, 0, 0, -1],
    ['2.4999', parseDecimal('2.4999'), 2, 2, 3, 2],
    ['2.5001', parseDecimal('2.5001'), 3, 3, 3, 2],
    ['1/3', r(1, 3), 0, 0, 1, 0],
    ['2/3', r(2, 3), 1, 1, 1, 0],
    ['-1/3', r(-1, 3), 0, 0, 0, -1],
    ['-2/3', r(-2, 3), -1, -1, 0, -1],
    ['7', r(7), 7, 7, 7, 7],
    ['-7', r(-7), -7, -7, -7, -7],
    ['0', r(0), 0, 0, 0, 0],
  ])('%s', (_label, value, halfUp, halfEven, up, down) => {
    expect([roundHalfUp(value), roundHalfEven(value), roundUp(value), roundDown(value)]).toEqual([halfUp, halfEven, up, down]);
    expect([round(value, 'half_up'), round(value, 'half_even'), round(value, 'up'), round(value, 'down')]).toEqual([halfUp, halfEven, up, down]);
  });

  it('refuses results beyond the safe integer range', () => {
    expect(() => roundHalfUp({ n: 2n ** 60n, d: 1n })).toThrow(RangeError);
  });

  const anyRatio = fc.record({ n: fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), d: fc.bigInt({ min: 1n, max: 10n ** 9n }) });
  // |q − n/d| compared as integers: |q·d − n| against d (or d/2 for the nearest modes).
  const dist2 = (q: number, x: Ratio) => {
    const e = BigInt(q) * x.d - x.n;
    return 2n * (e < 0n ? -e : e);
  };

  it('rounds to nearest within half a unit, in the stated direction otherwise (property)', () => {
    fc.assert(
      fc.property(anyRatio, (x) => {
        expect(dist2(roundHalfUp(x), x) <= x.d).toBe(true);
        expect(dist2(roundHalfEven(x), x) <= x.d).toBe(true);
        const up = roundUp(x);
        const down = roundDown(x);
        expect(BigInt(up) * x.d >= x.n && BigInt(up - 1) * x.d < x.n).toBe(true);
        expect(BigInt(down) * x.d <= x.n && BigInt(down + 1) * x.d > x.n).toBe(true);
        // The nearest modes differ only on an exact half.
        if (roundHalfUp(x) !== roundHalfEven(x)) expect(dist2(roundHalfUp(x), x)).toBe(x.d);
      }),
      { numRuns: 2000 },
    );
  });

  it('half-up is symmetric around zero; half-even lands on even numbers at ties (property)', () => {
    fc.assert(
      fc.property(anyRatio, fc.integer({ min: -1_000_000, max: 1_000_000 }), (x, k) => {
        expect(roundHalfUp(neg(x))).toBe(-roundHalfUp(x) || 0);
        const tie = ratio(2 * k + 1, 2);
        expect(Math.abs(roundHalfEven(tie) % 2)).toBe(0);
      }),
    );
  });
});

describe('allocate', () => {
  it.each<[string, number, number[], number[]]>([
    ['an even split with a leftover going to the first', 100, [1, 1, 1], [34, 33, 33]],
    ['proportional to value', 5000, [100_000, 50_000, 50_000], [2500, 1250, 1250]],
    ['the largest remainder first', 10, [1, 2, 4], [1, 3, 6]],
    ['nothing to a zero weight', 5, [0, 3], [0, 5]],
    ['evenly when every weight is zero', 10, [0, 0, 0], [4, 3, 3]],
    ['a zero total', 0, [5, 7], [0, 0]],
    ['one line takes it all', 777, [1], [777]],
    ['no lines, nothing to split', 0, [], []],
  ])('%s', (_label, total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });

  it('stays exact where total × weight is beyond a double', () => {
    const shares = allocate(2 ** 50, [2 ** 40, 2 ** 40 + 1, 3]);
    expect(shares.reduce((s, x) => s + x, 0)).toBe(2 ** 50);
    expect(shares[0]).toBeLessThan(shares[1]!);
  });

  it('refuses negative or fractional inputs and a total with nowhere to go', () => {
    expect(() => allocate(-1, [1])).toThrow(RangeError);
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
    expect(() => allocate(10, [1, -1])).toThrow(RangeError);
    expect(() => allocate(10, [])).toThrow(RangeError);
  });

  it('sums exactly and keeps each share within one unit of proportional (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const shares = allocate(total, weights);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(total);
        const sum = weights.reduce((s, w) => s + w, 0);
        const ws = sum === 0 ? weights.map(() => 1) : weights;
        const w = BigInt(sum === 0 ? weights.length : sum);
        shares.forEach((share, i) => {
          expect(share).toBeGreaterThanOrEqual(0);
          // |share − total·w_i/W| < 1  ⇔  |share·W − total·w_i| < W
          const e = BigInt(share) * w - BigInt(total) * BigInt(ws[i]!);
          expect((e < 0n ? -e : e) < w).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
