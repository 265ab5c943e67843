// Paid passes (the hands-on workshop pass): the seat is held 30 minutes for the card payment, the
// processor's signed webhook confirms it once, forged/stale/replayed webhooks change nothing, racing
// submits charge once, an unpaid hold lapses to the waitlist (late money is refunded), and cancelling a
// paid pass refunds it in full — through the HTTP routes and the sandbox card processor's own page.
import { mkdtempSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { loadOrCreateSecret } from '../../platform/secrets.js';
import { createSandboxCard, SIGNATURE_HEADER } from '../card-payments/index.js';
import { createEvent, registrationForm } from './fixtures.js';
import { settleRegistrationPayment } from './registration-payment.js';
import { lapseExpiredOffers } from './waitlist.js';

const secrets = mkdtempSync(join(tmpdir(), 'gateway-card-secrets-'));
let app: TestApp;
let op: TestClient;
let anon: TestClient;
let sandbox: ReturnType<typeof createSandboxCard>;
beforeAll(async () => {
  app = await makeTestApp({ SECRETS_DIR: secrets });
  op = (await signedInAs(app, 'operator')).client;
  anon = new TestClient(app);
  sandbox = createSandboxCard({ webhookSecret: loadOrCreateSecret(secrets, 'sandbox-card-webhook-secret') });
});
afterAll(async () => {
  await app.cleanup();
  rmSync(secrets, { recursive: true, force: true });
});

const WORKSHOP = { code: 'workshop', priceCents: 14_900, includesWorkshops: true };
const keyed = (manageKey: string) => ({ headers: { 'x-registration-key': manageKey } });
type Reg = { id: string; manageKey: string };

async function registerWorkshop(slug: string, email: string): Promise<Reg & { body: { registration: { id: string; status: string; offerExpiresAt: string } } & Record<string, unknown> }> {
  const res = await anon.post(`/api/v1/conference/events/${slug}/registrations`, registrationForm(email, { ticketType: 'workshop' }));
  expect(res.statusCode).toBe(201);
  const body = res.json();
  return { id: body.registration.id, manageKey: body.manageKey, body };
}
const view = async (r: Reg) => (await anon.get(`/api/v1/conference/registrations/${r.id}`, keyed(r.manageKey))).json();
const startPayment = (r: Reg) => anon.post(`/api/v1/conference/registrations/${r.id}/payment`, undefined, keyed(r.manageKey));
const paymentRow = (id: string) => app.db.selectFrom('card_payments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Opens the processor's checkout page and submits the card form as a browser would. */
async function submitCard(checkoutUrl: string, card: { number: string; expiry?: string; cvc?: string }) {
  const page = await anon.get(new URL(checkoutUrl, 'http://localhost').pathname + new URL(checkoutUrl, 'http://localhost').search);
  expect(page.statusCode).toBe(200);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const paymentId = /\/pay\/card\/(cpy_[0-9a-z]{26})/.exec(checkoutUrl)![1]!;
  const form = new URLSearchParams({ _csrf: csrf, number: card.number, expiry: card.expiry ?? '12/39', cvc: card.cvc ?? '123', name: 'Pat Buyer', return: new URL(checkoutUrl, 'http://localhost').searchParams.get('return') ?? '' });
  return anon.post(`/api/v1/sandbox-card/${paymentId}`, form.toString(), { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

/** Lets the outbox deliver (its own timer may be mid-pass, so this retries until the check holds). */
const delivered = (check: () => Promise<void>) =>
  vi.waitFor(async () => {
    await app.events.drain();
    await check();
  });
const webhook = (body: string, signature: string) => anon.post('/api/v1/card-payments/sandbox_card/webhook', body, { headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature } });
const changesOf = async (registrationId: string) =>
  (await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.registration_changed').orderBy('id').execute()).map((r) => JSON.parse(r.payload)).filter((p) => p.registrationId === registrationId);

describe('paid passes', () => {
  it('holds the seat 30 minutes for the payment; refuses bad and declined cards; the charge confirms the seat once', async () => {
    const ev = await createEvent(op, { capacity: 10, ticketTypes: [{ code: 'general', quota: 10 }, { ...WORKSHOP, quota: 5 }] });
    const before = Date.now();
    const reg = await registerWorkshop(ev.slug, `pay-1@${ev.slug}.example`);
    expect(reg.body.registration).toMatchObject({ status: 'offered', payment: null, ticketType: { priceCents: 14_900 } });
    const hold = Date.parse(reg.body.registration.offerExpiresAt) - before;
    expect(hold).toBeGreaterThanOrEqual(29 * 60_000);
    expect(hold).toBeLessThanOrEqual(31 * 60_000);
    expect((await changesOf(reg.id)).map((c) => c.change)).toEqual(['payment_due']);
    // A paid seat is not claimed for free.
    const claim = await anon.post(`/api/v1/conference/registrations/${reg.id}/claim`, undefined, keyed(reg.manageKey));
    expect(claim.statusCode).toBe(409);
    expect(claim.json().error.code).toBe('payment_required');

    const start = await startPayment(reg);
    expect(start.statusCode).toBe(200);
    const started = start.json();
    expect(started).toMatchObject({ status: 'pending', amountCents: 14_900, currency: 'USD', holdExpiresAt: reg.body.registration.offerExpiresAt });
    expect(started.checkoutUrl).toContain(`/pay/card/${started.paymentId}`);
    expect((await startPayment(reg)).json().paymentId).toBe(started.paymentId);
    expect((await anon.post(`/api/v1/conference/registrations/${reg.id}/payment`, undefined, keyed('x'.repeat(43)))).statusCode).toBe(404);

    const page = await anon.get(new URL(started.checkoutUrl, 'http://localhost').pathname);
    expect(page.body).toContain('$149.00');
    expect(page.body).toContain(`${ev.name}: workshop pass`);

    const bad = await submitCard(started.checkoutUrl, { number: '4242 4242 4242 4241', expiry: '01/20', cvc: '1' });
    expect(bad.statusCode).toBe(422);
    expect([...bad.body.matchAll(/data-field="(\w+)"/g)].map((m) => m[1])).toEqual(['number', 'expiry', 'cvc']);
    const declined = await submitCard(started.checkoutUrl, { number: '4000 0000 0000 0002' });
    expect(declined.statusCode).toBe(402);
    expect(declined.body).toContain('data-declined="card_declined"');
    expect(await paymentRow(started.paymentId)).toMatchObject({ status: 'pending', last_failure: 'card_declined' });
    expect((await view(reg)).status).toBe('offered');

    const paid = await submitCard(started.checkoutUrl, { number: '4242 4242 4242 4242' });
    expect(paid.statusCode).toBe(303);
    expect(paid.headers['location']).toBe(`/conference/registrations/${reg.id}?payment=returned`);
    await vi.waitFor(async () => expect((await paymentRow(started.paymentId)).status).toBe('paid'));
    await delivered(async () => expect((await view(reg)).status).toBe('confirmed'));
    const after = await view(reg);
    expect(after).toMatchObject({ status: 'confirmed', offerExpiresAt: null, payment: { id: started.paymentId, status: 'paid', amountCents: 14_900, lastFailure: null } });
    expect(after.confirmedAt).not.toBeNull();
    expect((await changesOf(reg.id)).map((c) => c.change)).toEqual(['payment_due', 'paid']);
    const again = await startPayment(reg);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_paid');
    expect((await submitCard(started.checkoutUrl, { number: '4242 4242 4242 4242' })).statusCode).toBe(409);
    // Operators see the payment in the list.
    const list = (await op.get(`/api/v1/ops/conference/events/${ev.id}/registrations`)).json();
    expect(list.items.find((r: { id: string }) => r.id === reg.id).payment).toMatchObject({ status: 'paid', amountCents: 14_900 });
  });

  it('free tickets and waitlisted registrants have nothing to pay', async () => {
    const ev = await createEvent(op, { capacity: 1, ticketTypes: [{ code: 'general', quota: 1 }, { ...WORKSHOP, quota: 1 }] });
    const free = (await anon.post(`/api/v1/conference/events/${ev.slug}/registrations`, registrationForm(`free@${ev.slug}.example`))).json();
    expect(free.registration.status).toBe('confirmed');
    const nothing = await startPayment({ id: free.registration.id, manageKey: free.manageKey });
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().error.code).toBe('nothing_to_pay');
    const waiting = await registerWorkshop(ev.slug, `wait@${ev.slug}.example`);
    expect(waiting.body.registration.status).toBe('waitlisted');
    const refused = await startPayment(waiting);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('no_seat_held');
    expect(await app.db.selectFrom('card_payments').select('id').where('subject_id', 'in', [free.registration.id, waiting.id]).execute()).toEqual([]);
  });

  it('verifies webhooks: forged, stale and altered ones get 401, a wrong amount is not captured, a replay changes nothing', async () => {
    const ev = await createEvent(op, { capacity: 10, ticketTypes: [{ ...WORKSHOP, quota: 5 }] });
    const reg = await registerWorkshop(ev.slug, `hook@${ev.slug}.example`);
    const { paymentId } = (await startPayment(reg)).json();
    const payment = { id: paymentId, amount_cents: 14_900, currency: 'USD' };
    const card = { number: '4242424242424242', expMonth: 12, expYear: 39, cvc: '123' };
    const forger = createSandboxCard({ webhookSecret: 'not-the-secret-'.repeat(3) });
    const forged = forger.webhookFor(payment, card, new Date());
    expect((await webhook(forged.body, forged.signature)).statusCode).toBe(401);
    const stale = sandbox.webhookFor(payment, card, new Date(Date.now() - 10 * 60_000));
    expect((await webhook(stale.body, stale.signature)).statusCode).toBe(401);
    const good = sandbox.webhookFor(payment, card, new Date());
    expect((await webhook(good.body.replace('14900', '100'), good.signature)).statusCode).toBe(401);
    expect((await webhook(good.body, '')).statusCode).toBe(401);
    // Signed by the processor, but for another amount than the payment's: recorded, not captured.
    const cheapBody = JSON.stringify({ ...JSON.parse(good.body), id: 'evt_other_amount', amount_cents: 100 });
    expect((await webhook(cheapBody, sandbox.sign(cheapBody, new Date()))).json()).toEqual({ received: true, outcome: 'amount_mismatch' });
    expect((await paymentRow(paymentId)).status).toBe('pending');
    expect((await webhook(good.body, good.signature)).json().outcome).toBe('captured');
    expect((await webhook(good.body, good.signature)).json().outcome).toBe('duplicate');
    const paidEvents = await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'card_payment.paid').execute();
    expect(paidEvents.filter((e) => JSON.parse(e.payload).paymentId === paymentId)).toHaveLength(1);
    expect((await webhook('{"not":"json"', sandbox.sign('{"not":"json"', new Date()))).statusCode).toBe(400);
  });

  it('never charges twice: 10 racing starts give one payment, 6 racing card submits one capture', async () => {
    const ev = await createEvent(op, { capacity: 10, ticketTypes: [{ ...WORKSHOP, quota: 5 }] });
    const reg = await registerWorkshop(ev.slug, `race@${ev.slug}.example`);
    const starts = await Promise.all(Array.from({ length: 10 }, () => startPayment(reg)));
    expect(starts.map((s) => s.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(starts.map((s) => s.json().paymentId)).size).toBe(1);
    const { paymentId, checkoutUrl } = starts[0]!.json();
    const submits = await Promise.all(Array.from({ length: 6 }, () => submitCard(checkoutUrl, { number: '4242 4242 4242 4242' })));
    expect(submits.every((s) => s.statusCode === 303 || s.statusCode === 409)).toBe(true);
    await vi.waitFor(async () => expect((await paymentRow(paymentId)).status).toBe('paid'));
    await delivered(async () => expect((await view(reg)).status).toBe('confirmed'));
    const events = await app.db.selectFrom('card_payment_events').selectAll().where('payment_id', '=', paymentId).execute();
    expect(events.filter((e) => e.outcome === 'captured')).toHaveLength(1);
    expect((await view(reg)).status).toBe('confirmed');
    expect((await changesOf(reg.id)).filter((c) => c.change === 'paid')).toHaveLength(1);
  });

  it('a capture the outbox has not settled yet wins over the lapse timer, and a redelivered capture changes nothing', async () => {
    const ev = await createEvent(op, { capacity: 1, ticketTypes: [{ ...WORKSHOP, quota: 1 }] });
    const reg = await registerWorkshop(ev.slug, `intime@${ev.slug}.example`);
    const { paymentId } = (await startPayment(reg)).json();
    // Captured in time (the state a webhook leaves before card_payment.paid is delivered; no outbox row here, so no timer interferes).
    await app.db.updateTable('card_payments').set({ status: 'paid', provider_charge_id: 'ch_intime', paid_at: new Date().toISOString() }).where('id', '=', paymentId).execute();
    await lapseExpiredOffers(app.db, new Date(Date.now() + 31 * 60_000));
    expect(await view(reg)).toMatchObject({ status: 'confirmed', payment: { status: 'paid' } });
    const payload = { paymentId, purpose: 'conference_registration', subjectId: reg.id };
    // The capture's event arrives afterwards, twice (the outbox delivers at least once): nothing is refunded.
    expect(await settleRegistrationPayment(app.db, payload, new Date())).toBe('ignored');
    expect(await settleRegistrationPayment(app.db, payload, new Date())).toBe('ignored');
    expect((await paymentRow(paymentId)).status).toBe('paid');
    expect((await changesOf(reg.id)).map((c) => c.change)).toEqual(['payment_due', 'paid']);
  });

  it('a seat claimed free after the price went to 0 closes its checkout; money that still arrives is refunded', async () => {
    const ev = await createEvent(op, { capacity: 5, ticketTypes: [{ ...WORKSHOP, quota: 5 }] });
    const reg = await registerWorkshop(ev.slug, `free-now@${ev.slug}.example`);
    const { paymentId } = (await startPayment(reg)).json();
    await op.request('PATCH', `/api/v1/ops/conference/ticket-types/${ev.ticketTypeIds['workshop']}`, { priceCents: 0 });
    expect((await anon.post(`/api/v1/conference/registrations/${reg.id}/claim`, undefined, keyed(reg.manageKey))).statusCode).toBe(200);
    expect((await paymentRow(paymentId)).status).toBe('void');
    const late = sandbox.webhookFor({ id: paymentId, amount_cents: 14_900, currency: 'USD' }, { number: '4242424242424242', expMonth: 1, expYear: 40, cvc: '123' }, new Date());
    expect((await webhook(late.body, late.signature)).json().outcome).toBe('captured');
    await delivered(async () => expect((await paymentRow(paymentId)).status).toBe('refunded'));
    expect((await paymentRow(paymentId)).refund_reason).toBe('the seat was confirmed without this payment');
    expect((await view(reg)).status).toBe('confirmed');
  });

  it('refuses a webhook body over 64 KiB as it arrives, even without a length', async () => {
    // 40 MB offered in 4 KiB chunks: the route must stop reading soon after 64 KiB, not buffer it all.
    let sent = 0;
    const big = Readable.from((function* () {
      for (; sent < 10_000; sent++) yield Buffer.alloc(4096, 0x20);
    })());
    const res = await app.inject({ method: 'POST', url: '/api/v1/card-payments/sandbox_card/webhook', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, payload: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(sent).toBeLessThan(1000);
  });

  it('an unpaid hold lapses to the waitlist, its checkout closes, and money that still arrives is refunded', async () => {
    const ev = await createEvent(op, { capacity: 1, ticketTypes: [{ ...WORKSHOP, quota: 1 }] });
    const first = await registerWorkshop(ev.slug, `late@${ev.slug}.example`);
    const next = await registerWorkshop(ev.slug, `next@${ev.slug}.example`);
    expect(next.body.registration.status).toBe('waitlisted');
    const { paymentId, checkoutUrl } = (await startPayment(first)).json();
    // (Holds of earlier tests' registrations lapse too: the timer works on every event.)
    expect(await lapseExpiredOffers(app.db, new Date(Date.now() + 31 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await view(first)).toMatchObject({ status: 'cancelled', endedBy: 'offer_lapsed', payment: { status: 'void' } });
    // The seat went to the next in line, who pays within the event's offer hold to confirm it.
    const offered = await app.db.selectFrom('conf_registrations').selectAll().where('id', '=', next.id).executeTakeFirstOrThrow();
    expect(offered.status).toBe('offered');
    expect(Date.parse(offered.offer_expires_at!) - Date.now()).toBeGreaterThan(47 * 3_600_000);
    expect((await submitCard(checkoutUrl, { number: '4242 4242 4242 4242' })).statusCode).toBe(409);
    expect((await startPayment(first)).json().error.code).toBe('no_seat_held');
    // A charge the processor had already started still arrives: it is captured and given back.
    const late = sandbox.webhookFor({ id: paymentId, amount_cents: 14_900, currency: 'USD' }, { number: '4242424242424242', expMonth: 1, expYear: 40, cvc: '123' }, new Date());
    expect((await webhook(late.body, late.signature)).json().outcome).toBe('captured');
    await delivered(async () => expect((await paymentRow(paymentId)).status).toBe('refunded'));
    const row = await paymentRow(paymentId);
    expect(row).toMatchObject({ status: 'refunded', refund_reason: 'registration was cancelled when the payment arrived' });
    expect(row.provider_refund_id).toMatch(/^re_/);
    expect((await view(first)).status).toBe('cancelled');
    expect((await app.db.selectFrom('conf_registrations').select('status').where('id', '=', next.id).executeTakeFirstOrThrow()).status).toBe('offered');
  });

  it('cancelling a paid pass refunds it in full, once, and offers the seat on', async () => {
    const ev = await createEvent(op, { capacity: 1, ticketTypes: [{ ...WORKSHOP, quota: 1 }] });
    const reg = await registerWorkshop(ev.slug, `cancel@${ev.slug}.example`);
    const waiting = await registerWorkshop(ev.slug, `queue@${ev.slug}.example`);
    const { paymentId, checkoutUrl } = (await startPayment(reg)).json();
    expect((await submitCard(checkoutUrl, { number: '4242 4242 4242 4242' })).statusCode).toBe(303);
    await vi.waitFor(async () => expect((await paymentRow(paymentId)).status).toBe('paid'));
    await delivered(async () => expect((await view(reg)).status).toBe('confirmed'));
    const cancelled = await anon.post(`/api/v1/conference/registrations/${reg.id}/cancel`, undefined, keyed(reg.manageKey));
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().payment.status).toBe('refund_requested');
    expect((await changesOf(reg.id)).at(-1)).toMatchObject({ change: 'cancelled', refund: true });
    expect((await anon.post(`/api/v1/conference/registrations/${reg.id}/cancel`, undefined, keyed(reg.manageKey))).statusCode).toBe(409);
    await delivered(async () => expect((await paymentRow(paymentId)).status).toBe('refunded'));
    const row = await paymentRow(paymentId);
    expect(row).toMatchObject({ status: 'refunded', refund_attempts: 1, refund_reason: 'registration cancelled by the attendee' });
    expect(await app.db.selectFrom('outbox').select('id').where('topic', '=', 'card_payment.refunded').where('payload', 'like', `%${paymentId}%`).execute()).toHaveLength(1);
    // (The offer e-mail carries a new manage key, so the row is read directly.)
    expect((await app.db.selectFrom('conf_registrations').select('status').where('id', '=', waiting.id).executeTakeFirstOrThrow()).status).toBe('offered');
  });
});
