// Transactional outbox: an event is written in the same transaction as the change it reports, and a
// dispatcher delivers it afterwards (at least once) to in-process subscribers. A crash between commit
// and delivery loses nothing: the row stays unpublished and is delivered on the next pass.
import type { FastifyBaseLogger } from 'fastify';
import type { DbOrTrx, Db } from '../db/database.js';
import { newId } from './ids.js';

export type Subscriber = (payload: unknown, meta: { id: string; topic: string }) => Promise<void>;

export async function enqueue(db: DbOrTrx, topic: string, payload: unknown, now: Date): Promise<string> {
  const id = newId('evt');
  await db
    .insertInto('outbox')
    .values({ id, topic, payload: JSON.stringify(payload), created_at: now.toISOString(), published_at: null, last_error: null })
    .execute();
  return id;
}

export type Dispatcher = { drain: () => Promise<number>; drainBacklog: () => Promise<void>; start: () => void; stop: () => Promise<void> };

export function createDispatcher(options: {
  db: Db;
  subscribers: Record<string, Subscriber[]>;
  log: FastifyBaseLogger;
  intervalMs?: number;
  maxAttempts?: number;
}): Dispatcher {
  const { db, subscribers, log } = options;
  const maxAttempts = options.maxAttempts ?? 10;
  const batch = 100;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let failures = 0;
  let stopped = false;

  async function drainOnce(): Promise<number> {
    const rows = await db
      .selectFrom('outbox')
      .selectAll()
      .where('published_at', 'is', null)
      .where('attempts', '<', maxAttempts)
      .orderBy('id')
      .limit(batch)
      .execute();
    for (const row of rows) {
      try {
        const payload: unknown = JSON.parse(row.payload);
        for (const subscriber of subscribers[row.topic] ?? []) await subscriber(payload, { id: row.id, topic: row.topic });
        await db.updateTable('outbox').set({ published_at: new Date().toISOString(), attempts: row.attempts + 1, last_error: null }).where('id', '=', row.id).execute();
      } catch (err) {
        failures++;
        log.warn({ err, event: row.id, topic: row.topic }, 'event delivery failed; will retry');
        await db.updateTable('outbox').set({ attempts: row.attempts + 1, last_error: String(err).slice(0, 500) }).where('id', '=', row.id).execute();
      }
    }
    return rows.length;
  }

  const drain = () => (running ??= drainOnce().finally(() => (running = null)));
  /**
   * One timer tick: passes follow each other while a pass found a full batch and delivered all of it
   * (a backlog after a rush drains at the database's pace, not 100 events a second); a pass with a
   * failure stops the tick, so failed events wait for the next tick before their retry.
   */
  async function drainBacklog(): Promise<void> {
    for (let pass = 0; pass < 50 && !stopped; pass++) {
      const failedBefore = failures;
      if ((await drain()) < batch || failures !== failedBefore) return;
    }
  }

  return {
    drain,
    drainBacklog,
    start() {
      timer ??= setInterval(() => void drainBacklog().catch((err: unknown) => log.error({ err }, 'outbox pass failed')), options.intervalMs ?? 1000);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
