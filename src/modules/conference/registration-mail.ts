// E-mails to registrants, sent by the outbox after a registration change committed (wired in app.ts
// for conference.registration_changed): the confirmation with the ticket link, the waitlist notice
// with the position, a seat offer with its deadline and claim link, the lapse of an unclaimed offer,
// the confirmation of a claimed or paid seat, payment due for a paid ticket, the cancellation (with its
// refund), and (refundMail) the refund of a card payment once it went back. The manage key travels in the event's
// payload only for the e-mails that carry a link with it (it is never stored in the clear otherwise).
import type { Db } from '../../db/database.js';
import type { DomainEvents } from '../../events.js';
import type { Attachment, Mailer } from '../../platform/mailer.js';
import { eventCalendar } from './calendar.js';
import { ticketQrPng } from './ticket-qr.js';
import { signTicket } from './ticket-token.js';
import { findEventById, findTicketType, type EventRow } from './event-repo.js';
import type { RegistrationRow } from './registration-access.js';
import { findRegistration } from './registration-repo.js';
import { placeInLineOf } from './registration-views.js';
import { findCardPaymentById, findCardPaymentOf } from '../card-payments/index.js';
import { REGISTRATION_PAYMENT } from './registration-payment.js';

type Change = DomainEvents['conference.registration_changed'];

/** The registrant's page; with the key in the fragment (never sent to a server by the browser). */
export const registrationLink = (publicUrl: string, registrationId: string, manageKey?: string) =>
  `${publicUrl.replace(/\/$/, '')}/conference/registrations/${registrationId}${manageKey ? `#key=${manageKey}` : ''}`;

function when(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}

function eventLine(e: EventRow): string {
  const days = e.starts_on === e.ends_on ? e.starts_on : `${e.starts_on} to ${e.ends_on}`;
  return `${e.name}, ${days}, ${e.venue_name}, ${e.venue_address}`;
}

function compose(change: Change, r: RegistrationRow, e: EventRow, ticketName: string, priceCents: number, place: number | null, publicUrl: string): { subject: string; body: string } | null {
  const link = registrationLink(publicUrl, r.id, change.manageKey);
  const price = `$${(priceCents / 100).toFixed(2)}`;
  const keep = 'Keep this e-mail: the link is your key to your registration (anyone with it can change or cancel it).';
  switch (change.change) {
    case 'confirmed':
      return {
        subject: `You're registered: ${e.name}`,
        body: `Your registration is confirmed (${ticketName}).\n\nYour ticket, with the QR code to show at the door:\n${link}\n\n${keep}`,
      };
    case 'waitlisted':
      return {
        subject: `You're on the waitlist: ${e.name}`,
        body: `${e.name} is full for ${ticketName} right now, so you are on the waitlist: number ${r.waitlist_position ?? '?'}${place !== null ? ` (currently ${place} in line)` : ''}.\n\nWhen a seat frees up we offer it to the next person in line by e-mail, and hold it for ${e.offer_hold_hours} hours.\n\nSee your place in line or leave the waitlist:\n${link}\n\n${keep}`,
      };
    case 'offered':
      if (r.status !== 'offered' || !r.offer_expires_at) return null;
      return {
        subject: `A seat is yours if you claim it by ${when(r.offer_expires_at, e.time_zone)}: ${e.name}`,
        body: `Good news: a seat (${ticketName}) has freed up and we are holding it for you until ${when(r.offer_expires_at, e.time_zone)}.\n\n${priceCents > 0 ? `Claim it by paying ${price} here` : 'Claim it here'}:\n${link}\n\nIf you do not claim it in time, it passes to the next person on the waitlist. This link replaces the one in earlier e-mails.`,
      };
    case 'payment_due':
      if (r.status !== 'offered' || !r.offer_expires_at) return null;
      return {
        subject: `Complete your payment to confirm your seat: ${e.name}`,
        body: `We are holding a seat (${ticketName}, ${price}) for you until ${when(r.offer_expires_at, e.time_zone)}. Pay on your registration page to confirm it and receive your ticket:\n${link}\n\nIf the payment is not made in time, the seat is released to the waitlist.\n\n${keep}`,
      };
    case 'paid':
      return {
        subject: `Payment received, you're registered: ${e.name}`,
        body: `We received your payment of ${price} for ${ticketName}: your registration is confirmed.\n\nYour ticket, with the QR code to show at the door, is on your registration page (the link in our earlier e-mail).${change.manageKey ? `\n${link}` : ''}\n\nIf you cancel, the payment is refunded in full to your card.`,
      };
    case 'claimed':
      return {
        subject: `Your seat is confirmed: ${e.name}`,
        body: `You claimed your seat (${ticketName}). Your ticket, with the QR code to show at the door, is on your registration page (the link in the offer e-mail).\n${link}`,
      };
    case 'offer_lapsed':
      return {
        subject: `Your seat offer expired: ${e.name}`,
        body: `The seat we held for you was not ${priceCents > 0 ? 'paid for' : 'claimed'} in time, so it passed to the next person on the waitlist and your registration has ended.${change.refund ? ` A payment of ${price} that reached us afterwards is being refunded in full to your card.` : ''} You are welcome to contact the organisers if you still want to attend.`,
      };
    case 'cancelled':
      return {
        subject: `Registration cancelled: ${e.name}`,
        body: `${r.confirmed_at === null && r.waitlist_position !== null ? 'Your place on the waitlist' : 'Your registration'} has been cancelled${r.confirmed_at !== null ? ' and your seat released' : ''}.${change.refund ? ` Your payment of ${price} is being refunded in full to your card.` : ''} If this was a mistake, contact the organisers.`,
      };
  }
}

