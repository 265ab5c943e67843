// Business registration for a conference, and its cancellation. One registration per e-mail per event
// (trimmed, case-insensitive). Registering takes a seat of the event and of the ticket type in one
// transaction (both or neither); when either is full the registrant joins the event's waitlist with
// the next position. Cancelling a confirmed or offered registration gives its seat back, and the seat
// is offered to the waitlist at once. A refused request writes nothing.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, invalidField, notFound, type AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { US_STATES } from '../products/index.js';
import { findEventBySlug, findTicketTypeByCode, lockEventSeats, nextWaitlistPosition, releaseSeat, takeSeat, type EventRow, type TicketTypeRow } from './event-repo.js';
import { newManageKey, type RegistrationRow } from './registration-access.js';
import { findRegistration, findRegistrationByEmail, insertRegistrations, updateRegistrationIf } from './registration-repo.js';
import { releaseMeetingsOfRegistration } from './meetings.js';
import { cancelSignupsOfRegistration } from './session-signups.js';
import { refillFromWaitlist } from './waitlist.js';
import { settlePaymentOfEnded } from './registration-payment.js';

export const BUSINESS_TYPES = ['farm', 'food_producer', 'brand', 'retailer', 'manufacturer', 'service', 'other'] as const;
export const CHINA_EXPERIENCE = ['none', 'exploring', 'selling_elsewhere', 'selling_in_china'] as const;
export const INTERESTS = ['food_agriculture', 'beauty', 'fashion', 'health', 'logistics', 'payments', 'marketing', 'sourcing'] as const;

/** The 50 states, DC and the inhabited territories (Puerto Rico, Guam, US Virgin Islands, American Samoa, Northern Mariana Islands). */
export const REGISTRATION_STATES: Record<string, string> = {
  ...US_STATES,
  GU: 'Guam',
  VI: 'U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
};
export const REGISTRATION_STATE_CODES = Object.keys(REGISTRATION_STATES).sort();

export type RegistrationInput = {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  businessType: (typeof BUSINESS_TYPES)[number];
  state: string;
  sells: string;
  chinaExperience: (typeof CHINA_EXPERIENCE)[number];
  interests: Array<(typeof INTERESTS)[number]>;
  dietary?: string | undefined;
  accessibility?: string | undefined;
  consentContact: boolean;
  ticketType: string;
};

export type RegistrationWindow = 'not_yet_open' | 'open' | 'closed';

/** Whether registration is open for the event at `now` (a closed event is closed whatever its dates). */
export function registrationWindow(event: Pick<EventRow, 'status' | 'registration_opens_at' | 'registration_closes_at'>, now: Date): RegistrationWindow {
  const at = now.toISOString();
  if (event.status === 'closed' || at >= event.registration_closes_at) return 'closed';
  return at < event.registration_opens_at ? 'not_yet_open' : 'open';
}

export const emailKeyOf = (email: string) => email.trim().toLowerCase();

export const alreadyRegistered = () =>
  conflict('already_registered', 'This e-mail address is already registered for this event: use the link in your confirmation e-mail to see or change your registration');

export const isUniqueViolation = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

export type Registered = { registration: RegistrationRow; manageKey: string };

const text = (v: string | undefined) => (v ?? '').trim();

/** What the schema cannot check: blank answers, and the state list. */
export function checkRegistrationInput(input: RegistrationInput): void {
  for (const field of ['firstName', 'lastName', 'company', 'sells'] as const) if (!text(input[field])) throw invalidField(field, 'must not be blank');
  if (!REGISTRATION_STATES[input.state]) throw invalidField('state', 'must be a US state, DC or territory code');
}

/** Why the event takes no registration at `now`, or null when it does. */
export function windowRefusal(event: EventRow, now: Date): AppError | null {
  const window = registrationWindow(event, now);
  if (window === 'not_yet_open') return conflict('registration_not_open', `Registration opens at ${event.registration_opens_at}`, { opensAt: event.registration_opens_at });
  if (window === 'closed') return conflict('registration_closed', 'Registration for this event is closed', { closesAt: event.registration_closes_at });
  return null;
}

/** How long a seat of a paid ticket type is held for its payment (then it goes to the waitlist). */
export const PAYMENT_HOLD_MINUTES = 30;

/** What a registration's change is called in its e-mail: a seat of a paid ticket waits for its payment. */
export const changeOf = (row: Pick<RegistrationRow, 'status'>): 'confirmed' | 'payment_due' | 'waitlisted' =>
  row.status === 'confirmed' ? 'confirmed' : row.status === 'offered' ? 'payment_due' : 'waitlisted';

/**
 * The new registration's row: waitlisted at `position`, or seated (position null): confirmed when the
 * ticket is free (or its payment waived: the demo's samples), else offered, the seat held
 * PAYMENT_HOLD_MINUTES for the payment (registration-payment.ts), which confirms it.
 */
