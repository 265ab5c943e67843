import type { Db } from '../../db/database.js';
import type { UsersTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { findUserById, revokeUserSessions, updateUser } from './repo.js';

/** An operator disables or re-enables an account; disabling ends its sessions at once. */
export async function setUserStatus(
  ctx: Ctx & { db: Db },
  input: { userId: string; status: UsersTable['status']; reason: string },
): Promise<UsersTable> {
  const user = await findUserById(ctx.db, input.userId);
  if (!user) throw notFound('User');
  if (ctx.actor?.userId === user.id) throw new AppError('conflict', 'cannot_change_self', 'You cannot disable your own account');
  if (user.status === input.status) return user;
  const now = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { status: input.status, updated_at: now });
    if (input.status === 'disabled') await revokeUserSessions(trx, user.id, now);
    await recordAudit({ ...ctx, db: trx }, {
      action: input.status === 'disabled' ? 'account.disabled' : 'account.enabled',
      subjectType: 'user',
      subjectId: user.id,
      data: { reason: input.reason },
    });
  });
  return { ...user, status: input.status, updated_at: now };
}
