// The contract of a card payment provider (hosted checkout page, signed webhooks, refunds), so the
// payment flow never branches on which one is configured. Today: the built-in sandbox card processor.
import { AppError } from '../../platform/errors.js';

export type CardProviderName = 'sandbox_card';

export type CardCheckoutInput = {
  /** Our payment id: the provider's checkout is bound to it (one checkout, at most one charge). */
  paymentId: string;
  /** Integer cents; > 0. */
  amountCents: number;
  currency: 'USD';
  /** What the payer sees on the checkout page and the statement (no personal data). */
  description: string;
  /** Where the payer is sent after paying or giving up (proves nothing: only the webhook counts). */
  returnUrl: string;
};

/**
 * A verified provider event.
 * - charge_succeeded: the card was charged amountCents (once per checkout);
 * - charge_failed: an attempt was declined (failureCode); the payer may try another card.
 */
export type CardEvent = {
  provider: CardProviderName;
  /** The same for every delivery of one event (webhooks are retried): kept once. */
  eventId: string;
  type: 'charge_succeeded' | 'charge_failed';
  paymentId: string;
  amountCents: number;
  currency: string;
  chargeId: string | null;
  failureCode: string | null;
  occurredAt: Date;
};

export type CardRefundInput = { paymentId: string; chargeId: string; amountCents: number; /** Retrying with the same id never refunds twice. */ refundId: string };
/** pending: outcome unknown (transport failure): retry with the same refundId. */
export type CardRefundResult = { status: 'succeeded' | 'pending' | 'failed'; providerRefundId: string | null; failureCode?: string };

export type CardProvider = {
  readonly name: CardProviderName;
  /** The URL of the provider's checkout page for this payment (the sandbox's is a path on this site). */
  checkoutUrl(input: CardCheckoutInput): string;
  /**
   * The webhook's raw body and signature header, verified before anything is read: a missing, wrong
   * or stale signature throws 401 bad_signature; a verified but unusable body throws 400.
   */
  parseWebhook(rawBody: string, signature: string | undefined, now: Date): CardEvent;
  refund(input: CardRefundInput): Promise<CardRefundResult>;
};

export const badWebhookSignature = (): AppError => new AppError('unauthenticated', 'bad_signature', 'The webhook signature is missing, stale or does not verify');
export const badWebhook = (message: string): AppError => new AppError('invalid', 'bad_webhook', message);
