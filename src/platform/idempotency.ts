// Idempotency keys for requests that create something (orders, payments): the first answer to a
// (caller, scope, key) is kept for a day and given again to every retry with the same body; the same
// key with a different body is refused (422). The key row is written in the same transaction as what
// the request creates, so both commit or neither does: a request that failed can be retried anew.
// Concurrent requests with one key queue on the key's row (PostgreSQL) or on the single writer
// (SQLite); the ones that wait see the first one's answer.
import { createHash } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import { AppError } from './errors.js';

export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_:.-]{8,100}$';

export type StoredAnswer = { statusCode: number; body: unknown };
export type KeyRef = { userId: string; scope: string; key: string; requestHash: string };

/** A stable hash of a request body: object keys sorted, so field order does not matter. */
export function requestHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)])) : v;
  return createHash('sha256').update(JSON.stringify(canonical(body ?? null))).digest('hex');
}

/**
 * Claims the key inside the caller's transaction. 'claimed': go on, then call `storeAnswer`; a stored
 * answer: return it as it is; a different body under the same key: 422.
 */
export async function claimKey(trx: DbOrTrx, ref: KeyRef, now: Date): Promise<'claimed' | StoredAnswer> {
  const row = { user_id: ref.userId, scope: ref.scope, key: ref.key, request_hash: ref.requestHash, status_code: 0, response: '', created_at: now.toISOString(), expires_at: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString() };
  const inserted = await trx.insertInto('idempotency_keys').values(row).onConflict((oc) => oc.columns(['user_id', 'scope', 'key']).doNothing()).returning('key').executeTakeFirst();
  if (inserted) return 'claimed';
  const found = await trx.selectFrom('idempotency_keys').selectAll().where('user_id', '=', ref.userId).where('scope', '=', ref.scope).where('key', '=', ref.key).executeTakeFirstOrThrow();
  if (found.expires_at <= row.created_at) {
    // An expired key is a new request.
    await trx.updateTable('idempotency_keys').set(row).where('user_id', '=', ref.userId).where('scope', '=', ref.scope).where('key', '=', ref.key).execute();
    return 'claimed';
  }
  if (found.request_hash !== ref.requestHash) {
    throw new AppError('unprocessable', 'idempotency_key_reused', 'This Idempotency-Key was used with a different request: use a new key for a new request', { fields: [{ field: 'idempotency-key', in: 'header', message: 'was used for a different request' }] });
  }
  return { statusCode: found.status_code, body: JSON.parse(found.response) as unknown };
}

export async function storeAnswer(trx: DbOrTrx, ref: KeyRef, answer: StoredAnswer): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ status_code: answer.statusCode, response: JSON.stringify(answer.body) })
    .where('user_id', '=', ref.userId)
    .where('scope', '=', ref.scope)
    .where('key', '=', ref.key)
    .execute();
}

/** Forgets keys past their day (run now and then). */
export async function purgeExpiredKeys(db: DbOrTrx, now: Date): Promise<number> {
  const r = await db.deleteFrom('idempotency_keys').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(r.numDeletedRows);
}
