// Giving a shopper's money back. A refund is one row per order (its id is the provider's request id,
// Alipay's out_request_no), created when an order's refund is due (an approved refund, an operator's
// cancel after payment) or when money arrives for an order that had already ended. Sending it is
// delivered through the outbox, so it is retried until the provider gives a final answer; a retry
// reuses the refund id, so the provider never pays twice. When the provider confirms, the order
// becomes refunded in the same transaction that records the confirmation.
import type { FastifyBaseLogger } from 'fastify';
import type { Db, DbOrTrx } from '../../db/database.js';
import type { RefundsTable } from '../../db/schema.js';
import { publish } from '../../events.js';
import { newId } from '../../platform/ids.js';
import { findOrdersByIds, recordRefund } from '../orders/index.js';
import type { PaymentProvider } from './provider.js';

/** Payments that took money (captured, or captured but held), and so can give it back. */
const PAID = ['captured', 'held', 'refunded'] as const;

export const findRefundOfOrder = (db: DbOrTrx, orderId: string) => db.selectFrom('refunds').selectAll().where('order_id', '=', orderId).executeTakeFirst();
const findRefund = (db: DbOrTrx, id: string) => db.selectFrom('refunds').selectAll().where('id', '=', id).executeTakeFirst();

/** The refund of `orderId` (created if there is none yet: one per order), or null when no payment took money for it. */
export async function ensureRefund(trx: DbOrTrx, orderId: string, amountFen: number, reason: string, now: Date): Promise<RefundsTable | null> {
  const existing = await findRefundOfOrder(trx, orderId);
  if (existing) return existing;
  const [order] = await findOrdersByIds(trx, [orderId]);
  if (!order) return null;
  const payments = await trx.selectFrom('payments').selectAll().where('checkout_id', '=', order.checkout_id).where('status', 'in', [...PAID]).execute();
  const payment = payments.find((p) => (JSON.parse(p.order_ids) as string[]).includes(orderId));
  if (!payment) return null;
  const at = now.toISOString();
  const row: RefundsTable = { id: newId('rfd'), order_id: orderId, payment_id: payment.id, amount_fen: amountFen, reason: reason.slice(0, 500), status: 'pending', attempts: 0, provider_refund_id: null, failure_code: null, created_at: at, updated_at: at };
  await trx.insertInto('refunds').values(row).onConflict((oc) => oc.column('order_id').doNothing()).execute();
  return (await findRefundOfOrder(trx, orderId)) ?? null;
}

export type RefundOutcome = 'succeeded' | 'pending' | 'failed' | 'no_payment';

/** Sends a pending refund to the provider and records the answer; a succeeded refund is (re)applied to its order. */
export async function sendRefund(db: Db, provider: PaymentProvider, refundId: string, now: Date): Promise<RefundOutcome> {
  const refund = await findRefund(db, refundId);
  if (!refund) return 'no_payment';
  if (refund.status === 'failed') return 'failed';
  if (refund.status === 'pending') {
    await db.updateTable('refunds').set({ attempts: refund.attempts + 1, updated_at: now.toISOString() }).where('id', '=', refund.id).execute();
    const result = await provider.refund({ paymentId: refund.payment_id, refundId: refund.id, amountFen: Number(refund.amount_fen), reason: refund.reason });
    if (result.status === 'pending') return 'pending';
    if (result.status === 'failed') {
      await db.updateTable('refunds').set({ status: 'failed', failure_code: result.failureCode ?? 'refused', updated_at: now.toISOString() }).where('id', '=', refund.id).where('status', '=', 'pending').execute();
      return 'failed';
    }
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('refunds').set({ status: 'succeeded', provider_refund_id: result.providerRefundId, updated_at: now.toISOString() }).where('id', '=', refund.id).where('status', '=', 'pending').execute();
      await settle(trx, refund, now);
    });
    return 'succeeded';
  }
  await db.transaction().execute((trx) => settle(trx, refund, now));
  return 'succeeded';
}

/** The order becomes refunded; the payment too once all its money went back. Idempotent. */
async function settle(trx: DbOrTrx, refund: RefundsTable, now: Date): Promise<void> {
  await recordRefund(trx, refund.order_id, now);
  const payment = await trx.selectFrom('payments').select(['amount_fen', 'status']).where('id', '=', refund.payment_id).executeTakeFirst();
  const back = await trx.selectFrom('refunds').select((eb) => eb.fn.sum<string | number>('amount_fen').as('fen')).where('payment_id', '=', refund.payment_id).where('status', '=', 'succeeded').executeTakeFirst();
  if (payment && payment.status !== 'refunded' && Number(back?.fen ?? 0) >= Number(payment.amount_fen)) {
    await trx.updateTable('payments').set({ status: 'refunded', updated_at: now.toISOString() }).where('id', '=', refund.payment_id).execute();
  }
}

/** Pending after the provider answered "not yet": an error makes the outbox deliver the event again later. */
class RefundPending extends Error {}

/** Outbox subscribers: an order's refund is due, or a refund row waits to be sent. */
export function refundSubscribers(db: Db, provider: PaymentProvider, log: FastifyBaseLogger) {
  const send = async (refundId: string) => {
    const outcome = await sendRefund(db, provider, refundId, new Date());
    if (outcome === 'pending') throw new RefundPending(`refund ${refundId} is pending at the provider`);
    if (outcome === 'failed') log.warn({ refundId }, 'the provider refused a refund: an operator must follow up');
  };
  return {
    due: async (p: { orderId: string; amountFen: number; reason: string }) => {
      const refund = await ensureRefund(db, p.orderId, p.amountFen, p.reason, new Date());
      if (!refund) return log.warn({ orderId: p.orderId }, 'a refund is due but no payment took money for the order');
      await send(refund.id);
    },
    requested: async (p: { refundId: string }) => send(p.refundId),
  };
}

/** Money captured for orders that had already ended (expired, cancelled): each gets a refund, sent through the outbox. */
export async function refundEndedOrders(trx: DbOrTrx, orderIds: readonly string[], now: Date): Promise<void> {
  for (const order of await findOrdersByIds(trx, orderIds)) {
    const refund = await ensureRefund(trx, order.id, Number(order.total_fen), `paid after order ${order.order_no} was ${order.status}`, now);
    if (refund?.status === 'pending') await publish(trx, 'payment.refund_requested', { refundId: refund.id }, now);
  }
}
