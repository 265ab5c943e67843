// What each eligibility reason says, in the seller's language (ICU messages).
import { IntlMessageFormat } from 'intl-messageformat';
import type { Reason, ReasonCode } from './eligibility.js';

export type Locale = 'en-US' | 'zh-CN';

const LABEL_NAMES: Record<Locale, Record<string, string>> = {
  'en-US': { ingredients: 'ingredients', manufacturer: 'manufacturer', storage: 'storage conditions', shelfLife: 'shelf life', netContent: 'net content' },
  'zh-CN': { ingredients: '配料/成分', manufacturer: '生产商', storage: '贮存条件', shelfLife: '保质期', netContent: '净含量' },
};

const MESSAGES: Record<Locale, Record<ReasonCode, string>> = {
  'en-US': {
    store_suspended: 'Your store is suspended; products cannot be published until Gateway reinstates it.',
    chinese_title_missing: 'Add a Simplified Chinese title: shoppers search and buy in Chinese.',
    chinese_title_not_chinese: 'The Chinese title has no Chinese characters; write it in Simplified Chinese.',
    chinese_description_missing: 'Add a Simplified Chinese description.',
    hs_code_invalid: 'The HS code "{hsCode}" must be 8 or 10 digits of China’s tariff.',
    no_positive_list: 'No positive list is loaded yet, so eligibility cannot be checked; ask Gateway operations.',
    hs_not_listed: 'Tariff line {tariffLine} is not on the cross-border positive list in force ({announcement}); this product cannot be sold through the channel.',
    bonded_only: 'This tariff line may only be sold from a bonded warehouse (1210): remove direct mail (9610). List remark: {remark}',
    exclusion_notice: 'The list excludes some goods under this line: {remark}. Make sure your product is not one of them.',
    product_name_notice: 'The list limits this line to certain products: {remark}.',
    quantity_cap_notice: 'Shoppers may buy at most {quantity} {unit} of this line per year; checkout enforces it.',
    label_field_missing: 'The Chinese electronic label needs the {field}.',
    no_variants: 'Add at least one variant (SKU) with a price.',
    no_images: 'Add at least one product image.',
    shipping_mode_not_offered: 'Your store does not offer shipping mode {mode}; enable it in your store profile or remove it here.',
    food_facility_missing: 'Food products need your China food-facility registration number (GACC) on your store profile.',
    category_unknown: 'Unknown category "{category}".',
  },
  'zh-CN': {
    store_suspended: '店铺已被暂停，恢复前不能发布商品。',
    chinese_title_missing: '请填写简体中文标题：消费者用中文搜索和购买。',
    chinese_title_not_chinese: '中文标题中没有汉字，请用简体中文填写。',
    chinese_description_missing: '请填写简体中文描述。',
    hs_code_invalid: 'HS 编码“{hsCode}”须为 8 位或 10 位中国税则号列。',
    no_positive_list: '尚未导入正面清单，无法判断资格，请联系平台运营。',
    hs_not_listed: '税则号列 {tariffLine} 不在现行跨境电商零售进口商品清单（{announcement}）内，不能通过该渠道销售。',
    bonded_only: '该税号仅限网购保税（1210）模式，请取消直邮（9610）。清单备注：{remark}',
    exclusion_notice: '清单对该税号有排除条款：{remark}。请确认商品不在其列。',
    product_name_notice: '清单限定该税号的商品名称：{remark}。',
    quantity_cap_notice: '消费者每年最多购买该税号商品 {quantity} {unit}，结算时将校验。',
    label_field_missing: '中文电子标签缺少“{field}”。',
    no_variants: '请至少添加一个带价格的规格（SKU）。',
    no_images: '请至少上传一张商品图片。',
    shipping_mode_not_offered: '店铺未开通 {mode} 模式，请在店铺资料中开通或在此取消。',
    food_facility_missing: '食品类商品需要在店铺资料中填写中国海关进口食品境外生产企业注册号。',
    category_unknown: '未知类目“{category}”。',
  },
};

const cache = new Map<string, IntlMessageFormat>();

export function explain(reason: Reason, locale: Locale): string {
  const key = `${locale}:${reason.code}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new IntlMessageFormat(MESSAGES[locale][reason.code], locale)));
  const params = { ...reason.params };
  if (reason.code === 'label_field_missing') params['field'] = LABEL_NAMES[locale][String(params['field'])] ?? String(params['field']);
  return String(format.format(params));
}

export function localeFrom(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
