// Sessions: a random token in an HttpOnly cookie; the database keeps only its sha256.
import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTrx } from '../../db/database.js';
import type { Role } from '../../db/schema.js';
import { addMs } from '../../platform/clock.js';
import { findLiveSession, insertSession, revokeSession, touchSession } from './repo.js';

export const hashToken = (token: string) => `ses_${createHash('sha256').update(token).digest('base64url')}`;

/** Writes to last_seen_at at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function startSession(
  db: DbOrTrx,
  input: { userId: string; ip: string | null; userAgent: string | null; ttlMs: number; now: Date },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  const expiresAt = addMs(input.now, input.ttlMs);
  await insertSession(db, {
    id: sessionId,
    user_id: input.userId,
    created_at: input.now.toISOString(),
    expires_at: expiresAt.toISOString(),
    last_seen_at: input.now.toISOString(),
    ip: input.ip,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
    revoked_at: null,
  });
  return { token, sessionId, expiresAt };
}

export type SessionUser = { sessionId: string; userId: string; email: string; name: string; role: Role };

export async function findSessionUser(db: DbOrTrx, token: string, now: Date): Promise<SessionUser | null> {
  if (token.length < 20 || token.length > 100) return null;
  const row = await findLiveSession(db, hashToken(token), now.toISOString());
  if (!row || row.status !== 'active') return null;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) await touchSession(db, row.session_id, now.toISOString());
  return { sessionId: row.session_id, userId: row.id, email: row.email, name: row.name, role: row.role };
}

export const endSession = (db: DbOrTrx, sessionId: string, now: Date) => revokeSession(db, sessionId, now.toISOString());
