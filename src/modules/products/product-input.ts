// The shape of a product as sellers send it (API and CSV import), as TypeBox schemas: one source for
// validation, types and the OpenAPI document.
import { Type, type Static } from 'typebox';
import { CATEGORY_CODES, LABEL_FIELDS, US_STATE_CODES } from './categories.js';

/** A string enum whose static type is the union of its values. */
const lit = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });

export const ShippingModeSchema = Type.Union([Type.Literal('9610'), Type.Literal('1210')], { description: '9610 direct mail from the US; 1210 bonded warehouse in China' });
export const StatutoryUnit = Type.Union([Type.Literal('ml'), Type.Literal('g'), Type.Literal('piece')]);

export const VariantInputSchema = Type.Object(
  {
    id: Type.Optional(Type.String({ pattern: '^var_[0-9a-z]{26}$', description: 'Present to update an existing variant' })),
    sku: Type.String({ pattern: '^[A-Za-z0-9._-]{1,64}$', description: 'Unique within your store' }),
    options: Type.Record(Type.String({ minLength: 1, maxLength: 40 }), Type.String({ minLength: 1, maxLength: 80 }), { maxProperties: 5, default: {} }),
    barcode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{8,14}$' }), Type.Null()])),
    weightGrams: Type.Integer({ minimum: 1, maximum: 100_000, description: 'Shipping weight in grams' }),
    priceMinor: Type.Integer({ minimum: 1, maximum: 100_000_000, description: 'USD price in cents' }),
    priceCnyFen: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 1_000_000_000 }), Type.Null()], { description: 'A fixed CNY shelf price in fen, instead of converting the USD price' })),
    statutoryUnit: StatutoryUnit,
    statutoryQty: Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Quantity in the statutory unit (e.g. 500 for 500 g); cosmetics tax is judged per ml or g' }),
  },
  { additionalProperties: false },
);

const LabelSchema = Type.Object(Object.fromEntries(LABEL_FIELDS.map((f) => [f, Type.Optional(Type.String({ maxLength: 1000 }))])) as Record<(typeof LABEL_FIELDS)[number], ReturnType<typeof Type.Optional<ReturnType<typeof Type.String>>>>, {
  additionalProperties: false,
  description: 'The Chinese electronic label: ingredients, manufacturer, storage, shelfLife, netContent (in Chinese)',
});

export const ProductInputSchema = Type.Object(
  {
    handle: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$', description: 'URL name, unique in your store; derived from the English title when absent' })),
    titleEn: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    descriptionEn: Type.String({ maxLength: 10_000, default: '' }),
    titleZh: Type.String({ maxLength: 100, default: '', description: 'Simplified Chinese; required to publish' }),
    descriptionZh: Type.String({ maxLength: 10_000, default: '' }),
    category: lit(CATEGORY_CODES),
    brand: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    originState: lit(US_STATE_CODES),
    hsCode: Type.String({ pattern: '^(\\d{8}|\\d{10})$', description: "8- or 10-digit China tariff code" }),
    shippingModes: Type.Array(ShippingModeSchema, { minItems: 1, maxItems: 2, uniqueItems: true }),
    attributes: Type.Record(Type.String({ minLength: 1, maxLength: 60 }), Type.String({ maxLength: 300 }), { maxProperties: 30, default: {} }),
    label: Type.Optional(LabelSchema),
    variants: Type.Array(VariantInputSchema, { minItems: 1, maxItems: 50 }),
    imageIds: Type.Array(Type.String({ pattern: '^med_[0-9a-z]{26}$' }), { maxItems: 12, uniqueItems: true, default: [] }),
  },
  { additionalProperties: false },
);

export type VariantInput = Static<typeof VariantInputSchema>;
export type ProductInput = Static<typeof ProductInputSchema>;

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'product'
  );
}
