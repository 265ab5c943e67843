// The sandbox card processor's rules: card checks (Luhn, expiry, CVC; every problem at once), decline
// numbers, signed webhooks (any changed byte, another secret or an old timestamp → 401) and the
// checkout page's return path, which never leaves the site.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { safeReturnPath } from './routes.js';
import { checkCard, createSandboxCard, luhnValid, parseExpiry } from './sandbox-card.js';

const sandbox = createSandboxCard({ webhookSecret: 's'.repeat(43) });
const payment = { id: 'cpy_01jz0000000000000000000000', amount_cents: 14_900, currency: 'USD' };
const card = { number: '4242424242424242', expMonth: 12, expYear: 2039, cvc: '123' };
const now = new Date('2027-03-01T12:00:00Z');
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? `${err.kind}:${err.code}` : String(err);
  }
  return 'ok';
};

describe('sandbox card processor', () => {
  it('checks card numbers by Luhn and reports every problem of a typed card at once', () => {
    expect(['4242424242424242', '5555555555554444', '378282246310005'].map(luhnValid)).toEqual([true, true, true]);
    expect(['4242424242424241', '4242', '42424242424242424242', 'abcd424242424242'].map(luhnValid)).toEqual([false, false, false, false]);
    expect(checkCard(card, now)).toEqual([]);
    expect(checkCard({ number: '1234', expMonth: 2, expYear: 27, cvc: '12' }, now).map((p) => p.field)).toEqual(['number', 'expiry', 'cvc']);
    expect(checkCard({ ...card, expMonth: 3, expYear: 27 }, now)).toEqual([]);
    expect(checkCard({ ...card, expMonth: 13, expYear: 30 }, now).map((p) => p.field)).toEqual(['expiry']);
    for (const typed of ['12', '12/9999999', '1/1e400', '1.5/30', '12/2099', 'ab/cd', '']) expect(checkCard({ ...card, ...parseExpiry(typed) }, now).map((p) => p.field)).toEqual(['expiry']);
    expect(parseExpiry(' 03 / 2029 ')).toEqual({ expMonth: 3, expYear: 2029 });
  });

  it('charges good cards once per checkout and declines the documented numbers', () => {
    const a = sandbox.webhookFor(payment, card, now).event;
    const b = sandbox.webhookFor(payment, { ...card, number: '5555555555554444' }, now).event;
    expect(a).toMatchObject({ type: 'charge_succeeded', paymentId: payment.id, amountCents: 14_900, currency: 'USD', failureCode: null });
    // Two successful submits of one checkout are one event and one charge.
    expect([b.eventId, b.chargeId]).toEqual([a.eventId, a.chargeId]);
    const declined = sandbox.webhookFor(payment, { ...card, number: '4000000000000002' }, now).event;
    expect(declined).toMatchObject({ type: 'charge_failed', failureCode: 'card_declined', chargeId: null });
    expect(sandbox.webhookFor(payment, { ...card, number: '4000000000009995' }, now).event.failureCode).toBe('insufficient_funds');
  });

  it('accepts only webhooks signed with its secret over the exact body, within five minutes', () => {
    const { body, signature } = sandbox.webhookFor(payment, card, now);
    expect(sandbox.parseWebhook(body, signature, new Date(now.getTime() + 60_000)).paymentId).toBe(payment.id);
    expect(code(() => sandbox.parseWebhook(body, signature, new Date(now.getTime() + 6 * 60_000)))).toBe('unauthenticated:bad_signature');
    expect(code(() => sandbox.parseWebhook(body.replace('14900', '14901'), signature, now))).toBe('unauthenticated:bad_signature');
    expect(code(() => sandbox.parseWebhook(body, undefined, now))).toBe('unauthenticated:bad_signature');
    expect(code(() => sandbox.parseWebhook(body, 't=abc,v1=00', now))).toBe('unauthenticated:bad_signature');
    const other = createSandboxCard({ webhookSecret: 'o'.repeat(43) });
    expect(code(() => sandbox.parseWebhook(body, other.sign(body, now), now))).toBe('unauthenticated:bad_signature');
    const noCharge = JSON.stringify({ ...JSON.parse(body), charge_id: null });
    expect(code(() => sandbox.parseWebhook(noCharge, sandbox.sign(noCharge, now), now))).toBe('invalid:bad_webhook');
    const incomplete = JSON.stringify({ id: 'evt_1', type: 'charge_succeeded' });
    expect(code(() => sandbox.parseWebhook(incomplete, sandbox.sign(incomplete, now), now))).toBe('invalid:bad_webhook');
  });

  it('refunds only charges it made, under a stable refund id', async () => {
    const first = await sandbox.refund({ paymentId: payment.id, chargeId: 'ch_abc', amountCents: 14_900, refundId: `${payment.id}-refund` });
    const retry = await sandbox.refund({ paymentId: payment.id, chargeId: 'ch_abc', amountCents: 14_900, refundId: `${payment.id}-refund` });
    expect(first.status).toBe('succeeded');
    expect(retry.providerRefundId).toBe(first.providerRefundId);
    expect((await sandbox.refund({ paymentId: payment.id, chargeId: '', amountCents: 14_900, refundId: 'x' })).status).toBe('failed');
  });

  it('sends the payer back to a path on this site only', () => {
    expect(safeReturnPath('/conference/registrations/crg_1')).toBe('/conference/registrations/crg_1');
    for (const evil of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/a b', undefined]) expect(safeReturnPath(evil)).toBe('/conference');
  });
});
