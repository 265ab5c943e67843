// Whether a product may be published on the cross-border channel, and every reason it may not.
// Pure: the caller looks up the tariff line and the store; nothing here touches the database.
import type { RemarkType, ShippingMode } from '../../db/schema.js';
import { categoryOf, REQUIRED_LABEL_FIELDS, type LabelField } from './categories.js';

export type TariffFinding =
  | { status: 'no_list' }
  | { status: 'not_listed'; tariffLine: string; announcement: string }
  | { status: 'listed'; announcement: string; line: { hsCode: string; remarkType: RemarkType; remark: string | null; capQuantity: number | null; capUnit: string | null } };

export type EligibilityInput = {
  product: {
    titleZh: string;
    descriptionZh: string;
    category: string;
    hsCode: string;
    shippingModes: ShippingMode[];
    label: Partial<Record<LabelField, string>>;
  };
  variantCount: number;
  imageCount: number;
  store: { shippingModes: ShippingMode[]; foodFacilityNumber: string | null; status: 'active' | 'suspended' };
  tariff: TariffFinding;
  settings: { foodFacilityRequired: boolean };
};

export type ReasonCode =
  | 'store_suspended'
  | 'chinese_title_missing'
  | 'chinese_title_not_chinese'
  | 'chinese_description_missing'
  | 'hs_code_invalid'
  | 'no_positive_list'
  | 'hs_not_listed'
  | 'bonded_only'
  | 'exclusion_notice'
  | 'product_name_notice'
  | 'quantity_cap_notice'
  | 'label_field_missing'
  | 'no_variants'
  | 'no_images'
  | 'shipping_mode_not_offered'
  | 'food_facility_missing'
  | 'category_unknown';

export type Reason = { code: ReasonCode; field: string; severity: 'error' | 'warning' | 'info'; params: Record<string, string | number> };
export type Eligibility = { eligible: boolean; reasons: Reason[] };

const CJK = /[\u3400-\u9fff]/;

export function checkEligibility(input: EligibilityInput): Eligibility {
  const { product, store, tariff } = input;
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, field: string, severity: Reason['severity'] = 'error', params: Reason['params'] = {}) => reasons.push({ code, field, severity, params });

  if (store.status !== 'active') add('store_suspended', 'store');
  if (!product.titleZh.trim()) add('chinese_title_missing', 'titleZh');
  else if (!CJK.test(product.titleZh)) add('chinese_title_not_chinese', 'titleZh');
  if (!product.descriptionZh.trim()) add('chinese_description_missing', 'descriptionZh');

  if (!/^\d{8}(\d{2})?$/.test(product.hsCode)) add('hs_code_invalid', 'hsCode', 'error', { hsCode: product.hsCode });
  else if (tariff.status === 'no_list') add('no_positive_list', 'hsCode');
  else if (tariff.status === 'not_listed') add('hs_not_listed', 'hsCode', 'error', { tariffLine: tariff.tariffLine, announcement: tariff.announcement });
  else {
    const { remarkType, remark, capQuantity, capUnit } = tariff.line;
    // A trade-mode remark on the list restricts the line to bonded import (网购保税, customs code 1210).
    if (remarkType === 'trade_mode' && product.shippingModes.includes('9610')) add('bonded_only', 'shippingModes', 'error', { remark: remark ?? '' });
    if (remarkType === 'exclusion') add('exclusion_notice', 'hsCode', 'warning', { remark: remark ?? '' });
    if (remarkType === 'product_name') add('product_name_notice', 'hsCode', 'warning', { remark: remark ?? '' });
    if (remarkType === 'quantity_cap') add('quantity_cap_notice', 'hsCode', 'info', { quantity: capQuantity ?? 0, unit: capUnit ?? '' });
  }

  const category = categoryOf(product.category);
  if (!category) add('category_unknown', 'category', 'error', { category: product.category });
  if (category?.labelKind) {
    for (const field of REQUIRED_LABEL_FIELDS[category.labelKind]) {
      if (!product.label[field]?.trim()) add('label_field_missing', `label.${field}`, 'error', { field, kind: category.labelKind });
    }
  }
  if (category?.food && input.settings.foodFacilityRequired && !store.foodFacilityNumber) add('food_facility_missing', 'store.foodFacilityNumber');

  for (const mode of product.shippingModes) if (!store.shippingModes.includes(mode)) add('shipping_mode_not_offered', 'shippingModes', 'error', { mode });
  if (input.variantCount === 0) add('no_variants', 'variants');
  if (input.imageCount === 0) add('no_images', 'images');

  return { eligible: !reasons.some((r) => r.severity === 'error'), reasons };
}
