// The paid pass's e-mails, through the subscribers wired in app.ts with a mailer that records what it
// sends: payment due (amount, deadline, link with the key), payment received, the cancellation that
// says a refund is under way, and the refund itself — each with the amount charged, even after an
// operator changed the ticket's price.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import type { Mail } from '../../platform/mailer.js';
import { sendCardRefund, createSandboxCard } from '../card-payments/index.js';
import { createEvent, registrationForm } from './fixtures.js';
import { refundMail, registrationMail } from './registration-mail.js';
import { settleRegistrationPayment } from './registration-payment.js';

let app: TestApp;
let op: TestClient;
let anon: TestClient;
const sent: Mail[] = [];
const mailer = { send: async (mail: Mail) => (sent.push(mail), { id: String(sent.length) }) };
beforeAll(async () => {
  app = await makeTestApp();
  op = (await signedInAs(app, 'operator')).client;
  anon = new TestClient(app);
});
afterAll(async () => app.cleanup());

describe('paid pass e-mails', () => {
  it('asks for the payment, confirms it, announces and confirms the refund, always with the amount charged', async () => {
    const ev = await createEvent(op, { capacity: 5, ticketTypes: [{ code: 'workshop', priceCents: 14_900, includesWorkshops: true, quota: 5 }] });
    const registered = (await anon.post(`/api/v1/conference/events/${ev.slug}/registrations`, registrationForm(`mail@${ev.slug}.example`, { ticketType: 'workshop' }))).json();
    const id: string = registered.registration.id;
    const ticketKey = 'k'.repeat(43);
    const onChange = registrationMail(app.db, mailer, 'https://gateway.test', ticketKey);

    await onChange({ registrationId: id, change: 'payment_due', manageKey: registered.manageKey });
    expect(sent.at(-1)).toMatchObject({ to: `mail@${ev.slug}.example`, subject: `Complete your payment to confirm your seat: ${ev.name}` });
    expect(sent.at(-1)!.text).toMatch(/workshop pass, \$149\.00\) for you until \w+day, /);
    expect(sent.at(-1)!.text).toContain(`https://gateway.test/conference/registrations/${id}#key=${registered.manageKey}`);

    const { paymentId } = (await anon.post(`/api/v1/conference/registrations/${id}/payment`, undefined, { headers: { 'x-registration-key': registered.manageKey } })).json();
    // The operator raises the price after the payment started: mails keep the amount charged.
    await op.request('PATCH', `/api/v1/ops/conference/ticket-types/${ev.ticketTypeIds['workshop']}`, { priceCents: 19_900 });
    await app.db.updateTable('card_payments').set({ status: 'paid', provider_charge_id: 'ch_mail', paid_at: new Date().toISOString() }).where('id', '=', paymentId).execute();
    expect(await settleRegistrationPayment(app.db, { paymentId, purpose: 'conference_registration', subjectId: id }, new Date())).toBe('confirmed');
    await onChange({ registrationId: id, change: 'paid' });
    expect(sent.at(-1)!.subject).toBe(`Payment received, you're registered: ${ev.name}`);
    expect(sent.at(-1)!.text).toContain('We received your payment of $149.00 for workshop pass');
    // The confirmation carries the ticket: its QR code and the event for the calendar.
    const [qr, ics] = sent.at(-1)!.attachments!;
    expect(qr).toMatchObject({ filename: 'ticket-qr.png', contentType: 'image/png' });
    expect((qr!.content as Buffer).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(ics).toMatchObject({ filename: `${ev.slug}.ics` });
    expect(String(ics!.content)).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/);
    expect(sent[0]!.attachments).toBeUndefined();

    expect((await anon.post(`/api/v1/conference/registrations/${id}/cancel`, undefined, { headers: { 'x-registration-key': registered.manageKey } })).statusCode).toBe(200);
    await onChange({ registrationId: id, change: 'cancelled', refund: true });
    expect(sent.at(-1)!.text).toContain('Your payment of $149.00 is being refunded in full to your card.');

    expect(await sendCardRefund(app.db, createSandboxCard({ webhookSecret: 'x'.repeat(43) }), paymentId, new Date())).toBe('succeeded');
    await refundMail(app.db, mailer)({ paymentId, purpose: 'conference_registration', subjectId: id });
    expect(sent.at(-1)!.subject).toBe(`Refund of $149.00: ${ev.name}`);
    expect(sent.at(-1)!.text).toMatch(/Refund reference: re_[0-9a-f]{24}/);
    // Other purposes are not the conference's to tell.
    const before = sent.length;
    await refundMail(app.db, mailer)({ paymentId, purpose: 'something_else', subjectId: id });
    expect(sent.length).toBe(before);
  });
});
