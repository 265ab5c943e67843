// applications: a US business applying to sell on Gateway — the draft, its documents, submission,
// and the operators' review (approve creates the seller organisation through the sellers module).
// Owns tables: seller_applications, application_attachments. Publishes no events of its own
// (approval publishes seller.created through sellers); consumes none.
export { registerApplicationRoutes } from './routes.js';
export { validEin } from './rules.js';
export { saveApplication } from './apply.js';
export { findApplication, findLatestApplication } from './repo.js';
