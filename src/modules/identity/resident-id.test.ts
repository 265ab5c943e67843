import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCharOf, checkResidentId, maskIdNumber, maskMobile } from './resident-id.js';

const TODAY = new Date('2026-11-26T02:00:00Z');
const withCheck = (first17: string) => first17 + checkCharOf(first17);

describe('checkResidentId', () => {
  const cases: Array<[string, string, ReturnType<typeof checkResidentId>]> = [
    ['DOMAIN valid vector (X check)', '11010519491231002X', { ok: true, idNumber: '11010519491231002X', birthDate: '1949-12-31', region: '110105' }],
    ['DOMAIN second valid vector', '34052419800101001X', { ok: true, idNumber: '34052419800101001X', birthDate: '1980-01-01', region: '340524' }],
    ['lower-case x, spaces around', '  11010519491231002x ', { ok: true, idNumber: '11010519491231002X', birthDate: '1949-12-31', region: '110105' }],
    ['leap day on a leap year', withCheck('11010520000229123'), { ok: true, idNumber: withCheck('11010520000229123'), birthDate: '2000-02-29', region: '110105' }],
    ['born today in China', withCheck('11010520261126123'), { ok: true, idNumber: withCheck('11010520261126123'), birthDate: '2026-11-26', region: '110105' }],
    ['born 1900-01-01', withCheck('11010519000101123'), { ok: true, idNumber: withCheck('11010519000101123'), birthDate: '1900-01-01', region: '110105' }],
  ];
  it.each(cases)('accepts %s', (_name, input, expected) => {
    expect(checkResidentId(input, TODAY)).toEqual(expected);
  });

  const rejects: Array<[string, string, 'format' | 'birth_date' | 'checksum']> = [
    ['DOMAIN invalid vector', '360426199101010072', 'checksum'],
    ['17 characters', '11010519491231002', 'format'],
    ['19 characters', '11010519491231002X1', 'format'],
    ['empty', '', 'format'],
    ['a letter inside', '1101051949A231002X', 'format'],
    ['X not last', 'X10105194912310021', 'format'],
    ['another letter last', '11010519491231002Y', 'format'],
    ['inner spaces', '110105 19491231002X', 'format'],
    ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ', 'format'],
    ['February 30', withCheck('11010519900230123'), 'birth_date'],
    ['February 29 on a non-leap year', withCheck('11010519010229123'), 'birth_date'],
    ['February 29 in 1900 (not a leap year)', withCheck('11010519000229123'), 'birth_date'],
    ['month 13', withCheck('11010519901301123'), 'birth_date'],
    ['day 00', withCheck('11010519900100123'), 'birth_date'],
    ['before 1900', withCheck('11010518991231123'), 'birth_date'],
    ['tomorrow in China', withCheck('11010520261127123'), 'birth_date'],
    ['far future', withCheck('11010520990101123'), 'birth_date'],
    ['valid date, wrong check', '11010519491231002' + '1', 'checksum'],
  ];
  it.each(rejects)('rejects %s', (_name, input, reason) => {
    const out = checkResidentId(input, TODAY);
    expect(out).toMatchObject({ ok: false, reason });
    if (!out.ok && input.trim()) expect(out.message).not.toContain(input.trim());
  });

  it('takes the date in China: 16:30 UTC on the 25th is already the 26th there', () => {
    expect(checkResidentId(withCheck('11010520261126123'), new Date('2026-11-25T16:30:00Z')).ok).toBe(true);
    expect(checkResidentId(withCheck('11010520261126123'), new Date('2026-11-25T15:30:00Z')).ok).toBe(false);
  });

  const validParts = fc.record({
    region: fc.stringMatching(/^[1-9]\d{5}$/),
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-25T00:00:00Z'), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  });
  const first17Of = (p: { region: string; date: Date; sequence: number }) =>
    p.region + p.date.toISOString().slice(0, 10).replaceAll('-', '') + String(p.sequence).padStart(3, '0');

  it('property: the computed check character makes any valid region/date/sequence valid', () => {
    fc.assert(
      fc.property(validParts, (p) => {
        const id = withCheck(first17Of(p));
        const out = checkResidentId(id, TODAY);
        expect(out).toEqual({ ok: true, idNumber: id, birthDate: p.date.toISOString().slice(0, 10), region: p.region });
      }),
    );
  });

  it('property: changing any one digit makes it invalid', () => {
    fc.assert(
      fc.property(validParts, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (p, position, shift) => {
        const id = withCheck(first17Of(p));
        const digit = (Number(id[position]) + shift) % 10;
        const changed = id.slice(0, position) + String(digit) + id.slice(position + 1);
        // A digit change either breaks the date or the check sum (weights mod 11 are all non-zero).
        expect(checkResidentId(changed, TODAY).ok).toBe(false);
      }),
    );
  });

  it('property: changing the check character makes it invalid', () => {
    fc.assert(
      fc.property(validParts, fc.constantFrom(...'0123456789X'), (p, c) => {
        const first17 = first17Of(p);
        fc.pre(c !== checkCharOf(first17));
        expect(checkResidentId(first17 + c, TODAY)).toMatchObject({ ok: false, reason: 'checksum' });
      }),
    );
  });
});

describe('masking', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['11010519491231002x', '110105********002X'],
    ['34052419800101001X', '340524********001X'],
  ])('masks %s as %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it('masks a mobile as 138****1234', () => expect(maskMobile('13800001234')).toBe('138****1234'));
});
