// The small context every operation takes: the database (or the transaction it runs in), who acts,
// and what time it is. No container, no globals.
import type { FastifyRequest } from 'fastify';
import type { Db, DbOrTrx } from '../db/database.js';
import type { Actor } from './http.js';

export type Ctx = { db: DbOrTrx; actor: Actor | null; now: Date; requestId: string | null };

export function contextOf(db: Db, request: FastifyRequest): Ctx {
  return { db, actor: request.actor, now: new Date(), requestId: request.id };
}
