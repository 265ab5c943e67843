// Unpaid orders give their stock and the buyer's annual room back when the payment deadline passes
// (PAYMENT_TIMEOUT_MINUTES). Run by a timer in every server process; each order is expired in its own
// transaction and only if it is still unpaid at its revision, so processes running this at the same
// time, or a payment arriving at the deadline, change an order once.
import type { Db } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { findOrderById, listOverdue } from './repo.js';
import { applyAction } from './transition.js';

export async function expireOverdueOrders(db: Db, now: Date, batch = 100): Promise<number> {
  let expired = 0;
  for (const { id } of await listOverdue(db, now, batch)) {
    try {
      await db.transaction().execute(async (trx) => {
        const order = await findOrderById(trx, id);
        if (order?.status !== 'pending_payment') return;
        await applyAction(trx, order, { kind: 'expire' }, { kind: 'system', userId: null }, now);
        expired++;
      });
    } catch (err) {
      // Another process or a payment got there first: nothing to do.
      if (!(err instanceof AppError && err.kind === 'conflict')) throw err;
    }
  }
  return expired;
}

/** Checks for overdue orders every `intervalMs` until stopped. */
export function startOrderExpiry(db: Db, log: { error: (obj: unknown, msg: string) => void }, intervalMs = 30_000): { stop: () => void } {
  const timer = setInterval(() => {
    expireOverdueOrders(db, new Date()).catch((err: unknown) => log.error({ err }, 'expiring overdue orders failed'));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