export function registrationRow(ctx: Ctx, event: EventRow, ticketType: TicketTypeRow, input: RegistrationInput, position: number | null, manageKeyHash: string, paymentWaived = false): Omit<RegistrationRow, 'revision'> {
  const at = ctx.now.toISOString();
  const paymentDue = position === null && ticketType.price_cents > 0 && !paymentWaived;
  const status = position !== null ? 'waitlisted' : paymentDue ? 'offered' : 'confirmed';
  return {
    id: newId('crg'),
    event_id: event.id,
    ticket_type_id: ticketType.id,
    user_id: ctx.actor?.userId ?? null,
    email: input.email.trim(),
    email_key: emailKeyOf(input.email),
    first_name: text(input.firstName),
    last_name: text(input.lastName),
    company: text(input.company),
    business_type: input.businessType,
    state: input.state,
    sells: text(input.sells),
    china_experience: input.chinaExperience,
    interests: JSON.stringify([...new Set(input.interests)]),
    dietary: text(input.dietary),
    accessibility: text(input.accessibility),
    consent_contact: input.consentContact ? 1 : 0,
    attendee_type: 'business',
    status,
    waitlist_position: position,
    offer_expires_at: paymentDue ? new Date(ctx.now.getTime() + PAYMENT_HOLD_MINUTES * 60_000).toISOString() : null,
    confirmed_at: status === 'confirmed' ? at : null,
    cancelled_at: null,
    checked_in_at: null,
    ticket_nonce: randomBytes(16).toString('base64url'),
    manage_key_hash: manageKeyHash,
    seller_application_id: null,
    created_at: at,
    updated_at: at,
  };
}

/**
 * Registers a business for the event in its own transaction: confirmed when a seat is free for the
 * ticket type, else waitlisted. The registrant is e-mailed (outbox) unless `notify` is false (the
 * demo's sample registrations). The HTTP route goes through registration-batch.ts, which groups a
 * rush into shared transactions and falls back to this.
 */
export async function register(ctx: Ctx & { db: Db }, slug: string, input: RegistrationInput, options: { notify?: boolean; paymentWaived?: boolean } = {}): Promise<Registered> {
  checkRegistrationInput(input);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const event = await findEventBySlug(trx, slug);
      if (!event || event.status === 'draft') throw notFound('Event');
      const refusal = windowRefusal(event, ctx.now);
      if (refusal) throw refusal;
      const ticketType = await findTicketTypeByCode(trx, event.id, input.ticketType);
      if (!ticketType) throw invalidField('ticketType', 'is not a ticket type of this event');
      await lockEventSeats(trx, event.id);
      if (await findRegistrationByEmail(trx, event.id, emailKeyOf(input.email))) throw alreadyRegistered();
      const seated = await takeSeat(trx, event.id, ticketType.id);
      const position = seated ? null : await nextWaitlistPosition(trx, event.id);
      const { key, hash } = newManageKey();
      const row = registrationRow(ctx, event, ticketType, input, position, hash, options.paymentWaived);
      await insertRegistrations(trx, [row]);
      if (options.notify !== false) await publish(trx, 'conference.registration_changed', { registrationId: row.id, change: changeOf(row), manageKey: key }, ctx.now);
      return { registration: { ...row, revision: 1 }, manageKey: key };
    });
  } catch (err) {
    // The same e-mail registering twice at the same moment: the second loses on the unique index.
    if (isUniqueViolation(err)) throw alreadyRegistered();
    throw err;
  }
}

/**
 * Cancels a registration (by the registrant, or by an operator, audited). A seat it held goes back and
 * is offered to the waitlist in the same transaction, with its session seats and meeting slots.
 */
export async function cancelRegistration(ctx: Ctx & { db: Db }, registrationId: string, by: 'attendee' | 'operator', reason?: string): Promise<RegistrationRow> {
  const first = await findRegistration(ctx.db, registrationId);
  if (!first) throw notFound('Registration');
  const at = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await lockEventSeats(trx, first.event_id);
    const current = await findRegistration(trx, registrationId);
    if (!current) throw notFound('Registration');
    if (current.status === 'cancelled') throw conflict('already_cancelled', 'This registration is already cancelled');
    const changes = { status: 'cancelled' as const, cancelled_at: at, updated_at: at };
    if (!(await updateRegistrationIf(trx, current.id, [current.status], changes))) throw conflict('registration_changed', 'The registration changed meanwhile; reload it');
    if (current.status === 'confirmed' || current.status === 'offered') await releaseSeat(trx, current.event_id, current.ticket_type_id);
    // Its session seats and 1:1 meetings go back too (the next in line for a session is promoted).
    await cancelSignupsOfRegistration({ ...ctx, db: trx }, current.id);
    await releaseMeetingsOfRegistration(trx, current.id, ctx.now);
    // A paid pass is refunded in full; a payment not made yet can no longer be made.
    const refund = await settlePaymentOfEnded(trx, current.id, `registration cancelled by the ${by}`, ctx.now);
    await publish(trx, 'conference.registration_changed', { registrationId: current.id, change: 'cancelled', ...(refund ? { refund } : {}) }, ctx.now);
    if (by === 'operator') {
      await recordAudit({ ...ctx, db: trx }, { action: 'conference.registration_cancelled', subjectType: 'conference_registration', subjectId: current.id, data: { from: current.status, ...(reason ? { reason } : {}) } });
    }
    await refillFromWaitlist(trx, current.event_id, ctx.now);
    return { ...current, ...changes, revision: current.revision + 1 };
  });
}
