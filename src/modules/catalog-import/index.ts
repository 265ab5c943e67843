// catalog-import: sellers' bulk product files (CSV, one row per variant). A file is checked whole
// and stored with its report; on the seller's go-ahead its valid rows are written through the
// products module in one transaction (products/bulk-upsert), and the import is closed.
// Owns table: catalog_imports. Publishes and consumes no events (audit: catalog.imported).
export { registerCatalogImportRoutes } from './routes.js';
