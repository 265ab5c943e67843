// What the payments module needs of orders: the orders of a checkout, and recording that they were
// paid (or paid by someone other than the buyer, so held for an operator to check).
import type { DbOrTrx } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { findOrderById } from './repo.js';
import { applyAction } from './transition.js';

export type PaidOutcome = { orderId: string; orderNo: string; result: 'paid' | 'held' | 'not_payable'; status: string };

/**
 * Marks the orders paid ('capture_payment') or held ('hold_payment'), each only from pending_payment.
 * An order that already left it (expired at the deadline, cancelled) is reported not_payable: the
 * money for it must go back (the caller records that for a refund). Run in the caller's transaction.
 */
export async function recordPayment(trx: DbOrTrx, orderIds: readonly string[], kind: 'capture_payment' | 'hold_payment', now: Date): Promise<PaidOutcome[]> {
  const out: PaidOutcome[] = [];
  for (const id of orderIds) {
    const order = await findOrderById(trx, id);
    if (!order) continue;
    try {
      const applied = await applyAction(trx, order, { kind }, { kind: 'payment', userId: null }, now);
      out.push({ orderId: id, orderNo: order.order_no, result: kind === 'capture_payment' ? 'paid' : 'held', status: applied.order.status });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      out.push({ orderId: id, orderNo: order.order_no, result: 'not_payable', status: order.status });
    }
  }
  return out;
}
