// search: the storefront's product search — Chinese (Intl.Segmenter words + CJK bigrams + single
// characters), pinyin (full and initials of 2–4 character stretches, pinyin-pro) and English (with a
// light plural stem), ranked title > attributes/meta > description with the exact title first, then
// titles containing the query, then sales and recency; facets, sorting, bounded paging, suggestions.
// One interface, two engines: SQLite FTS5 (search_fts, contentless) or PostgreSQL tsvector + GIN
// (search_documents.tsv, 'simple' config over terms we cut ourselves).
// Owns tables: search_documents (one denormalised row per published product of an active store),
// search_fts (SQLite only), search_meta (the index version: the answers' ETag and cache key).
// Publishes no events. Consumes product.changed and stock.changed (wired in app.ts): the named
// products are re-read and their documents rewritten or removed in one transaction.
// Prices: a document keeps the lowest shelf price of its variants (pricing's loadShelfPricer, the
// same arithmetic as the quote) computed when it was indexed. A new FX rate or pricing settings
// reach the index on the next rebuildSearchIndex (on demand, e.g. after the rate is entered), not
// on every search: sorting and filtering by price then stay plain indexed SQL.
export { registerSearchRoutes } from './routes.js';
export { ensureSearchIndex, rebuildSearchIndex, reindexProducts } from './reindex.js';
