import type { DbOrTrx } from '../../db/database.js';
import type { AuditLogTable } from '../../db/schema.js';

/** Inserts in chunks of 500 rows (9 parameters each stays under both engines' parameter limits). */
export async function insertAuditEntries(db: DbOrTrx, entries: AuditLogTable[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) await db.insertInto('audit_log').values(entries.slice(i, i + 500)).execute();
}

export type AuditFilter = { subjectType?: string | undefined; subjectId?: string | undefined; actorId?: string | undefined; action?: string | undefined };

/** Newest first; the cursor is the last id of the previous page. */
export async function listAuditEntries(db: DbOrTrx, filter: AuditFilter, limit: number, cursor?: string) {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.subjectType) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

/** A subject's whole trail, oldest first (for history timelines). */
export const listAuditTrail = (db: DbOrTrx, subjectType: string, subjectId: string) =>
  db.selectFrom('audit_log').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).orderBy('id').limit(500).execute();
