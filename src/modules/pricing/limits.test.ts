import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyOrder, DEFAULT_LIMIT_SETTINGS, formatCny, taxPathFor, type ClassifyInput, type LimitSettings } from './limits.js';

const settings = (over: Partial<LimitSettings> = {}): LimitSettings => ({ ...DEFAULT_LIMIT_SETTINGS, ...over });
const order = (dutiableFen: number, over: Partial<ClassifyInput> = {}): ClassifyInput => ({
  lines: [{ dutiableFen, quantity: 2, indivisible: false }],
  orderDutiableFen: dutiableFen,
  orderPaidFen: dutiableFen,
  yearToDateFen: 0,
  ...over,
});
const single = (dutiableFen: number, over: Partial<ClassifyInput> = {}) => order(dutiableFen, { lines: [{ dutiableFen, quantity: 1, indivisible: true }], ...over });

describe('formatCny', () => {
  it.each<[number, string]>([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [120_000, '¥1,200.00'],
    [2_600_000, '¥26,000.00'],
    [123_456_789, '¥1,234,567.89'],
    [-100, '-¥1.00'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatCny(fen)).toBe(text);
  });
  it('refuses fractions of a fen', () => expect(() => formatCny(1.5)).toThrow(RangeError));
});

describe('the single-transaction limit', () => {
  it.each<[string, number, boolean, string]>([
    ['exactly 5,000, inclusive', 500_000, true, 'preferential'],
    ['exactly 5,000, exclusive', 500_000, false, 'rejected'],
    ['4,999.99, exclusive', 499_999, false, 'preferential'],
    ['5,000.01, inclusive', 500_001, true, 'rejected'],
  ])('%s → %s', (_label, dutiable, singleInclusive, kind) => {
    expect(classifyOrder(order(dutiable), settings({ singleInclusive })).kind).toBe(kind);
  });

  it('names the limit and the most an order may be', () => {
    const exclusive = classifyOrder(order(500_000), settings({ singleInclusive: false }));
    expect(exclusive).toMatchObject({ kind: 'rejected', reason: { code: 'over_single_limit', limitFen: 500_000, attemptedFen: 500_000, roomLeftFen: 499_999 } });
    const over = classifyOrder(order(620_000), settings());
    expect(over).toMatchObject({ kind: 'rejected', reason: { code: 'over_single_limit', roomLeftFen: 500_000 } });
    if (over.kind !== 'rejected') throw new Error('expected a rejection');
    expect(over.reason.message).toBe('Each cross-border order must be at most ¥5,000.00 in dutiable value (goods, freight and insurance); this one is ¥6,200.00. Split it into orders of up to ¥5,000.00 each.');
  });

  it.each<[string, ClassifyInput]>([
    ['two lines', { ...single(600_000), lines: [{ dutiableFen: 300_000, quantity: 1, indivisible: true }, { dutiableFen: 300_000, quantity: 1, indivisible: true }] }],
    ['quantity 2 of one item', { ...single(600_000), lines: [{ dutiableFen: 600_000, quantity: 2, indivisible: true }] }],
    ['one divisible item', { ...single(600_000), lines: [{ dutiableFen: 600_000, quantity: 1, indivisible: false }] }],
  ])('rejects an order over the limit that is not a single indivisible item: %s', (_label, input) => {
    expect(classifyOrder(input, settings())).toMatchObject({ kind: 'rejected', reason: { code: 'over_single_limit' } });
    expect(taxPathFor(input, settings())).toBe('preferential');
  });
});

describe('a single indivisible item over the single limit', () => {
  it('clears at full tax when the year stays within the annual limit, and counts toward it', () => {
    const c = classifyOrder(single(600_000, { orderPaidFen: 813_600, yearToDateFen: 1_000_000 }), settings());
    expect(c).toMatchObject({ kind: 'full_tax', countsTowardYearFen: 600_000, reason: { code: 'single_indivisible_item_over_single_limit', limitFen: 500_000, attemptedFen: 600_000 } });
    expect(taxPathFor(single(600_000), settings())).toBe('full_tax');
    // Exactly at the single limit it is an ordinary order.
    expect(classifyOrder(single(500_000), settings()).kind).toBe('preferential');
  });

  it('is rejected when it would take the year over the annual limit', () => {
    const c = classifyOrder(single(600_000, { yearToDateFen: 2_100_000 }), settings());
    expect(c).toMatchObject({ kind: 'rejected', reason: { code: 'over_annual_limit', limitFen: 2_600_000, attemptedFen: 2_700_000, roomLeftFen: 500_000 } });
    expect(c.kind === 'rejected' && c.reasons).toHaveLength(1);
  });

  it('counts the full-tax amount paid on the paid basis', () => {
    // 6,000 dutiable + 2,136 full tax = 8,136 paid; 18,000 already spent.
    const input = single(600_000, { orderPaidFen: 813_600, yearToDateFen: 1_800_000 });
    expect(classifyOrder(input, settings({ annualBasis: 'dutiable' })).kind).toBe('full_tax');
    expect(classifyOrder(input, settings({ annualBasis: 'paid' }))).toMatchObject({ kind: 'rejected', reason: { code: 'over_annual_limit', attemptedFen: 2_613_600, roomLeftFen: 800_000 } });
  });
});

