// addresses: the shopper's address book — mainland China delivery addresses (recipient, mobile, province,
// city, district, street, postcode), one of them the default. Checkout declares the chosen one to customs
// as consignee, consigneeTelephone and consigneeAddress (DOMAIN.md §5; they must match the waybill), so
// addresses are checked and normalised by pure rules (address-rules.ts) before they are stored.
// Owns table: shopper_addresses (soft-deleted via deleted_at; the default is the live address with the
// latest made_default_at). Publishes and consumes no events. Reads PROVINCE_ZONES from pricing.

export { registerAddressRoutes } from './routes.js';
export { checkAddress, formatAddressZh, maskPhone, type Address, type AddressCheck, type AddressInput, type AddressProblem } from './address-rules.js';
export { listAddresses, viewAddress, MAX_ADDRESSES, type AddressView } from './address-book.js';
// findAddress(db, userId, addressId): one of the user's own live addresses, or undefined for another
// user's id or a deleted one. It takes a transaction too, so checkout can read it inside its own.
export { findAddress, type AddressRow } from './repo.js';
