// A provider's asynchronous notification, verified before anything is read (bad signature → 401,
// nothing written), then applied once: every notification is kept once per (provider, notify_id), so
// replays change nothing; a capture moves the payment on only from an unpaid state, so a late or
// reordered notification cannot capture twice; the amount must equal the payment's; and the payer must
// be the buyer, or the orders are held for an operator (DOMAIN.md §5).
import type { Db, DbOrTrx } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { findOrdersByIds, recordPayment } from '../orders/index.js';
import { refundEndedOrders } from './refunds.js';
import { redactNotification, type PaymentNotification, type PaymentProvider } from './provider.js';
import { findPayment, insertNotification, movePayment, setNotificationOutcome } from './repo.js';

export type NotificationOutcome =
  | 'duplicate'
  | 'unknown_payment'
  | 'amount_mismatch'
  | 'captured'
  | 'held'
  | 'already_settled'
  | 'declined'
  | 'closed'
  | 'pending'
  | 'refund_reported'
  | 'ignored';

function payerMatches(n: PaymentNotification, buyer: { buyer_name: string; buyer_id_hash: string }): { match: boolean; check: string } {
  if (n.payer.kind === 'enforced') return { match: true, check: 'enforced' };
  if (n.payer.kind === 'none') return { match: false, check: 'none' };
  const match = n.payer.realName === buyer.buyer_name && n.payer.idNumberHash === buyer.buyer_id_hash;
  return { match, check: match ? 'match' : 'mismatch' };
}

export async function handleNotification(db: Db, provider: PaymentProvider, params: Record<string, string>, now: Date): Promise<NotificationOutcome> {
  const n = provider.parseNotification(params);
  return db.transaction().execute(async (trx) => {
    const noteId = newId('pnt');
    const fresh = await insertNotification(trx, { id: noteId, provider: provider.name, notify_id: n.notifyId, payment_id: n.paymentId, status: n.status, outcome: 'received', params: JSON.stringify(redactNotification(params)), received_at: now.toISOString() });
    if (!fresh) return 'duplicate';
    const outcome = await apply(trx, n, now);
    await setNotificationOutcome(trx, noteId, outcome);
    return outcome;
  });
}

async function apply(trx: DbOrTrx, n: PaymentNotification, now: Date): Promise<NotificationOutcome> {
  const payment = await findPayment(trx, n.paymentId);
  if (!payment) return 'unknown_payment';
  const at = now.toISOString();
  switch (n.status) {
    case 'captured': {
      if (n.amountFen !== Number(payment.amount_fen)) return 'amount_mismatch';
      const orderIds = JSON.parse(payment.order_ids) as string[];
      const [buyer] = await findOrdersByIds(trx, orderIds);
      if (!buyer) return 'unknown_payment';
      const { match, check } = payerMatches(n, buyer);
      // From any unpaid state: money that moved wins over an earlier 'closed' that arrived first.
      const moved = await movePayment(trx, payment.id, ['pending', 'declined', 'closed'], match ? 'captured' : 'held', { provider_trade_no: n.providerTradeNo, payer_check: check, captured_at: (n.paidAt ?? now).toISOString() }, at);
      if (!moved) return 'already_settled';
      const recorded = await recordPayment(trx, orderIds, match ? 'capture_payment' : 'hold_payment', now);
      const ended = recorded.filter((r) => r.result === 'not_payable').map((r) => r.orderId);
      if (ended.length > 0) await refundEndedOrders(trx, ended, now);
      return match ? 'captured' : 'held';
    }
    case 'declined':
    case 'closed':
      return (await movePayment(trx, payment.id, ['pending'], n.status, { provider_trade_no: n.providerTradeNo }, at)) ? n.status : 'ignored';
    case 'pending':
      return 'pending';
    case 'refunded':
      return 'refund_reported';
  }
}
