// The built-in sandbox card processor: behaves like a hosted card checkout so paid passes work offline.
// The payer is sent to a checkout page the platform serves (/pay/card/<paymentId>); a test card number
// decides the outcome (Luhn-valid numbers are charged, except the documented decline numbers); the
// processor then sends a webhook whose JSON body is signed HMAC-SHA256 with a secret kept in
// SECRETS_DIR, header `t=<unix seconds>,v1=<hex>` over `<t>.<body>`, refused when older than 5 minutes.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { badWebhook, badWebhookSignature, type CardCheckoutInput, type CardEvent, type CardProvider, type CardRefundInput, type CardRefundResult } from './provider.js';

export const SIGNATURE_HEADER = 'gateway-card-signature';
const TOLERANCE_SECONDS = 300;

/** Test cards with a fixed outcome; any other Luhn-valid number is charged. */
export const DECLINING_CARDS: Record<string, string> = {
  '4000000000000002': 'card_declined',
  '4000000000009995': 'insufficient_funds',
  '4000000000000069': 'expired_card',
};

export type CardAttempt = { number: string; expMonth: number; expYear: number; cvc: string };
export type AttemptProblem = { field: 'number' | 'expiry' | 'cvc'; message: string };

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** What is wrong with the typed card (every problem at once), before any attempt is made. */
/** "MM/YY" or "MM/YYYY" (spaces allowed) → month and year; NaN for anything else. */
export function parseExpiry(text: string): { expMonth: number; expYear: number } {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  return m ? { expMonth: Number(m[1]), expYear: Number(m[2]) } : { expMonth: NaN, expYear: NaN };
}

export function checkCard(card: CardAttempt, now: Date): AttemptProblem[] {
  const problems: AttemptProblem[] = [];
  if (!luhnValid(card.number)) problems.push({ field: 'number', message: 'The card number is not valid' });
  const year = card.expYear < 100 ? 2000 + card.expYear : card.expYear;
  const endOfMonth = Date.UTC(year, card.expMonth, 1);
  const valid = Number.isInteger(card.expMonth) && card.expMonth >= 1 && card.expMonth <= 12 && Number.isInteger(year) && year <= now.getUTCFullYear() + 20;
  if (!valid || !(endOfMonth > now.getTime())) problems.push({ field: 'expiry', message: 'Enter the expiry as MM/YY, a month not in the past' });
  if (!/^\d{3,4}$/.test(card.cvc)) problems.push({ field: 'cvc', message: 'The security code is 3 or 4 digits' });
  return problems;
}

export type SandboxCard = CardProvider & {
  readonly name: 'sandbox_card';
  /** The webhook the processor sends for an attempt on this payment: its body and signature header. */
  webhookFor(payment: { id: string; amount_cents: number; currency: string }, card: CardAttempt, now: Date): { body: string; signature: string; event: CardEvent };
  sign(body: string, now: Date): string;
};

export function createSandboxCard(options: { webhookSecret: string }): SandboxCard {
  const mac = (t: number, body: string) => createHmac('sha256', options.webhookSecret).update(`${t}.${body}`).digest('hex');
  const sign = (body: string, now: Date) => {
    const t = Math.floor(now.getTime() / 1000);
    return `t=${t},v1=${mac(t, body)}`;
  };
  return {
    name: 'sandbox_card',
    // On this site (a path), like the sandbox wallet: the page is served by whichever server answered.
    checkoutUrl: (input: CardCheckoutInput) => `/pay/card/${encodeURIComponent(input.paymentId)}?return=${encodeURIComponent(input.returnUrl)}`,
    sign,
    webhookFor(payment, card, now) {
      const failureCode = DECLINING_CARDS[card.number] ?? null;
      // A checkout is charged at most once: its success has one event id and one charge id, so two
      // submits racing each other give one capture (the second event is a redelivery of the first).
      const once = (tag: string) => createHmac('sha256', options.webhookSecret).update(`${payment.id}:${tag}`).digest('hex').slice(0, 24);
      const event = {
        id: failureCode ? `evt_${randomBytes(12).toString('hex')}` : `evt_${once('succeeded')}`,
        type: failureCode ? 'charge_failed' : 'charge_succeeded',
        payment_id: payment.id,
        amount_cents: payment.amount_cents,
        currency: payment.currency,
        charge_id: failureCode ? null : `ch_${once('charge')}`,
        failure_code: failureCode,
        card_last4: card.number.slice(-4),
        created: Math.floor(now.getTime() / 1000),
      };
      const body = JSON.stringify(event);
      return { body, signature: sign(body, now), event: readEvent(body) };
    },
    parseWebhook(rawBody, signature, now) {
      const parts = Object.fromEntries((signature ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
      const t = Number(parts['t']);
      const given = Buffer.from(parts['v1'] ?? '', 'hex');
      const expected = Buffer.from(mac(t, rawBody), 'hex');
      if (!Number.isSafeInteger(t) || given.length !== expected.length || !timingSafeEqual(given, expected)) throw badWebhookSignature();
      if (Math.abs(now.getTime() / 1000 - t) > TOLERANCE_SECONDS) throw badWebhookSignature();
      return readEvent(rawBody);
    },
    async refund(input: CardRefundInput): Promise<CardRefundResult> {
      // The sandbox refunds any charge it made; the refund id makes a retry answer the same.
      if (!input.chargeId.startsWith('ch_') || input.amountCents <= 0) return { status: 'failed', providerRefundId: null, failureCode: 'charge_not_found' };
      return { status: 'succeeded', providerRefundId: `re_${createHmac('sha256', options.webhookSecret).update(input.refundId).digest('hex').slice(0, 24)}` };
    },
  };
}

function readEvent(rawBody: string): CardEvent {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(rawBody) as Record<string, unknown>;
  } catch {
    throw badWebhook('The webhook body is not JSON');
  }
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : null);
  const type = str('type');
  const amount = raw['amount_cents'];
  if (!str('id') || !str('payment_id') || (type !== 'charge_succeeded' && type !== 'charge_failed') || typeof amount !== 'number' || !Number.isSafeInteger(amount) || typeof raw['created'] !== 'number') {
    throw badWebhook('The webhook body lacks id, type, payment_id, amount_cents or created');
  }
  // A charge without its id could never be refunded.
  if (type === 'charge_succeeded' && !str('charge_id')) throw badWebhook('A charge_succeeded webhook must name its charge_id');
  return { provider: 'sandbox_card', eventId: str('id')!, type, paymentId: str('payment_id')!, amountCents: amount, currency: str('currency') ?? '', chargeId: str('charge_id'), failureCode: str('failure_code'), occurredAt: new Date((raw['created'] as number) * 1000) };
}
