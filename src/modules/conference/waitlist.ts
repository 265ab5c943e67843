// The waitlist's offers. A free seat (a cancellation, a lapsed offer, capacity or a quota raised) goes
// at once, in arrival order, to the earliest waitlisted registration whose ticket type has room: the
// offer holds the seat (it counts in `held`) for the event's offer_hold_hours. Claimed in time it
// becomes a confirmed registration; unclaimed, it lapses and the seat passes to the next in line
// (lapseExpiredOffers, run by a timer). Every step runs under the event's seat lock.
import type { Db, DbOrTrx } from '../../db/database.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { findEventById, findTicketType, lockEventSeats, releaseSeat, takeSeat, type EventRow } from './event-repo.js';
import { voidCardPayment } from '../card-payments/index.js';
import { confirmIfPaid, REGISTRATION_PAYMENT, settlePaymentOfEnded } from './registration-payment.js';
import { newManageKey, type RegistrationRow } from './registration-access.js';
import { findRegistration, listExpiredOffers, nextWaitlistCandidate, updateRegistrationIf } from './registration-repo.js';

const HOUR_MS = 3_600_000;

/**
 * Offers the event's free seats to the waitlist (at most `limit`); returns the registrations offered.
 * Runs inside a transaction that holds the event's seat lock. Each offer gets a fresh manage key, sent
 * in the offer e-mail's claim link (only its hash is kept; the link of the waitlist e-mail stops working).
 */
export async function offerFreeSeats(trx: DbOrTrx, event: Pick<EventRow, 'id' | 'offer_hold_hours'>, now: Date, limit = Number.POSITIVE_INFINITY): Promise<string[]> {
  const offered: string[] = [];
  const skipped: string[] = [];
  const expiresAt = new Date(now.getTime() + event.offer_hold_hours * HOUR_MS).toISOString();
  while (offered.length < limit) {
    const next = await nextWaitlistCandidate(trx, event.id, skipped);
    if (!next) break;
    // The candidate's ticket type had room, so only the event can be full: nothing more to offer.
    if (!(await takeSeat(trx, event.id, next.ticket_type_id))) break;
    const { key, hash } = newManageKey();
    const won = await updateRegistrationIf(trx, next.id, ['waitlisted'], { status: 'offered', offer_expires_at: expiresAt, manage_key_hash: hash, updated_at: now.toISOString() });
    if (!won) {
      await releaseSeat(trx, event.id, next.ticket_type_id);
      skipped.push(next.id);
      continue;
    }
    await publish(trx, 'conference.registration_changed', { registrationId: next.id, change: 'offered', manageKey: key }, now);
    offered.push(next.id);
  }
  return offered;
}

/** Reads the event under its seat lock and offers what is free (after a seat was given back or capacity grew). */
export async function refillFromWaitlist(trx: DbOrTrx, eventId: string, now: Date): Promise<string[]> {
  const event = await findEventById(trx, eventId);
  return event ? offerFreeSeats(trx, event, now) : [];
}

/** The registrant takes the seat their offer holds, before it expires. */
export async function claimOffer(ctx: Ctx & { db: Db }, registration: RegistrationRow): Promise<RegistrationRow> {
  const at = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await lockEventSeats(trx, registration.event_id);
    const current = await findRegistration(trx, registration.id);
    if (!current) throw notFound('Registration');
    if (current.status !== 'offered') throw conflict('no_offer', current.status === 'confirmed' ? 'Your seat is already confirmed' : 'There is no seat offer to claim for this registration', { status: current.status });
    const ticketType = await findTicketType(trx, current.ticket_type_id);
    if ((ticketType?.price_cents ?? 0) > 0) {
      throw conflict('payment_required', 'This ticket is paid: the seat is confirmed by paying for it (POST …/payment)', { amountCents: ticketType!.price_cents, currency: 'USD' });
    }
    if (current.offer_expires_at !== null && current.offer_expires_at <= at) {
      throw conflict('offer_expired', 'The offer expired; the seat passes to the next person on the waitlist', { offerExpiresAt: current.offer_expires_at });
    }
    const changes = { status: 'confirmed' as const, confirmed_at: at, updated_at: at };
    if (!(await updateRegistrationIf(trx, current.id, ['offered'], changes))) throw conflict('registration_changed', 'The registration changed meanwhile; reload it');
    // The ticket became free after a payment was started (an operator changed the price): that checkout closes.
    await voidCardPayment(trx, REGISTRATION_PAYMENT, current.id, ctx.now);
    await publish(trx, 'conference.registration_changed', { registrationId: current.id, change: 'claimed' }, ctx.now);
    return { ...current, ...changes, revision: current.revision + 1 };
  });
}

/**
 * Lapses every offer whose time ran out by `now` and passes each freed seat to the next in line.
 * Returns how many offers lapsed. Safe to run from several processes at once: each offer lapses once.
 */
export async function lapseExpiredOffers(db: Db, now: Date, batch = 200): Promise<number> {
  let lapsed = 0;
  for (const offer of await listExpiredOffers(db, now, batch)) {
    await db.transaction().execute(async (trx) => {
      await lockEventSeats(trx, offer.event_id);
      const current = await findRegistration(trx, offer.id);
      if (current?.status !== 'offered' || current.offer_expires_at === null || current.offer_expires_at > now.toISOString()) return;
      // Paid in time, its confirmation still on its way through the outbox: the seat is theirs.
      if (await confirmIfPaid(trx, current.id, now)) return;
      if (!(await updateRegistrationIf(trx, current.id, ['offered'], { status: 'cancelled', cancelled_at: now.toISOString(), updated_at: now.toISOString() }))) return;
      await releaseSeat(trx, current.event_id, current.ticket_type_id);
      // An unpaid seat's checkout can no longer be paid (money that still arrives is refunded).
      await settlePaymentOfEnded(trx, current.id, 'the seat offer lapsed before payment', now);
      await publish(trx, 'conference.registration_changed', { registrationId: current.id, change: 'offer_lapsed' }, now);
      await refillFromWaitlist(trx, current.event_id, now);
      lapsed++;
    });
  }
  return lapsed;
}

/** An operator offers the next free seat by hand (normally offers go out by themselves). */
export async function offerNextSeat(ctx: Ctx & { db: Db }, eventId: string): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockEventSeats(trx, eventId);
    const event = await findEventById(trx, eventId);
    if (!event) throw notFound('Event');
    const [offered] = await offerFreeSeats(trx, event, ctx.now, 1);
    if (!offered) {
      throw conflict('no_seat_to_offer', 'No waitlisted registration fits a free seat: raise the capacity or a ticket type’s quota first', { capacity: event.capacity, held: event.held });
    }
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.waitlist_offered', subjectType: 'conference_registration', subjectId: offered, data: { eventId } });
    return offered;
  });
}
