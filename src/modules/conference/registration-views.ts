// What a registration looks like over HTTP, for the registrant and for operators: the form's answers,
// the status (with the waitlist position and the place in line now, or the offer's deadline), the
// ticket type and the event it belongs to.
import { Type, type Static } from 'typebox';
import type { DbOrTrx } from '../../db/database.js';
import { findEventById, listTicketTypes, type EventRow, type TicketTypeRow } from './event-repo.js';
import type { RegistrationRow } from './registration-access.js';
import { findCardPaymentOf, listCardPaymentsOf, type CardPaymentRow } from '../card-payments/index.js';
import { countAhead } from './registration-repo.js';
import { REGISTRATION_PAYMENT } from './registration-payment.js';

const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const RegistrationParams = Type.Object({ registrationId: Type.String({ pattern: '^crg_[0-9a-z]{26}$' }) });

export const RegistrationSchema = Type.Object({
  id: Type.String(),
  event: Type.Object({ slug: Type.String(), name: Type.String(), timeZone: Type.String(), startsOn: Type.String(), endsOn: Type.String() }),
  status: enumOf(['confirmed', 'waitlisted', 'offered', 'cancelled'] as const),
  /** Why a cancelled registration ended: its holder (or an operator) cancelled, or an offer was not claimed in time. */
  endedBy: Nullable(enumOf(['cancelled', 'offer_lapsed'] as const)),
  waitlistPosition: Nullable(Type.Integer()),
  /** 1 = next in line; only while waitlisted. */
  placeInLine: Nullable(Type.Integer()),
  offerExpiresAt: Nullable(Type.String()),
  ticketType: Type.Object({ code: Type.String(), name: Type.String(), priceCents: Type.Integer(), includesWorkshops: Type.Boolean() }),
  /** The card payment of a paid ticket, once started: pending (declined tries stay pending), paid, void (the hold lapsed), refund_requested, refunded. */
  payment: Nullable(
    Type.Object({
      id: Type.String(),
      status: enumOf(['pending', 'paid', 'void', 'refund_requested', 'refunded'] as const),
      amountCents: Type.Integer(),
      currency: Type.Literal('USD'),
      lastFailure: Nullable(Type.String()),
      paidAt: Nullable(Type.String()),
      refundedAt: Nullable(Type.String()),
    }),
  ),
  email: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  company: Type.String(),
  businessType: Type.String(),
  state: Type.String(),
  sells: Type.String(),
  chinaExperience: Type.String(),
  interests: Type.Array(Type.String()),
  dietary: Type.String(),
  accessibility: Type.String(),
  consentContact: Type.Boolean(),
  attendeeType: Type.String(),
  signedInAccount: Type.Boolean(),
  sellerApplicationId: Nullable(Type.String()),
  confirmedAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
  checkedInAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type RegistrationView = Static<typeof RegistrationSchema>;

function interestsOf(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

export function endedByOf(r: Pick<RegistrationRow, 'status' | 'offer_expires_at' | 'cancelled_at' | 'confirmed_at'>): RegistrationView['endedBy'] {
  if (r.status !== 'cancelled') return null;
  const lapsed = r.confirmed_at === null && r.offer_expires_at !== null && r.cancelled_at !== null && r.cancelled_at >= r.offer_expires_at;
  return lapsed ? 'offer_lapsed' : 'cancelled';
}

const paymentView = (p: CardPaymentRow | undefined): RegistrationView['payment'] =>
  p ? { id: p.id, status: p.status, amountCents: p.amount_cents, currency: 'USD', lastFailure: p.last_failure, paidAt: p.paid_at, refundedAt: p.refunded_at } : null;

export function registrationView(r: RegistrationRow, event: EventRow, ticketType: TicketTypeRow | undefined, placeInLine: number | null, payment?: CardPaymentRow): RegistrationView {
  return {
    id: r.id,
    event: { slug: event.slug, name: event.name, timeZone: event.time_zone, startsOn: event.starts_on, endsOn: event.ends_on },
    status: r.status,
    endedBy: endedByOf(r),
    waitlistPosition: r.waitlist_position,
    placeInLine: r.status === 'waitlisted' ? placeInLine : null,
    offerExpiresAt: r.status === 'offered' ? r.offer_expires_at : null,
    ticketType: { code: ticketType?.code ?? '', name: ticketType?.name ?? '', priceCents: ticketType?.price_cents ?? 0, includesWorkshops: ticketType?.includes_workshops === 1 },
    payment: paymentView(payment),
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    company: r.company,
    businessType: r.business_type,
    state: r.state,
    sells: r.sells,
    chinaExperience: r.china_experience,
    interests: interestsOf(r.interests),
    dietary: r.dietary,
    accessibility: r.accessibility,
    consentContact: r.consent_contact === 1,
    attendeeType: r.attendee_type,
    signedInAccount: r.user_id !== null,
    sellerApplicationId: r.seller_application_id,
    confirmedAt: r.confirmed_at,
    cancelledAt: r.cancelled_at,
    checkedInAt: r.checked_in_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The place in line of a waitlisted registration now (1 = next), else null. */
export async function placeInLineOf(db: DbOrTrx, r: Pick<RegistrationRow, 'status' | 'event_id' | 'waitlist_position'>): Promise<number | null> {
  if (r.status !== 'waitlisted' || r.waitlist_position === null) return null;
  return (await countAhead(db, r.event_id, r.waitlist_position)) + 1;
}

/** One registration with its event, ticket type and place in line. */
export async function viewRegistration(db: DbOrTrx, r: RegistrationRow): Promise<RegistrationView> {
  const [event, ticketTypes, place, payment] = await Promise.all([findEventById(db, r.event_id), listTicketTypes(db, [r.event_id]), placeInLineOf(db, r), findCardPaymentOf(db, REGISTRATION_PAYMENT, r.id)]);
  return registrationView(r, event!, ticketTypes.find((t) => t.id === r.ticket_type_id), place, payment);
}

/** Registrations of one event (the operators' list); the place in line is left out (null) to keep the page one query. */
export async function viewRegistrationsOfEvent(db: DbOrTrx, event: EventRow, rows: RegistrationRow[]): Promise<RegistrationView[]> {
  const ticketTypes = new Map((await listTicketTypes(db, [event.id])).map((t) => [t.id, t]));
  const payments = new Map((await listCardPaymentsOf(db, REGISTRATION_PAYMENT, rows.map((r) => r.id))).map((p) => [p.subject_id, p]));
  return rows.map((r) => registrationView(r, event, ticketTypes.get(r.ticket_type_id), null, payments.get(r.id)));
}
