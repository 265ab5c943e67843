// Starting a payment for the unpaid orders of a checkout: one payment row for their total, the buyer's
// identity passed to the provider (Alipay can refuse other payers), and where to send the shopper.
// Idempotent like checkout: the same key gives the same payment. Both providers build the start
// locally (the sandbox's page, Alipay's signed page-pay form), so nothing leaves the process while the
// transaction is open.
import type { Db } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { claimKey, storeAnswer, type KeyRef, type StoredAnswer } from '../../platform/idempotency.js';
import { revealIdNumber } from '../identity/index.js';
import { findCheckoutOrders } from '../orders/index.js';
import type { PaymentProvider } from './provider.js';
import { insertPayment } from './repo.js';

export type PaymentDeps = { provider: PaymentProvider; piiKey: string; publicUrl: string };

export async function startPayment(ctx: Ctx & { db: Db }, deps: PaymentDeps, userId: string, checkoutId: string, key: KeyRef): Promise<StoredAnswer> {
  return ctx.db.transaction().execute(async (trx) => {
    const claimed = await claimKey(trx, key, ctx.now);
    if (claimed !== 'claimed') return claimed;
    const orders = await findCheckoutOrders(trx, userId, checkoutId);
    if (orders.length === 0) throw notFound('Checkout');
    const unpaid = orders.filter((o) => o.status === 'pending_payment');
    if (unpaid.length === 0) throw conflict('nothing_to_pay', 'Every order of this checkout is paid, cancelled or expired', { orders: orders.map((o) => ({ orderNo: o.order_no, status: o.status })) });
    const amountFen = unpaid.reduce((s, o) => s + Number(o.total_fen), 0);
    const id = newId('pay');
    const at = ctx.now.toISOString();
    await insertPayment(trx, { id, checkout_id: checkoutId, user_id: userId, provider: deps.provider.name, order_ids: JSON.stringify(unpaid.map((o) => o.id)), amount_fen: amountFen, status: 'pending', provider_trade_no: null, payer_check: null, captured_at: null, created_at: at, updated_at: at });
    const first = unpaid[0]!;
    // The buyer's ID number goes to the provider only (audited as an access for this purpose).
    const idNumber = await revealIdNumber({ ...ctx, db: trx }, first.identity_id, 'payment_buyer_check', deps.piiKey);
    const orderNos = unpaid.map((o) => o.order_no);
    const start = await deps.provider.createPayment({
      paymentId: id,
      orderNos,
      amountFen,
      currency: 'CNY',
      subject: `Gateway 跨境订单 ${orderNos.join(', ')}`.slice(0, 256),
      returnUrl: `${deps.publicUrl}${unpaid.length === 1 ? `/orders/${orderNos[0]}` : `/orders?checkout=${checkoutId}`}`,
      notifyUrl: `${deps.publicUrl}/api/v1/payments/${deps.provider.name}/notify`,
      buyer: { realName: first.buyer_name, idNumber },
    });
    const answer: StoredAnswer = { statusCode: 201, body: { paymentId: id, amountFen, status: 'pending', start } };
    await storeAnswer(trx, key, answer);
    return answer;
  });
}
