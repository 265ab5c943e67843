// identity: what a shopper must give before a cross-border order (DOMAIN.md §6–§7) — verified
// identities (real name, resident ID number, mainland mobile) with the separate consent to process the
// ID number for customs declaration, and the risk notice each shopper confirmed, by version. The ID
// number is stored AES-256-GCM encrypted plus a keyed hash (the annual limit's key), shown only
// masked, and every read of the clear number (revealIdNumber) is audited with its purpose.
// Owns tables: shopper_identities, identity_consents, risk_notice_confirmations.
// Publishes no events; consumes none.
export { registerIdentityRoutes } from './routes.js';
export { checkResidentId, maskIdNumber, type ResidentIdCheck } from './resident-id.js';
export { findActiveIdentity, latestActiveIdentity, revealIdNumber, type ActiveIdentity } from './identities.js';
export { hasConfirmedRiskNotice } from './risk-notice.js';
export { RISK_NOTICE_VERSION, ID_CONSENT_VERSION } from './notices.js';
export { idNumberLookupHash } from './identities.js';
