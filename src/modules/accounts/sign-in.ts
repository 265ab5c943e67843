import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { UsersTable } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { dummyHash, verifyPassword } from '../../platform/passwords.js';
import { normaliseEmail } from './credentials.js';
import { countLoginFailures, deleteLoginFailures, findUserByEmail, insertLoginFailure } from './repo.js';

export type LoginPolicy = { maxFailures: number; windowMs: number; scryptN: number };

const accountKey = (email: string) => createHash('sha256').update(`login:${email}`).digest('base64url');

/**
 * Checks an e-mail and password. Failures per account are counted in the database over a sliding
 * window, so the throttle holds across restarts and processes; the per-IP limit sits on the route.
 */
export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; ip: string | null; now: Date },
  policy: LoginPolicy,
): Promise<UsersTable> {
  const email = normaliseEmail(input.email);
  const key = accountKey(email);
  const since = new Date(input.now.getTime() - policy.windowMs);
  const failures = await countLoginFailures(db, key, since.toISOString());
  if (failures.count >= policy.maxFailures) {
    const retryAt = failures.oldest ? Date.parse(failures.oldest) + policy.windowMs : input.now.getTime() + policy.windowMs;
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - input.now.getTime()) / 1000));
    throw new AppError('rate_limited', 'too_many_attempts', `Too many failed sign-ins for this account. Try again in ${Math.ceil(retryAfterSeconds / 60)} min.`, {
      retryAfterSeconds,
    });
  }
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash(policy.scryptN)));
  if (!user || !ok) {
    await insertLoginFailure(db, { id: newId('lgf'), account_key: key, ip: input.ip, created_at: input.now.toISOString() });
    throw new AppError('unauthenticated', 'invalid_credentials', 'The e-mail or password is not right');
  }
  if (user.status !== 'active') throw new AppError('forbidden', 'account_disabled', 'This account has been disabled; contact Gateway support');
  await deleteLoginFailures(db, key);
  return user;
}
