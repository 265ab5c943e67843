import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRetailPrice, convertFenToUsdCents, fxRateFromDecimal, type FxRate, type RetailRounding } from './retail-price.js';

const fx = (rate: string): FxRate => fxRateFromDecimal(rate);
const FEN: RetailRounding = { mode: 'fen' };
const JIAO: RetailRounding = { mode: 'jiao_up' };
const NINE_JIAO: RetailRounding = { mode: 'ending_9', step: 'jiao' };
const NINE_YUAN: RetailRounding = { mode: 'ending_9', step: 'yuan' };
const price = (usdCents: number, rate: string, markupBp: number, rounding: RetailRounding) => computeRetailPrice({ usdCents }, fx(rate), markupBp, rounding).unitPriceFen;

describe('fxRateFromDecimal', () => {
  it('keeps the rate exact in micro-units, with its provenance', () => {
    expect(fxRateFromDecimal('7.1234', { source: 'PBOC central parity', asOf: '2026-01-02T01:15:00Z' })).toEqual({ cnyPerUsdMicro: 7_123_400, source: 'PBOC central parity', asOf: '2026-01-02T01:15:00Z' });
    expect(fxRateFromDecimal('7.123456').cnyPerUsdMicro).toBe(7_123_456);
  });
  it.each(['7.1234567', '0', '-7.1', '7,12', '7.1e0', ''])('refuses %j', (text) => {
    expect(() => fxRateFromDecimal(text)).toThrow(RangeError);
  });
});

describe('computeRetailPrice', () => {
  // $10.00 at 7.1234 is 7,123.4 fen exactly; with 8 % markup 7,693.272 fen.
  it.each<[string, number, string, number, RetailRounding, number]>([
    ['$10.00, no markup, to the fen', 1000, '7.1234', 0, FEN, 7123],
    ['$10.00 + 8 %, to the fen', 1000, '7.1234', 800, FEN, 7693],
    ['$10.00 + 8 %, up to the jiao', 1000, '7.1234', 800, JIAO, 7700],
    ['$10.00 + 8 %, up to …x.90', 1000, '7.1234', 800, NINE_JIAO, 7790],
    ['$10.00 + 8 %, up to …9.00', 1000, '7.1234', 800, NINE_YUAN, 7900],
    ['an exact half fen rounds up', 1, '2.5', 0, FEN, 3],
    ['just under a half fen rounds down', 1, '2.499999', 0, FEN, 2],
    ['a price already ending in 9 yuan stays', 12_900, '1', 0, NINE_YUAN, 12_900],
    ['a price just over one ending in 9 yuan goes to the next', 12_900, '1.000001', 0, NINE_YUAN, 13_900],
    ['a price already ending in .9 stays', 12_990, '1', 0, NINE_JIAO, 12_990],
    ['a round yuan goes up to .90', 12_900, '1', 0, NINE_JIAO, 12_990],
    ['a whole jiao stays', 12_900, '1', 0, JIAO, 12_900],
    ['a fen over a jiao goes up', 12_901, '1', 0, JIAO, 12_910],
    ['a small price goes up to ¥9.00', 10, '7.1234', 0, NINE_YUAN, 900],
    ['free stays free to the fen', 0, '7.1234', 1500, FEN, 0],
  ])('%s', (_label, cents, rate, markupBp, rounding, fen) => {
    expect(price(cents, rate, markupBp, rounding)).toBe(fen);
  });

  it('uses a seller-fixed CNY price as is: no conversion, markup or rounding', () => {
    expect(computeRetailPrice({ fixedCnyFen: 9_901 }, fx('7.1234'), 800, NINE_YUAN)).toEqual({ unitPriceFen: 9_901, source: 'seller_fixed' });
    expect(computeRetailPrice({ usdCents: 1000 }, fx('7.1234'), 0, FEN)).toEqual({ unitPriceFen: 7123, source: 'converted' });
  });

  it('refuses fractional or negative inputs', () => {
    expect(() => price(10.5, '7', 0, FEN)).toThrow(RangeError);
    expect(() => price(-1, '7', 0, FEN)).toThrow(RangeError);
    expect(() => price(100, '7', -1, FEN)).toThrow(RangeError);
    expect(() => computeRetailPrice({ usdCents: 100 }, { cnyPerUsdMicro: 7.5 }, 0, FEN)).toThrow(RangeError);
  });

  const cents = fc.integer({ min: 0, max: 100_000_000 });
  const micro = fc.integer({ min: 1_000_000, max: 20_000_000 });
  const markup = fc.integer({ min: 0, max: 5000 });

  it('rounds within its rule of the exact marked-up price (property)', () => {
    fc.assert(
      fc.property(cents, micro, markup, (c, m, bp) => {
        const rate: FxRate = { cnyPerUsdMicro: m };
        // Exact fen = c · m/10⁶ · (10⁴ + bp)/10⁴ = n / 10¹⁰.
        const n = BigInt(c) * BigInt(m) * BigInt(10_000 + bp);
        const D = 10n ** 10n;
        const at = (p: number) => BigInt(p) * D - n; // (p − exact) · 10¹⁰
        const fen = computeRetailPrice({ usdCents: c }, rate, bp, FEN).unitPriceFen;
        expect(2n * (at(fen) < 0n ? -at(fen) : at(fen)) <= D).toBe(true);
        for (const [rounding, step, end] of [[JIAO, 10, 0], [NINE_JIAO, 100, 90], [NINE_YUAN, 1000, 900]] as const) {
          const p = computeRetailPrice({ usdCents: c }, rate, bp, rounding).unitPriceFen;
          expect(p % step).toBe(end);
          expect(at(p) >= 0n && at(p - step) < 0n).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never lowers the shelf price when the USD price rises (property)', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 10_000 }), micro, markup, fc.constantFrom(FEN, JIAO, NINE_JIAO, NINE_YUAN), (c, rise, m, bp, rounding) => {
        const rate: FxRate = { cnyPerUsdMicro: m };
        expect(computeRetailPrice({ usdCents: c + rise }, rate, bp, rounding).unitPriceFen).toBeGreaterThanOrEqual(computeRetailPrice({ usdCents: c }, rate, bp, rounding).unitPriceFen);
      }),
    );
  });

  it('converts USD → CNY → USD within one cent (property)', () => {
    fc.assert(
      fc.property(cents, micro, (c, m) => {
        const rate: FxRate = { cnyPerUsdMicro: m };
        const fen = computeRetailPrice({ usdCents: c }, rate, 0, FEN).unitPriceFen;
        expect(Math.abs(convertFenToUsdCents(fen, rate) - c)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('convertFenToUsdCents', () => {
  it.each<[number, string, number]>([
    [7123, '7.1234', 1000], // 999.94 cents
    [712_340, '7.1234', 100_000],
    [5, '2', 2], // 2.5 → even
    [7, '2', 4], // 3.5 → even
    [3, '2', 2], // 1.5 → even
    [0, '7.1234', 0],
  ])('%i fen at %s → %i cents (half-even)', (fen, rate, usd) => {
    expect(convertFenToUsdCents(fen, fx(rate))).toBe(usd);
  });
});
