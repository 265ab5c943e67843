// audit: the append-only trail of who did what to which subject, and when.
// Owns table: audit_log. Publishes no events; consumes none. Other modules call recordAudit inside
// their own transaction, so an audited change and its entry commit together.
export { recordAudit, recordAudits, type AuditInput } from './record.js';
export { registerAuditRoutes } from './routes.js';
export { listAuditTrail } from './repo.js';
