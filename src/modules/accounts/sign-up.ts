import type { Db } from '../../db/database.js';
import type { Role, UsersTable } from '../../db/schema.js';
import { publish } from '../../events.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { hashPassword } from '../../platform/passwords.js';
import type { Ctx } from '../../platform/context.js';
import { recordAudit } from '../audit/index.js';
import { assertPasswordAcceptable, normaliseEmail } from './credentials.js';
import { findUserByEmail, insertUser } from './repo.js';

export type NewAccount = {
  email: string;
  password: string;
  name: string;
  role: Role;
  locale: UsersTable['locale'];
};

/** Creates an account (shopper, seller applicant or operator). Checks run before the hash; one transaction writes. */
export async function createAccount(ctx: Ctx & { db: Db }, input: NewAccount, scryptN: number): Promise<UsersTable> {
  const email = normaliseEmail(input.email);
  assertPasswordAcceptable('password', input.password, email);
  if (await findUserByEmail(ctx.db, email)) throw emailTaken();
  const hash = await hashPassword(input.password, scryptN);
  const now = ctx.now.toISOString();
  const user: UsersTable = {
    id: newId('usr'),
    email,
    name: input.name.trim(),
    password_hash: hash,
    role: input.role,
    locale: input.locale,
    status: 'active',
    created_at: now,
    updated_at: now,
    password_changed_at: now,
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertUser(trx, user);
      await recordAudit({ ...ctx, db: trx }, { action: 'account.created', subjectType: 'user', subjectId: user.id, data: { role: user.role } });
      await publish(trx, 'account.signed_up', { userId: user.id, role: user.role }, ctx.now);
    });
  } catch (err) {
    // Two sign-ups racing for one address: the unique index decides, and the loser gets the same answer.
    if (await findUserByEmail(ctx.db, email)) throw emailTaken();
    throw err;
  }
  return user;
}

const emailTaken = () =>
  conflict('email_taken', 'An account with this e-mail already exists; sign in instead', { fields: [{ field: 'email', message: 'is already registered' }] });
