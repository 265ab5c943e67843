import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, formatAlipayTime, parseAlipayTime, yuanToFen } from './alipay-fields.js';

describe('fen ↔ yuan', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [110, '1.10'],
    [12345, '123.45'],
    [500000, '5000.00'],
    [499999, '4999.99'],
    [2600000, '26000.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i fen is "%s"', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each([
    ['0.01', 1],
    ['1.1', 110],
    ['1.10', 110],
    ['5000', 500000],
    ['26000.00', 2600000],
    ['0.29', 29],
    ['0.57', 57],
    ['1.15', 115],
  ])('"%s" is %i fen (no float drift)', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each(['', ' 1.00', '1.001', '-1.00', '+1', '1e3', '01.00', '1.', '.5', '1,000.00', 'NaN', '１.００', '90071992547409.92'])('refuses "%s"', (text) => {
    expect(() => yuanToFen(text)).toThrow(RangeError);
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses %d fen', (fen) => {
    expect(() => fenToYuan(fen)).toThrow(RangeError);
  });

  it('round-trips every safe amount', () => {
    fc.assert(fc.property(fc.maxSafeNat(), (fen) => yuanToFen(fenToYuan(fen)) === fen));
  });
});

describe('Alipay times (Beijing wall clock)', () => {
  it('writes and reads UTC+8', () => {
    const at = new Date('2026-11-25T16:30:05Z');
    expect(formatAlipayTime(at)).toBe('2026-11-26 00:30:05');
    expect(parseAlipayTime('2026-11-26 00:30:05').toISOString()).toBe('2026-11-25T16:30:05.000Z');
  });

  it.each(['2026-02-30 10:00:00', '2026-11-26T00:30:05', '2026-11-26 24:00:00', '26-11-26 00:00:00', ''])('refuses "%s"', (text) => {
    expect(() => parseAlipayTime(text)).toThrow(RangeError);
  });
});
