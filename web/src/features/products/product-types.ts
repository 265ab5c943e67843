// Products, categories and eligibility as the server answers them (src/modules/products/views.ts).
export type ProductStatus = 'draft' | 'published' | 'suspended' | 'archived';
export type ShippingMode = '9610' | '1210';
export type StatutoryUnit = 'ml' | 'g' | 'piece';
export type LabelField = 'ingredients' | 'manufacturer' | 'storage' | 'shelfLife' | 'netContent';

export const PRODUCT_STATUSES: readonly ProductStatus[] = ['draft', 'published', 'suspended', 'archived'];
export const SHIPPING_MODES: readonly ShippingMode[] = ['9610', '1210'];
export const STATUTORY_UNITS: readonly StatutoryUnit[] = ['ml', 'g', 'piece'];
export const LABEL_FIELDS: readonly LabelField[] = ['ingredients', 'manufacturer', 'storage', 'shelfLife', 'netContent'];

export type Category = { code: string; en: string; zh: string; food: boolean; labelFields: LabelField[] };

export type ImageUrls = { thumb: string; medium: string; large: string; original: string };
export type UploadedImage = { id: string; purpose: 'product_image' | 'store_logo'; contentType: string; width: number; height: number; sizeBytes: number; urls: ImageUrls };

export type Variant = {
  id: string;
  sku: string;
  options: Record<string, string>;
  barcode: string | null;
  weightGrams: number;
  price: { amountMinor: number; currency: 'USD' };
  statutoryUnit: StatutoryUnit;
  statutoryQty: number;
};

/** What the seller writes about a product: the same fields in the API's answer, its input and the editor's form. */
export type ProductContent = {
  titleEn: string;
  descriptionEn: string;
  titleZh: string;
  descriptionZh: string;
  category: string;
  brand: string;
  originState: string;
  hsCode: string;
  shippingModes: ShippingMode[];
  label: Partial<Record<LabelField, string>>;
};

export type Product = ProductContent & {
  id: string;
  sellerId: string;
  handle: string;
  status: ProductStatus;
  statusReason: string | null;
  attributes: Record<string, string>;
  variants: Variant[];
  images: Array<{ mediaId: string; position: number; urls: ImageUrls }>;
  revision: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type VariantInput = {
  id?: string;
  sku: string;
  options: Record<string, string>;
  barcode: string | null;
  weightGrams: number;
  priceMinor: number;
  statutoryUnit: StatutoryUnit;
  statutoryQty: number;
};

export type ProductInput = ProductContent & {
  attributes: Record<string, string>;
  variants: VariantInput[];
  imageIds: string[];
};

export type Severity = 'error' | 'warning' | 'info';
export type EligibilityReason = { code: string; field: string; severity: Severity; message: string };
export type Eligibility = { eligible: boolean; reasons: EligibilityReason[] };

export type TariffLine = { hsCode: string; description: string; remarkType: 'none' | 'exclusion' | 'trade_mode' | 'product_name' | 'quantity_cap'; remark: string | null; capQuantity: number | null; capUnit: string | null };
export type TariffLookup = { status: 'listed' | 'not_listed' | 'no_list'; line: TariffLine | null; version: { id: string; announcement: string; effectiveFrom: string } | null };

export type StatusSummary = Record<ProductStatus, number>;

export const HS_CODE = /^(\d{8}|\d{10})$/;