describe('the annual limit', () => {
  // 21,000 so far plus an order of 5,000 reaches exactly 26,000 on the dutiable basis; paid adds 455 of tax.
  const boundary = order(500_000, { orderPaidFen: 545_500, yearToDateFen: 2_100_000 });
  type Code = 'over_single_limit' | 'over_annual_limit';
  it.each<[LimitSettings['annualBasis'], boolean, boolean, Code[], number | null]>([
    ['dutiable', true, true, [], null],
    ['dutiable', false, true, ['over_annual_limit'], 499_999],
    ['dutiable', true, false, ['over_single_limit'], null],
    ['dutiable', false, false, ['over_single_limit', 'over_annual_limit'], 499_999],
    ['paid', true, true, ['over_annual_limit'], 500_000],
    ['paid', false, true, ['over_annual_limit'], 499_999],
    ['paid', true, false, ['over_single_limit', 'over_annual_limit'], 500_000],
    ['paid', false, false, ['over_single_limit', 'over_annual_limit'], 499_999],
  ])('basis %s, annual inclusive %s, single inclusive %s → %j', (annualBasis, annualInclusive, singleInclusive, codes, room) => {
    const c = classifyOrder(boundary, settings({ annualBasis, annualInclusive, singleInclusive }));
    expect(c.kind === 'rejected' ? c.reasons.map((r) => r.code) : []).toEqual(codes);
    if (c.kind === 'rejected' && room !== null) expect(c.reasons.find((r) => r.code === 'over_annual_limit')).toMatchObject({ roomLeftFen: room });
  });

  it('exactly 26,000 on the paid basis passes when inclusive and fails by a fen when exclusive', () => {
    const paid = order(450_000, { orderPaidFen: 500_000, yearToDateFen: 2_100_000 });
    expect(classifyOrder(paid, settings({ annualBasis: 'paid' })).kind).toBe('preferential');
    expect(classifyOrder(paid, settings({ annualBasis: 'paid', annualInclusive: false })).kind).toBe('rejected');
  });

  it('says how much room is left this year', () => {
    const c = classifyOrder(order(300_000, { yearToDateFen: 2_480_000 }), settings());
    expect(c).toMatchObject({ kind: 'rejected', reason: { code: 'over_annual_limit', attemptedFen: 2_780_000, roomLeftFen: 120_000 } });
    if (c.kind !== 'rejected') throw new Error('expected a rejection');
    expect(c.reason.message).toBe('This order would bring your cross-border purchases this year to ¥27,800.00 (dutiable value), over the ¥26,000.00 yearly limit. You can spend ¥1,200.00 more this year.');
    const none = classifyOrder(order(100, { yearToDateFen: 2_600_000 }), settings());
    expect(none.kind === 'rejected' && none.reason.message).toMatch(/no room left this year/);
    expect(none).toMatchObject({ reason: { roomLeftFen: 0 } });
  });

  it('lists every limit broken, single first', () => {
    const c = classifyOrder(order(700_000, { yearToDateFen: 2_000_000 }), settings());
    expect(c.kind === 'rejected' && c.reasons.map((r) => r.code)).toEqual(['over_single_limit', 'over_annual_limit']);
  });

  it('counts what the order adds to the year on the configured basis', () => {
    const input = order(400_000, { orderPaidFen: 436_400, yearToDateFen: 0 });
    expect(classifyOrder(input, settings())).toEqual({ kind: 'preferential', countsTowardYearFen: 400_000 });
    expect(classifyOrder(input, settings({ annualBasis: 'paid' }))).toEqual({ kind: 'preferential', countsTowardYearFen: 436_400 });
  });
});

describe('per-person yearly quantity caps', () => {
  const sugar = (usedThisYear: number, thisOrder: number) => order(10_000, { perLineYearlyCaps: [{ hsCode: '17019910', capQuantity: 2000, unit: 'g', usedThisYear, thisOrder }] });
  it.each<[string, number, number, string]>([
    ['well under 2 kg', 0, 908, 'preferential'],
    ['exactly 2 kg', 1092, 908, 'preferential'],
    ['over 2 kg', 1500, 908, 'rejected'],
  ])('sugar: %s', (_label, used, order, kind) => {
    expect(classifyOrder(sugar(used, order), settings()).kind).toBe(kind);
  });

  it('names the tariff line, the cap and what is left', () => {
    const c = classifyOrder(sugar(1500, 908), settings());
    expect(c).toMatchObject({ kind: 'rejected', reason: { code: 'over_quantity_cap', hsCode: '17019910', unit: 'g', capQuantity: 2000, attemptedQuantity: 2408, roomLeftQuantity: 500 } });
    expect(c.kind === 'rejected' && c.reason.message).toBe('Goods under tariff line 17019910 are capped at 2000 g per person per year; with this order you would reach 2408 g. You can buy 500 g more this year.');
  });
});

describe('properties', () => {
  it('never admits an order beyond a limit, and never rejects one within all of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.boolean(),
        fc.record({ singleInclusive: fc.boolean(), annualInclusive: fc.boolean(), annualBasis: fc.constantFrom<'dutiable' | 'paid'>('dutiable', 'paid') }),
        (dutiable, tax, ytd, singleItem, over) => {
          const s = settings(over);
          const input = singleItem ? single(dutiable, { orderPaidFen: dutiable + tax, yearToDateFen: ytd }) : order(dutiable, { orderPaidFen: dutiable + tax, yearToDateFen: ytd });
          const c = classifyOrder(input, s);
          const withinSingle = s.singleInclusive ? dutiable <= s.singleLimitFen : dutiable < s.singleLimitFen;
          const year = ytd + (s.annualBasis === 'dutiable' ? dutiable : dutiable + tax);
          const withinYear = s.annualInclusive ? year <= s.annualLimitFen : year < s.annualLimitFen;
          const expected = !withinYear || (!withinSingle && !singleItem) ? 'rejected' : withinSingle ? 'preferential' : 'full_tax';
          expect(c.kind).toBe(expected);
          if (c.kind === 'rejected') for (const r of c.reasons) if (r.code !== 'over_quantity_cap') expect(r.roomLeftFen).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
