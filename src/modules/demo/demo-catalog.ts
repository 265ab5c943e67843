// The shape of the demo catalog: each seller's products as the seller would enter them, plus the
// picture to draw and the state the product should end in (so the seller center shows every state).
import type { ShippingMode } from '../../db/schema.js';
import type { ProductInput } from '../products/index.js';
import type { Art } from './product-art.js';

export type DemoState = 'published' | 'draft' | 'archived' | 'suspended';
export type DemoVariant = ProductInput['variants'][number];

export type DemoProduct = Pick<ProductInput, 'titleEn' | 'descriptionEn' | 'titleZh' | 'descriptionZh' | 'category' | 'hsCode' | 'attributes' | 'label'> & {
  /** The natural key: a product with this handle in the seller's store is never created again. */
  handle: string;
  variants: DemoVariant[];
  art: Art;
  /** Defaults to every mode the store offers; the origin state is the seller's. */
  shippingModes?: ShippingMode[];
  /** Defaults to published. */
  state?: DemoState;
  /** Why the operator suspended it (state suspended). */
  suspendReason?: string;
};

/** A seller's products, matched to the seller by legal name. */
export type DemoCatalog = { legalName: string; brand: string; products: DemoProduct[] };

/** A UPC-A (GTIN-12) from a company prefix and an item number, with its GS1 check digit. */
export function upc(prefix: string, item: number): string {
  const body = prefix + String(item).padStart(11 - prefix.length, '0');
  if (!/^\d{11}$/.test(body)) throw new Error(`UPC body must be 11 digits: ${body}`);
  const sum = [...body].reverse().reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
}

type VariantSpec = { price: number; grams: number; unit: DemoVariant['statutoryUnit']; qty: number; barcode?: string | null };

/** One variant; `price` is in USD cents, `grams` the shipping weight. */
export function variant(sku: string, options: Record<string, string>, spec: VariantSpec): DemoVariant {
  return { sku, options, barcode: spec.barcode ?? null, weightGrams: spec.grams, priceMinor: spec.price, statutoryUnit: spec.unit, statutoryQty: spec.qty };
}
