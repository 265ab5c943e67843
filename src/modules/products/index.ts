// products: sellers' products with their variants (SKUs), images and Chinese labels; the publishing
// lifecycle and its eligibility rules (positive list, labels, store set-up).
// Owns tables: products, product_variants, product_images. Publishes product.changed in the
// transaction of every create, edit, status change and bulk upsert (search follows it); consumes none.
// The storefront and search read published products through this module's functions.
export { CATEGORIES, CATEGORY_CODES, categoryOf, US_STATES, US_STATE_CODES, SHIPPING_MODES, type CategoryCode } from './categories.js';
export { checkEligibility, type Eligibility, type Reason } from './eligibility.js';
export { createProduct, updateProduct } from './save-product.js';
export { changeProductStatus } from './status.js';
export { ProductInputSchema, type ProductInput } from './product-input.js';
export { registerProductRoutes } from './routes.js';
export { findPublishedVariants, findSellerProduct, findSellerVariant, listHandles, listVariants } from './repo.js';
export { countPublishedBySellerCategory, findProductStamp, findPublishedProduct, findPublishedProducts, listPublishedIds, listPublishedProducts } from './published.js';
export { listImages } from './repo.js';
export type { CatalogSettings } from './evaluate.js';
export { previewCatalogUpsert, upsertCatalogRows, validGtin, type CatalogRow, type RowError, type UpsertCounts, type UpsertResult } from './bulk-upsert.js';
