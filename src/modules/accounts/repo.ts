import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { Role, SessionsTable, UsersTable } from '../../db/schema.js';

export const findUserByEmail = (db: DbOrTrx, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

export const findUserById = (db: DbOrTrx, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export async function findUsersByIds(db: DbOrTrx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
}

export async function insertUser(db: DbOrTrx, user: UsersTable): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function updateUser(db: DbOrTrx, id: string, changes: Partial<Omit<UsersTable, 'id'>>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export type UserFilter = { role?: Role | undefined; q?: string | undefined; status?: UsersTable['status'] | undefined };

export async function listUsers(db: DbOrTrx, filter: UserFilter, limit: number, cursor?: string) {
  let q = db.selectFrom('users').selectAll();
  if (filter.role) q = q.where('role', '=', filter.role);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(email like ${like} escape '\\' or lower(name) like ${like} escape '\\')`);
  }
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export async function insertSession(db: DbOrTrx, session: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export function findLiveSession(db: DbOrTrx, id: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as session_id', 'sessions.last_seen_at', 'users.id', 'users.email', 'users.name', 'users.role', 'users.status'])
    .where('sessions.id', '=', id)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function touchSession(db: DbOrTrx, id: string, nowIso: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: nowIso }).where('id', '=', id).execute();
}

export async function revokeSession(db: DbOrTrx, id: string, nowIso: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: nowIso }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeUserSessions(db: DbOrTrx, userId: string, nowIso: string, exceptId?: string): Promise<void> {
  let q = db.updateTable('sessions').set({ revoked_at: nowIso }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function countLoginFailures(db: DbOrTrx, accountKey: string, sinceIso: string): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('created_at').as('oldest')])
    .where('account_key', '=', accountKey)
    .where('created_at', '>', sinceIso)
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), oldest: (row?.oldest as string | null | undefined) ?? null };
}

export async function insertLoginFailure(db: DbOrTrx, row: { id: string; account_key: string; ip: string | null; created_at: string }): Promise<void> {
  await db.insertInto('login_failures').values(row).execute();
}

export async function deleteLoginFailures(db: DbOrTrx, accountKey: string): Promise<void> {
  await db.deleteFrom('login_failures').where('account_key', '=', accountKey).execute();
}
