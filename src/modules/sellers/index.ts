// sellers: US seller organisations (farms, small businesses, brands, cooperatives) and their people.
// Owns tables: sellers, seller_members. Publishes seller.created. Consumes no events.
export { createSellerOrganisation, type NewSeller } from './create-seller.js';
export { registerSellerRoutes } from './routes.js';
export { findMembership, findSellerByLegalName } from './repo.js';
