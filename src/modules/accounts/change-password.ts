import type { Db } from '../../db/database.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { hashPassword, verifyPassword } from '../../platform/passwords.js';
import { recordAudit } from '../audit/index.js';
import { assertPasswordAcceptable } from './credentials.js';
import { findUserById, revokeUserSessions, updateUser } from './repo.js';

/** Changes the caller's password and signs out every other session of theirs. */
export async function changePassword(
  ctx: Ctx & { db: Db },
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
  scryptN: number,
): Promise<void> {
  const user = await findUserById(ctx.db, input.userId);
  if (!user) throw notFound('Account');
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw new AppError('invalid', 'wrong_password', 'currentPassword: is not your current password', {
      fields: [{ field: 'currentPassword', message: 'is not your current password' }],
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('invalid', 'same_password', 'newPassword: must differ from the current one', {
      fields: [{ field: 'newPassword', message: 'must differ from the current one' }],
    });
  }
  assertPasswordAcceptable('newPassword', input.newPassword, user.email);
  const hash = await hashPassword(input.newPassword, scryptN);
  const now = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, password_changed_at: now, updated_at: now });
    await revokeUserSessions(trx, user.id, now, input.sessionId);
    await recordAudit({ ...ctx, db: trx }, { action: 'account.password_changed', subjectType: 'user', subjectId: user.id });
    await publish(trx, 'account.password_changed', { userId: user.id }, ctx.now);
  });
}
