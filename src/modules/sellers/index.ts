// sellers: US seller organisations (farms, small businesses, brands, cooperatives) and their people.
// Also the store profile shoppers see, and staff invitations.
// Owns tables: sellers, seller_members, seller_invitations. Publishes seller.created. Consumes no events.
export { createSellerOrganisation, insertSellerOrganisation, type NewSeller } from './create-seller.js';
export { registerStoreRoutes, type StoreRouteOptions } from './store-routes.js';
export { updateStoreProfile, type StoreProfileInput } from './store-profile.js';
export { registerSellerRoutes } from './routes.js';
export { findMembership, findSeller, findSellerByLegalName, findSellerStamp, listSellers } from './repo.js';
