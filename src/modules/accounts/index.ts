// accounts: people who sign in (shoppers, sellers' people, operators), their passwords and sessions.
// Owns tables: users, sessions, login_failures. Publishes account.signed_up, account.password_changed.
// Consumes no events. The session cookie is resolved here; route access is enforced in platform/auth.
export { registerAccountRoutes, UserSchema } from './routes.js';
export { createAccount, type NewAccount } from './sign-up.js';
export { findSessionUser, type SessionUser } from './sessions.js';
export { findUserByEmail, findUsersByIds } from './repo.js';
export { passwordProblem } from './credentials.js';
