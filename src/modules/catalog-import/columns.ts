// The columns of a product import file: one row per variant (SKU); rows with the same handle form
// one product and repeat its product columns.
import type { CatalogRow } from '../products/index.js';

export const COLUMNS = [
  'handle',
  'sku',
  'title_en',
  'title_zh',
  'description_en',
  'description_zh',
  'category',
  'brand',
  'origin_state',
  'hs_code',
  'shipping_modes',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'barcode',
  'weight_g',
  'price_usd',
  'statutory_unit',
  'statutory_qty',
  'label_ingredients',
  'label_manufacturer',
  'label_storage',
  'label_shelf_life',
  'label_net_content',
] as const;

export type Column = (typeof COLUMNS)[number];
export const isColumn = (name: string): name is Column => (COLUMNS as readonly string[]).includes(name);

export const REQUIRED_COLUMNS: readonly Column[] = ['handle', 'sku', 'title_en', 'category', 'brand', 'origin_state', 'hs_code', 'shipping_modes', 'weight_g', 'price_usd', 'statutory_unit', 'statutory_qty'];

type LabelField = keyof NonNullable<CatalogRow['product']['label']>;
export const LABEL_COLUMNS: Record<LabelField, Column> = {
  ingredients: 'label_ingredients',
  manufacturer: 'label_manufacturer',
  storage: 'label_storage',
  shelfLife: 'label_shelf_life',
  netContent: 'label_net_content',
};

/** Product-level columns: every row of a product must agree on them. */
export const PRODUCT_COLUMNS: readonly Column[] = ['title_en', 'title_zh', 'description_en', 'description_zh', 'category', 'brand', 'origin_state', 'hs_code', 'shipping_modes', ...Object.values(LABEL_COLUMNS)];
