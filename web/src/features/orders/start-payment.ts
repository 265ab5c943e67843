// Paying for a checkout: ask the server for a payment (Idempotency-Key: one per attempt, reused only to
// retry that attempt after a network error), remember it for the page the wallet returns to, and send
// the browser to the provider's page — a link to follow, or a form to POST.
import { api, ApiError } from '../../app/api-client';
import type { PaymentAnswer, PaymentStart } from './order-types';

const STORE_KEY = (checkoutId: string) => `gateway.payment.${checkoutId}`;

/** The payment last started for a checkout in this browser tab, so the order page can poll it. */
export function rememberedPayment(checkoutId: string): string | null {
  try {
    return sessionStorage.getItem(STORE_KEY(checkoutId));
  } catch {
    return null;
  }
}

function rememberPayment(checkoutId: string, paymentId: string): void {
  try {
    sessionStorage.setItem(STORE_KEY(checkoutId), paymentId);
  } catch {
    // Without storage the order page still re-reads the order; it just cannot name the payment.
  }
}

function follow(start: PaymentStart): void {
  if (start.method === 'GET') {
    window.location.assign(start.url);
    return;
  }
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = start.url;
  form.acceptCharset = 'utf-8';
  for (const [name, value] of Object.entries(start.fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}

/** An attempt's key survives only a network error (the same attempt is retried), not an answer. */
export class AttemptKey {
  private key: string | null = null;
  current(): string {
    this.key ??= crypto.randomUUID();
    return this.key;
  }
  settle(error?: unknown): void {
    if (!(error instanceof ApiError && error.code === 'network_error')) this.key = null;
  }
}

/** Creates the payment and leaves the page for the provider's; throws (nothing left) when refused. */
export async function payCheckout(checkoutId: string, attempt: AttemptKey): Promise<void> {
  let answer: PaymentAnswer;
  try {
    answer = await api.post<PaymentAnswer>(`/me/checkouts/${encodeURIComponent(checkoutId)}/payments`, {}, { 'Idempotency-Key': attempt.current() });
    attempt.settle();
  } catch (error) {
    attempt.settle(error);
    throw error;
  }
  rememberPayment(checkoutId, answer.paymentId);
  follow(answer.start);
}
