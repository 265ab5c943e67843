// Paying for a paid pass (e.g. the hands-on workshop pass). A registration for a paid ticket that gets
// a seat is "offered": the seat is held (PAYMENT_HOLD_MINUTES for a new registration, the event's
// offer hold for a waitlist offer) while the registrant pays by card (card-payments module). One card
// payment per registration, so paying twice is impossible. The processor's capture confirms the seat
// (card_payment.paid, under the event's seat lock); money that arrives after the seat was released
// (hold lapsed, registration cancelled) is refunded. Cancelling a paid registration refunds it in full.
import type { Db, DbOrTrx } from '../../db/database.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { findCardPaymentOf, requestCardRefund, startCardPayment, voidCardPayment, type CardProvider } from '../card-payments/index.js';
import { findEventById, findTicketType, lockEventSeats } from './event-repo.js';
import type { RegistrationRow } from './registration-access.js';
import { findRegistration, updateRegistrationIf } from './registration-repo.js';

/** The card payments' purpose for conference registrations. */
export const REGISTRATION_PAYMENT = 'conference_registration';

export type PaymentStartView = { paymentId: string; status: string; amountCents: number; currency: 'USD'; checkoutUrl: string | null; holdExpiresAt: string | null };

/** Starts (or returns) the card payment that confirms an offered seat of a paid ticket. */
export async function startRegistrationPayment(ctx: Ctx & { db: Db }, provider: CardProvider, registration: RegistrationRow): Promise<PaymentStartView> {
  const ticketType = await findTicketType(ctx.db, registration.ticket_type_id);
  const event = await findEventById(ctx.db, registration.event_id);
  if (!ticketType || !event) throw notFound('Registration');
  if (ticketType.price_cents <= 0) throw conflict('nothing_to_pay', 'This ticket is free: there is nothing to pay');
  return ctx.db.transaction().execute(async (trx) => {
    // Holds the registration's row (a cancellation or lapse running now waits, or has already won):
    // no checkout is handed out for a seat that is being released.
    await touchRegistration(trx, registration.id, ctx.now);
    const current = await findRegistration(trx, registration.id);
    if (!current) throw notFound('Registration');
    const existing = await findCardPaymentOf(trx, REGISTRATION_PAYMENT, current.id);
    if (current.status === 'confirmed' && existing) throw conflict('already_paid', 'This registration is paid and confirmed', { paymentId: existing.id });
    if (current.status !== 'offered') {
      throw conflict('no_seat_held', current.status === 'waitlisted' ? 'You are on the waitlist: you pay once a seat is offered to you' : `There is no seat to pay for (registration ${current.status})`, { status: current.status });
    }
    if (current.offer_expires_at !== null && current.offer_expires_at <= ctx.now.toISOString()) {
      throw conflict('offer_expired', 'The seat was held until its deadline and is being released to the waitlist', { offerExpiresAt: current.offer_expires_at });
    }
    const { payment, checkoutUrl } = await startCardPayment(
      trx,
      provider,
      { purpose: REGISTRATION_PAYMENT, subjectId: current.id, amountCents: ticketType.price_cents, description: `${event.name}: ${ticketType.name}`, returnUrl: `/conference/registrations/${current.id}?payment=returned` },
      ctx.now,
    );
    return { paymentId: payment.id, status: payment.status, amountCents: payment.amount_cents, currency: 'USD', checkoutUrl, holdExpiresAt: current.offer_expires_at };
  });
}

/** card_payment.paid: the seat becomes confirmed, or the money goes back when the seat is gone. */
export async function settleRegistrationPayment(db: Db, payload: { paymentId: string; purpose: string; subjectId: string; afterVoid?: boolean }, now: Date): Promise<'confirmed' | 'refunded' | 'ignored'> {
  if (payload.purpose !== REGISTRATION_PAYMENT) return 'ignored';
  const first = await findRegistration(db, payload.subjectId);
  if (!first) return 'ignored';
  return db.transaction().execute(async (trx) => {
    await lockEventSeats(trx, first.event_id);
    const current = (await findRegistration(trx, first.id))!;
    // Paid while the seat was still held (even a moment past its deadline, before the timer released it): the money wins.
    if (current.status === 'offered') return (await confirmPaidSeat(trx, current.id, now)) ? 'confirmed' : 'ignored';
    // Already confirmed by this payment (a redelivered event, or the lapse timer confirmed it first).
    // A payment captured after it was voided confirmed nothing (the seat was claimed free, or ended).
    if (current.status === 'confirmed' && !payload.afterVoid) return 'ignored';
    await requestCardRefund(trx, payload.paymentId, payload.afterVoid && current.status === 'confirmed' ? 'the seat was confirmed without this payment' : `registration was ${current.status} when the payment arrived`, now);
    return 'refunded';
  });
}

/** The held seat becomes confirmed because it is paid; runs under the event's seat lock. */
async function confirmPaidSeat(trx: DbOrTrx, registrationId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  if (!(await updateRegistrationIf(trx, registrationId, ['offered'], { status: 'confirmed', confirmed_at: at, offer_expires_at: null, updated_at: at }))) return false;
  await publish(trx, 'conference.registration_changed', { registrationId, change: 'paid' }, now);
  return true;
}

/**
 * For the lapse timer, under the seat lock: a held seat whose payment was captured (its
 * card_payment.paid not handled yet) is confirmed instead of lapsing. True when it was.
 */
export async function confirmIfPaid(trx: DbOrTrx, registrationId: string, now: Date): Promise<boolean> {
  const payment = await findCardPaymentOf(trx, REGISTRATION_PAYMENT, registrationId);
  return payment?.status === 'paid' ? confirmPaidSeat(trx, registrationId, now) : false;
}

const touchRegistration = (trx: DbOrTrx, id: string, now: Date) =>
  trx.updateTable('conf_registrations').set({ updated_at: now.toISOString() }).where('id', '=', id).execute();

/**
 * A registration ended (cancelled, its hold lapsed): a payment it made is refunded, one not made yet
 * can no longer be made. True when a refund was requested. Runs in the ending transaction.
 */
export async function settlePaymentOfEnded(trx: DbOrTrx, registrationId: string, reason: string, now: Date): Promise<boolean> {
  const payment = await findCardPaymentOf(trx, REGISTRATION_PAYMENT, registrationId);
  if (!payment) return false;
  if (payment.status === 'pending') await voidCardPayment(trx, REGISTRATION_PAYMENT, registrationId, now);
  return payment.status === 'paid' ? requestCardRefund(trx, payment.id, reason, now) : false;
}
