// Time-driven order changes, run by a timer in every server process. Unpaid orders give their stock
// and the buyer's annual room back when the payment deadline passes (PAYMENT_TIMEOUT_MINUTES);
// delivered orders complete once their return window has closed. Each order changes in its own
// transaction and only at the revision it was read at, so processes running this at the same time,
// or a payment arriving at the deadline, change an order once.
import type { Db } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { RETURN_WINDOW_DAYS, type OrderAction, type OrderStatus } from './order-state.js';
import { findOrderById, listDeliveredReleasedBefore, listOverdue } from './repo.js';
import { applyAction } from './transition.js';

/** Applies `action` as the system to each order still in `status`; returns how many changed. */
async function applyToEach(db: Db, ids: ReadonlyArray<{ id: string }>, status: OrderStatus, action: OrderAction, now: Date): Promise<number> {
  let changed = 0;
  for (const { id } of ids) {
    try {
      await db.transaction().execute(async (trx) => {
        const order = await findOrderById(trx, id);
        if (order?.status !== status) return;
        await applyAction(trx, order, action, { kind: 'system', userId: null }, now);
        changed++;
      });
    } catch (err) {
      // Another process, a payment or a person got there first: nothing to do.
      if (!(err instanceof AppError && err.kind === 'conflict')) throw err;
    }
  }
  return changed;
}

export async function expireOverdueOrders(db: Db, now: Date, batch = 100): Promise<number> {
  return applyToEach(db, await listOverdue(db, now, batch), 'pending_payment', { kind: 'expire' }, now);
}

/** Completes delivered orders whose return window closed (the shopper never confirmed receipt). */
export async function completeDeliveredOrders(db: Db, now: Date, batch = 100): Promise<number> {
  const releasedBefore = new Date(now.getTime() - RETURN_WINDOW_DAYS * 86_400_000).toISOString();
  return applyToEach(db, await listDeliveredReleasedBefore(db, releasedBefore, batch), 'delivered', { kind: 'complete' }, now);
}

/** Checks for overdue and completable orders every `intervalMs` until stopped. */
export function startOrderExpiry(db: Db, log: { error: (obj: unknown, msg: string) => void }, intervalMs = 30_000): { stop: () => void } {
  const timer = setInterval(() => {
    const now = new Date();
    expireOverdueOrders(db, now)
      .then(() => completeDeliveredOrders(db, now))
      .catch((err: unknown) => log.error({ err }, 'expiring or completing orders failed'));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
