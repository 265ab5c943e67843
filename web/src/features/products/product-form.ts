// The product editor's form state and its translation to and from the API: prices typed in dollars
// and sent in cents, option columns shared by every variant, attribute rows, the image order.
import { centsToDollars, parseDollars } from '../../app/i18n/formats.js';
import type { ImageUrls, LabelField, Product, ProductContent, ProductInput, ShippingMode, StatutoryUnit } from './product-types.js';
import { LABEL_FIELDS, SHIPPING_MODES } from './product-types.js';

export type VariantRow = { key: string; id?: string; sku: string; options: Record<string, string>; barcode: string; weight: string; price: string; unit: StatutoryUnit; qty: string };
export type AttributeRow = { key: string; name: string; value: string };
export type ImageItem = { mediaId: string; urls: ImageUrls };

export type ProductForm = ProductContent & {
  attributes: AttributeRow[];
  optionNames: string[];
  variants: VariantRow[];
  images: ImageItem[];
};

let counter = 0;
/** Keys for rows the user adds, so React keeps each row's inputs when rows move or go. */
export const rowKey = () => `row-${++counter}`;

export const emptyVariant = (): VariantRow => ({ key: rowKey(), sku: '', options: {}, barcode: '', weight: '', price: '', unit: 'g', qty: '' });

export function emptyForm(originState: string, shippingModes: ShippingMode[], optionName: string): ProductForm {
  return {
    titleEn: '',
    descriptionEn: '',
    titleZh: '',
    descriptionZh: '',
    category: '',
    brand: '',
    originState,
    hsCode: '',
    shippingModes: shippingModes.length ? [...shippingModes] : ['9610'],
    label: {},
    attributes: [],
    optionNames: [optionName],
    variants: [emptyVariant()],
    images: [],
  };
}

export function formFromProduct(p: Product): ProductForm {
  const optionNames = [...new Set(p.variants.flatMap((v) => Object.keys(v.options)))];
  return {
    titleEn: p.titleEn,
    descriptionEn: p.descriptionEn,
    titleZh: p.titleZh,
    descriptionZh: p.descriptionZh,
    category: p.category,
    brand: p.brand,
    originState: p.originState,
    hsCode: p.hsCode,
    shippingModes: [...p.shippingModes],
    label: { ...p.label },
    attributes: Object.entries(p.attributes).map(([name, value]) => ({ key: rowKey(), name, value })),
    optionNames,
    variants: p.variants.map((v) => ({
      key: v.id,
      id: v.id,
      sku: v.sku,
      options: { ...v.options },
      barcode: v.barcode ?? '',
      weight: String(v.weightGrams),
      price: centsToDollars(v.price.amountMinor),
      unit: v.statutoryUnit,
      qty: String(v.statutoryQty),
    })),
    images: [...p.images].sort((a, b) => a.position - b.position).map((i) => ({ mediaId: i.mediaId, urls: i.urls })),
  };
}

const int = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : 0);

/** What Save sends. The inputs' own validation (required, patterns) runs first, so numbers parse. */
export function inputFromForm(f: ProductForm): ProductInput {
  const names = f.optionNames.map((n) => n.trim()).filter(Boolean);
  const label: Partial<Record<LabelField, string>> = {};
  for (const field of LABEL_FIELDS) {
    const value = f.label[field]?.trim();
    if (value) label[field] = value;
  }
  return {
    titleEn: f.titleEn.trim(),
    descriptionEn: f.descriptionEn,
    titleZh: f.titleZh.trim(),
    descriptionZh: f.descriptionZh,
    category: f.category,
    brand: f.brand.trim(),
    originState: f.originState,
    hsCode: f.hsCode.trim(),
    shippingModes: SHIPPING_MODES.filter((m) => f.shippingModes.includes(m)),
    attributes: Object.fromEntries(f.attributes.filter((a) => a.name.trim()).map((a) => [a.name.trim(), a.value.trim()])),
    label,
    variants: f.variants.map((v) => ({
      ...(v.id ? { id: v.id } : {}),
      sku: v.sku.trim(),
      options: Object.fromEntries(names.map((n) => [n, v.options[n]?.trim() ?? '']).filter(([, value]) => value)),
      barcode: v.barcode.trim() || null,
      weightGrams: int(v.weight),
      priceMinor: parseDollars(v.price) ?? 0,
      statutoryUnit: v.unit,
      statutoryQty: int(v.qty),
    })),
    imageIds: f.images.map((i) => i.mediaId),
  };
}

/** What the live eligibility check needs from the form (POST /seller/eligibility-check). */
export function eligibilityBody(f: ProductForm) {
  const input = inputFromForm(f);
  return {
    titleZh: input.titleZh,
    descriptionZh: input.descriptionZh,
    category: input.category,
    hsCode: input.hsCode,
    shippingModes: input.shippingModes,
    label: input.label,
    variantCount: f.variants.length,
    imageCount: f.images.length,
  };
}

/** The server names fields as in the body it read: `product.variants.0.sku` on PUT, `variants.0.sku` on POST. */
export const normaliseField = (field: string) => field.replace(/^(body\.)?(product\.)?/, '');

export const sameForm = (a: ProductForm, b: ProductForm) => JSON.stringify(inputFromForm(a)) === JSON.stringify(inputFromForm(b)) && a.optionNames.join() === b.optionNames.join();

/** What every editor section receives: the form, a way to change it, and the server's field messages. */
export type SectionProps = { form: ProductForm; update: (patch: Partial<ProductForm>) => void; errorOf: (field: string) => string | undefined };
