// The card payment flow. A payment is started once per thing paid for (purpose + subject): starting
// again returns the same payment, so a retried request or a second tab never makes a second charge.
// A provider webhook is verified before it is read, kept once per event id, and captures at most once
// (pending or void → paid, conditional update); the amount and currency must match the payment. The
// capture is published (card_payment.paid) in the same transaction for the module that sold the thing
// to settle or refund. A refund is requested once (paid → refund_requested) and sent through the outbox
// under the payment's own refund id until the provider's answer is final.
import type { FastifyBaseLogger } from 'fastify';
import type { Db, DbOrTrx } from '../../db/database.js';
import { publish } from '../../events.js';
import { newId } from '../../platform/ids.js';
import type { CardProvider } from './provider.js';
import { findCardPaymentById, findCardPaymentOf, insertCardEvent, insertCardPayment, moveCardPayment, setCardEventOutcome, type CardPaymentRow } from './repo.js';

export type CardPaymentRequest = { purpose: string; subjectId: string; amountCents: number; description: string; returnUrl: string };
export type StartedCardPayment = { payment: CardPaymentRow; checkoutUrl: string | null };

/** The subject's payment, created on first call; checkoutUrl while it can still be paid. */
export async function startCardPayment(trx: DbOrTrx, provider: CardProvider, request: CardPaymentRequest, now: Date): Promise<StartedCardPayment> {
  const at = now.toISOString();
  const row: CardPaymentRow = {
    id: newId('cpy'), purpose: request.purpose, subject_id: request.subjectId, amount_cents: request.amountCents, currency: 'USD', description: request.description.slice(0, 200),
    provider: provider.name, status: 'pending', provider_charge_id: null, last_failure: null, paid_at: null, refund_reason: null, refund_attempts: 0, provider_refund_id: null, refunded_at: null,
    revision: 1, created_at: at, updated_at: at,
  };
  const payment = (await insertCardPayment(trx, row)) ? row : await findCardPaymentOf(trx, request.purpose, request.subjectId);
  if (!payment) throw new Error(`card payment of ${request.purpose} ${request.subjectId} vanished`);
  const checkoutUrl = payment.status === 'pending' ? provider.checkoutUrl({ paymentId: payment.id, amountCents: payment.amount_cents, currency: 'USD', description: payment.description, returnUrl: request.returnUrl }) : null;
  return { payment, checkoutUrl };
}

export type WebhookOutcome = 'duplicate' | 'unknown_payment' | 'amount_mismatch' | 'captured' | 'already_settled' | 'declined' | 'ignored';

export async function handleCardWebhook(db: Db, provider: CardProvider, rawBody: string, signature: string | undefined, now: Date): Promise<WebhookOutcome> {
  const event = provider.parseWebhook(rawBody, signature, now);
  return db.transaction().execute(async (trx) => {
    const id = newId('cpe');
    const fresh = await insertCardEvent(trx, { id, provider: provider.name, event_id: event.eventId, payment_id: event.paymentId, type: event.type, outcome: 'received', received_at: now.toISOString() });
    if (!fresh) return 'duplicate';
    const outcome = await apply(trx, event, now);
    await setCardEventOutcome(trx, id, outcome);
    return outcome;
  });
}

async function apply(trx: DbOrTrx, event: ReturnType<CardProvider['parseWebhook']>, now: Date): Promise<WebhookOutcome> {
  const payment = await findCardPaymentById(trx, event.paymentId);
  if (!payment) return 'unknown_payment';
  const at = now.toISOString();
  if (event.type === 'charge_failed') {
    return (await moveCardPayment(trx, payment.id, ['pending'], { last_failure: event.failureCode ?? 'declined', updated_at: at })) ? 'declined' : 'ignored';
  }
  if (event.amountCents !== payment.amount_cents || event.currency !== payment.currency) return 'amount_mismatch';
  const paid = { status: 'paid' as const, provider_charge_id: event.chargeId, paid_at: event.occurredAt.toISOString(), last_failure: null, updated_at: at };
  // From void too: money that moved after the thing stopped being payable is captured, and its seller
  // is told (afterVoid) so that it gives the money back whatever became of the thing.
  const fromPending = await moveCardPayment(trx, payment.id, ['pending'], paid);
  if (!fromPending && !(await moveCardPayment(trx, payment.id, ['void'], paid))) return 'already_settled';
  await publish(trx, 'card_payment.paid', { paymentId: payment.id, purpose: payment.purpose, subjectId: payment.subject_id, afterVoid: !fromPending }, now);
  return 'captured';
}

/** The subject's unpaid payment can no longer be paid (its hold lapsed, it was cancelled). */
export async function voidCardPayment(trx: DbOrTrx, purpose: string, subjectId: string, now: Date): Promise<boolean> {
  const payment = await findCardPaymentOf(trx, purpose, subjectId);
  return payment ? moveCardPayment(trx, payment.id, ['pending'], { status: 'void', updated_at: now.toISOString() }) : false;
}

/** Asks for the payment's money back, once; sent by the outbox. False when it was not paid (nothing to refund). */
export async function requestCardRefund(trx: DbOrTrx, paymentId: string, reason: string, now: Date): Promise<boolean> {
  const won = await moveCardPayment(trx, paymentId, ['paid'], { status: 'refund_requested', refund_reason: reason.slice(0, 500), updated_at: now.toISOString() });
  if (won) await publish(trx, 'card_payment.refund_requested', { paymentId }, now);
  return won;
}

export type CardRefundOutcome = 'succeeded' | 'pending' | 'failed' | 'not_requested';

/** Sends the requested refund to the provider under the payment's refund id; safe to repeat. */
export async function sendCardRefund(db: Db, provider: CardProvider, paymentId: string, now: Date): Promise<CardRefundOutcome> {
  const payment = await findCardPaymentById(db, paymentId);
  if (payment?.status !== 'refund_requested') return payment?.status === 'refunded' ? 'succeeded' : 'not_requested';
  await db.updateTable('card_payments').set((eb) => ({ refund_attempts: eb('refund_attempts', '+', 1) })).where('id', '=', paymentId).execute();
  const result = await provider.refund({ paymentId, chargeId: payment.provider_charge_id ?? '', amountCents: payment.amount_cents, refundId: `${paymentId}-refund` });
  if (result.status !== 'succeeded') return result.status;
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    if (await moveCardPayment(trx, paymentId, ['refund_requested'], { status: 'refunded', provider_refund_id: result.providerRefundId, refunded_at: at, updated_at: at })) {
      await publish(trx, 'card_payment.refunded', { paymentId, purpose: payment.purpose, subjectId: payment.subject_id }, now);
    }
  });
  return 'succeeded';
}

class CardRefundPending extends Error {}

/** The outbox subscriber for card_payment.refund_requested: pending answers are retried by redelivery. */
export function cardRefundSubscriber(db: Db, provider: CardProvider, log: FastifyBaseLogger) {
  return async (p: { paymentId: string }) => {
    const outcome = await sendCardRefund(db, provider, p.paymentId, new Date());
    if (outcome === 'pending') throw new CardRefundPending(`card refund of ${p.paymentId} is pending at the provider`);
    if (outcome === 'failed') log.warn({ paymentId: p.paymentId }, 'the card provider refused a refund: an operator must follow up');
  };
}