/** The ticket to carry to the door (its QR code) and the event in the registrant's calendar, for a confirmed seat. */
async function ticketAttachments(db: Db, r: RegistrationRow, event: EventRow, ticketKey: string, publicUrl: string): Promise<Attachment[]> {
  const calendar = await eventCalendar(db, event, 'timed', { publicUrl });
  return [
    { filename: 'ticket-qr.png', content: await ticketQrPng(signTicket(ticketKey, r.id, r.ticket_nonce), 8), contentType: 'image/png' },
    { filename: `${event.slug}.ics`, content: calendar, contentType: 'text/calendar; charset=utf-8' },
  ];
}

const CONFIRMING = new Set<Change['change']>(['confirmed', 'claimed', 'paid']);

/** The subscriber for conference.registration_changed; with the ticket key, confirmations carry the ticket's QR code and the event's .ics. */
export function registrationMail(db: Db, mailer: Mailer, publicUrl: string, ticketKey?: string) {
  return async (payload: Change): Promise<void> => {
    const r = await findRegistration(db, payload.registrationId);
    if (!r) return;
    const [event, ticketType, place, payment] = await Promise.all([findEventById(db, r.event_id), findTicketType(db, r.ticket_type_id), placeInLineOf(db, r), findCardPaymentOf(db, REGISTRATION_PAYMENT, r.id)]);
    if (!event) return;
    // The amount charged, once there is a payment (an operator may have changed the price since).
    const message = compose(payload, r, event, ticketType?.name ?? 'your ticket', payment?.amount_cents ?? ticketType?.price_cents ?? 0, place, publicUrl);
    if (!message) return;
    const attach = ticketKey !== undefined && CONFIRMING.has(payload.change) && r.status === 'confirmed';
    const attachments = attach ? await ticketAttachments(db, r, event, ticketKey, publicUrl) : [];
    const note = attach ? '\n\nAttached: your ticket’s QR code (show it at the door) and the event for your calendar.' : '';
    await mailer.send({ to: r.email, subject: message.subject, text: `Hello ${r.first_name},\n\n${message.body}${note}\n\n${eventLine(event)}\n\nThe ${event.name} team`, ...(attach ? { attachments } : {}) });
  };
}

/** The subscriber for card_payment.refunded: the registrant learns their money went back (whatever ended the registration). */
export function refundMail(db: Db, mailer: Mailer) {
  return async (payload: { paymentId: string; purpose: string; subjectId: string }): Promise<void> => {
    if (payload.purpose !== REGISTRATION_PAYMENT) return;
    const [r, payment] = await Promise.all([findRegistration(db, payload.subjectId), findCardPaymentById(db, payload.paymentId)]);
    const event = r ? await findEventById(db, r.event_id) : undefined;
    if (!r || !payment || !event) return;
    const amount = `$${(payment.amount_cents / 100).toFixed(2)}`;
    await mailer.send({
      to: r.email,
      subject: `Refund of ${amount}: ${event.name}`,
      text: `Hello ${r.first_name},\n\nWe refunded your payment of ${amount} (${payment.description}) to the card you paid with. Depending on your bank, it shows on your statement within 5–10 business days.\n\nRefund reference: ${payment.provider_refund_id ?? payment.id}\n\n${eventLine(event)}\n\nThe ${event.name} team`,
    });
  };
}
