// cart: shoppers' carts — one per signed-in account, one per guest browser (an HttpOnly cookie holding a
// random token; only its hash is stored), merged into the account's cart on the first cart request after
// sign-in. Lines are grouped into parcels (one seller + one shipping mode), each priced by a live quote
// from pricing, with stock from inventory and products on sale from products.
// Owns tables: carts, cart_lines. Publishes and consumes no events.
export { registerCartRoutes } from './routes.js';
export { viewCart, type CartView, type CartGroup } from './view-cart.js';
export { openCart, GUEST_CART_COOKIE, MAX_LINES } from './open-cart.js';
export { cartLinesOfUser, removeOrderedLines } from './checkout-lines.js';
