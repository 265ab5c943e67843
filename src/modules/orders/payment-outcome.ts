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

/**
 * The provider confirmed the refund of this order: a refund_requested order becomes refunded (giving
 * the buyer's annual room back when DOMAIN §3 says so). An order in any other status (money that
 * arrived after its order had expired) has nothing to move; a second confirmation changes nothing.
 */
export async function recordRefund(trx: DbOrTrx, orderId: string, now: Date): Promise<boolean> {
  const order = await findOrderById(trx, orderId);
  if (order?.status !== 'refund_requested' || order.refund_approved_at === null) return false;
  await applyAction(trx, order, { kind: 'refund' }, { kind: 'payment', userId: null }, now);
  return true;
}
