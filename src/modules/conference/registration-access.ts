// Who may act on a registration without an operator's role: whoever holds its manage key (sent once,
// in the answer to the registration and in the e-mailed link, header x-registration-key), or the
// signed-in user the registration belongs to. Anyone else is told it does not exist (404), so ids
// cannot be probed. Only the key's SHA-256 is stored; it is compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { ConfRegistrationsTable } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { hasPrefix } from '../../platform/ids.js';

export type RegistrationRow = Selectable<ConfRegistrationsTable>;

export const REGISTRATION_KEY_HEADER = 'x-registration-key';

/** A new manage key (32 random bytes, base64url) and the hash to store. */
export function newManageKey(): { key: string; hash: string } {
  const key = randomBytes(32).toString('base64url');
  return { key, hash: hashManageKey(key) };
}

export const hashManageKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** Whether `key` is the manage key whose hash is stored (constant time in the key's content). */
export function manageKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashManageKey(key), 'hex');
  const wanted = Buffer.from(storedHash, 'hex');
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function keyOf(request: FastifyRequest): string | null {
  const raw = request.headers[REGISTRATION_KEY_HEADER];
  const key = Array.isArray(raw) ? raw[0] : raw;
  return typeof key === 'string' && key.length > 0 && key.length <= 128 ? key : null;
}

/** The registration if the caller holds its key or owns it as a signed-in user; otherwise 404. */
export async function registrationForCaller(db: DbOrTrx, request: FastifyRequest, registrationId: string): Promise<RegistrationRow> {
  if (!hasPrefix(registrationId, 'crg')) throw notFound('Registration');
  const row = await db.selectFrom('conf_registrations').selectAll().where('id', '=', registrationId).executeTakeFirst();
  if (!row) throw notFound('Registration');
  const key = keyOf(request);
  if (key !== null && manageKeyMatches(key, row.manage_key_hash)) return row;
  if (request.actor && row.user_id === request.actor.userId) return row;
  throw notFound('Registration');
}
