// storefront: the shoppers' public catalog reads — the home page (featured, new arrivals, categories
// with counts, farm stories by US state), a published product's page with its landed prices per
// variant and mode, and a store's page. Cacheable: weak ETag from the body, max-age 60, 304 on match.
// Owns no tables (reads products, sellers, media, inventory and pricing through their index.ts).
// Publishes and consumes no events: the ETag follows the content. Built answers are kept in memory:
// product pages while their rows, stock and the pricing version are unchanged (page-cache.ts), the
// home for at most 15 s or until the pricing version changes (home-cache.ts).
export { registerStorefrontRoutes } from './routes.js';
export { ProductCard } from './cards.js';
