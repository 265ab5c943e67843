// inventory: stock per variant per location — the US warehouse (9610 direct mail) and the bonded
// warehouse in China (1210) — with a ledger of every movement. Sellers adjust stock with a reason;
// nothing is a bare overwrite. Availability = on_hand − reserved, never below zero (checked by the
// database and by conditional updates). Orders hold stock as reservations (reservations.ts) until shipped,
// cancelled or expired.
// Owns tables: stock_levels, stock_movements. Publishes: stock.changed.
export { availableByVariant, locationOf, modeOf, seedStock } from './stock.js';
export { registerInventoryRoutes } from './routes.js';
export { consumeReserved, listReserved, releaseStock, reserveStock, type Hold } from './reservations.js';
