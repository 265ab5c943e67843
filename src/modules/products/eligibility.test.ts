import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityInput, type TariffFinding } from './eligibility.js';
import { explain } from './eligibility-messages.js';

const base: EligibilityInput = {
  product: {
    titleZh: '美国密歇根酸樱桃干 227克',
    descriptionZh: '产自密歇根特拉弗斯城的蒙莫朗西酸樱桃，低温烘干。',
    category: 'food',
    hsCode: '08134090',
    shippingModes: ['9610'],
    label: { ingredients: '酸樱桃、蔗糖', manufacturer: 'Traverse Bay Orchards LLC', storage: '阴凉干燥处', shelfLife: '12个月', netContent: '227克' },
  },
  variantCount: 1,
  imageCount: 1,
  store: { shippingModes: ['9610', '1210'], foodFacilityNumber: 'USA-MI-2024-000123', status: 'active' },
  tariff: { status: 'listed', announcement: '2022 No. 7', line: { hsCode: '08134090', remarkType: 'none', remark: null, capQuantity: null, capUnit: null } },
  settings: { foodFacilityRequired: true },
};
const codes = (input: EligibilityInput) => checkEligibility(input).reasons.map((r) => r.code);
const withProduct = (p: Partial<EligibilityInput['product']>): EligibilityInput => ({ ...base, product: { ...base.product, ...p } });

describe('checkEligibility', () => {
  it('passes a complete, listed product', () => {
    expect(checkEligibility(base)).toEqual({ eligible: true, reasons: [] });
  });

  it.each<[string, EligibilityInput, string]>([
    ['no Chinese title', withProduct({ titleZh: ' ' }), 'chinese_title_missing'],
    ['a "Chinese" title in English', withProduct({ titleZh: 'Dried cherries' }), 'chinese_title_not_chinese'],
    ['no Chinese description', withProduct({ descriptionZh: '' }), 'chinese_description_missing'],
    ['a malformed HS code', withProduct({ hsCode: '0813' }), 'hs_code_invalid'],
    ['no list loaded', { ...base, tariff: { status: 'no_list' } }, 'no_positive_list'],
    ['a line not on the list', { ...base, tariff: { status: 'not_listed', tariffLine: '24022000', announcement: '2022 No. 7' } }, 'hs_not_listed'],
    ['direct mail on a bonded-only line', { ...base, tariff: { ...base.tariff, line: { hsCode: '19011010', remarkType: 'trade_mode', remark: '仅限网购保税商品', capQuantity: null, capUnit: null } } as EligibilityInput['tariff'] }, 'bonded_only'],
    ['a missing label field', withProduct({ label: { ...base.product.label, shelfLife: '' } }), 'label_field_missing'],
    ['no variants', { ...base, variantCount: 0 }, 'no_variants'],
    ['no images', { ...base, imageCount: 0 }, 'no_images'],
    ['a mode the store does not offer', { ...base, store: { ...base.store, shippingModes: ['9610'] }, product: { ...base.product, shippingModes: ['1210'] } }, 'shipping_mode_not_offered'],
    ['food without a facility number', { ...base, store: { ...base.store, foodFacilityNumber: null } }, 'food_facility_missing'],
    ['a suspended store', { ...base, store: { ...base.store, status: 'suspended' } }, 'store_suspended'],
  ])('refuses %s', (_label, input, code) => {
    const verdict = checkEligibility(input);
    expect(verdict.eligible).toBe(false);
    expect(verdict.reasons.map((r) => r.code)).toContain(code);
  });

  it('lists every reason at once', () => {
    const all = codes({ ...base, product: { ...base.product, titleZh: '', descriptionZh: '', label: {} }, imageCount: 0, variantCount: 0 });
    expect(all).toEqual(expect.arrayContaining(['chinese_title_missing', 'chinese_description_missing', 'label_field_missing', 'no_variants', 'no_images']));
    expect(all.filter((c) => c === 'label_field_missing')).toHaveLength(5);
  });

  it('allows bonded mode on a bonded-only line, and keeps warnings from blocking', () => {
    const bonded = { ...(base.tariff as Extract<TariffFinding, { status: 'listed' }>), line: { hsCode: '19011010', remarkType: 'trade_mode' as const, remark: '仅限网购保税商品', capQuantity: null, capUnit: null } };
    expect(checkEligibility({ ...base, tariff: bonded, product: { ...base.product, shippingModes: ['1210'] } }).eligible).toBe(true);
    const excluded = checkEligibility({ ...base, tariff: { ...(base.tariff as Extract<TariffFinding, { status: 'listed' }>), line: { ...bonded.line, remarkType: 'exclusion', remark: '不含濒危物种成分' } } });
    expect(excluded.eligible).toBe(true);
    expect(excluded.reasons).toEqual([expect.objectContaining({ code: 'exclusion_notice', severity: 'warning' })]);
  });

  it('skips the facility number when the switch is off, and for non-food categories', () => {
    const noNumber = { ...base, store: { ...base.store, foodFacilityNumber: null } };
    expect(codes({ ...noNumber, settings: { foodFacilityRequired: false } })).not.toContain('food_facility_missing');
    expect(codes({ ...noNumber, product: { ...noNumber.product, category: 'bags', label: {} } })).toEqual([]);
  });

  it('needs the cosmetics label without storage conditions', () => {
    const cosmetics = withProduct({ category: 'beauty', label: { ingredients: '水、甘油', manufacturer: 'Cascade Botanicals', shelfLife: '36个月', netContent: '50毫升' } });
    expect(codes(cosmetics)).toEqual([]);
  });
});

describe('explain', () => {
  it('words reasons in English and Chinese with their parameters', () => {
    const reason = { code: 'hs_not_listed' as const, field: 'hsCode', severity: 'error' as const, params: { tariffLine: '24022000', announcement: '2022 No. 7' } };
    expect(explain(reason, 'en-US')).toContain('24022000 is not on the cross-border positive list');
    expect(explain(reason, 'zh-CN')).toContain('税则号列 24022000 不在现行跨境电商零售进口商品清单');
    expect(explain({ code: 'label_field_missing', field: 'label.shelfLife', severity: 'error', params: { field: 'shelfLife' } }, 'zh-CN')).toBe('中文电子标签缺少“保质期”。');
  });
});
