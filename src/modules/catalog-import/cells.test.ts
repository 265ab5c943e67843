import { describe, expect, it } from 'vitest';
import { hsCodeHint, normaliseHsCode, parseBarcode, parsePrice, parseShippingModes, parseWholeNumber } from './cells.js';

describe('cells', () => {
  it.each([
    ['12.99', 1299],
    ['12.9', 1290],
    ['12.', 1200],
    ['7', 700],
    ['0.01', 1],
    ['007.50', 750],
    ['1000000.00', 100_000_000],
    ['999999999.99', 99_999_999_999],
  ])('reads the price %s as %i cents', (text, cents) => {
    expect(parsePrice(text)).toEqual({ value: cents });
  });

  it.each([
    ['', 'is required'],
    ['0', 'must be more than 0'],
    ['0.00', 'must be more than 0'],
    ['-12.99', 'must be more than 0'],
    ['12.999', 'more than 2 decimals'],
    ['1,299', 'thousands separators'],
    ['1,299.50', 'write 1299.50'],
    ['12,99', 'write 12.99'],
    ['$12.99', 'without a currency sign'],
    ['US$12.99', 'write 12.99'],
    ['12.99 USD', 'like 12.99'],
    ['.99', 'like 12.99'],
    ['1e3', 'like 12.99'],
    ['1234567890', 'at most 1000000.00'],
  ])('refuses the price "%s" (%s)', (text, message) => {
    expect(parsePrice(text)).toEqual({ error: expect.stringContaining(message) });
  });

  it('reads whole numbers and leaves ranges to the product schema', () => {
    expect(parseWholeNumber('260')).toEqual({ value: 260 });
    expect(parseWholeNumber('-3')).toEqual({ value: -3 });
    for (const text of ['2.5', '1,000', 'ten', '1e3']) expect(parseWholeNumber(text)).toEqual({ error: `must be a whole number (got "${text}")` });
    expect(parseWholeNumber('')).toEqual({ error: 'is required' });
  });

  it('splits shipping modes and cleans tariff codes', () => {
    expect(parseShippingModes('9610|1210')).toEqual(['9610', '1210']);
    expect(parseShippingModes(' 9610 ; 1210,')).toEqual(['9610', '1210']);
    expect(parseShippingModes('')).toEqual([]);
    expect(normaliseHsCode('0813.40.90')).toBe('08134090');
    expect(hsCodeHint('8134090')).toContain('leading zero');
    expect(hsCodeHint('08134090')).toBe('');
  });

  it('checks barcodes, explaining what spreadsheets do to them', () => {
    expect(parseBarcode('')).toEqual({ value: null });
    expect(parseBarcode('0012345678905')).toEqual({ value: '0012345678905' });
    expect(parseBarcode('96385074')).toEqual({ value: '96385074' });
    expect(parseBarcode('0012345678901')).toEqual({ error: 'is not a valid GTIN/EAN/UPC (check digit)' });
    expect(parseBarcode('1234567890')).toEqual({ error: 'is not a valid GTIN/EAN/UPC (10 digits)' });
    expect(parseBarcode('12345678905')).toEqual({ error: expect.stringContaining('11 digits: a spreadsheet may have dropped a leading zero') });
    expect(parseBarcode('1.23457E+12')).toEqual({ error: expect.stringContaining('turned into a number by a spreadsheet') });
    expect(parseBarcode('ABC')).toEqual({ error: 'must be 8, 12, 13 or 14 digits (got "ABC")' });
  });
});
