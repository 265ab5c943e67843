import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntries } from './repo.js';

export type AuditInput = { action: string; subjectType: string; subjectId: string; data?: Record<string, unknown> };

/** Records who did what to which subject, in the caller's transaction so it commits with the change. */
export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  await recordAudits(ctx, [input]);
}

/** Many entries in multi-row inserts: a bulk change (a catalog import) costs a few statements, not one per entry. */
export async function recordAudits(ctx: Ctx, inputs: AuditInput[]): Promise<void> {
  await insertAuditEntries(ctx.db, inputs.map((input) => ({
    id: newId('aud'),
    actor_id: ctx.actor?.userId ?? null,
    actor_role: ctx.actor?.role ?? null,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    data: input.data ? JSON.stringify(input.data) : null,
    request_id: ctx.requestId,
    created_at: ctx.now.toISOString(),
  })));
}
