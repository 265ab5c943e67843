// The catalogue of domain events: the contract between modules. A module publishes inside the
// transaction of its change (outbox); subscribers are wired in app.ts.
import type { DbOrTrx } from './db/database.js';
import type { Role } from './db/schema.js';
import { enqueue } from './platform/outbox.js';

export type DomainEvents = {
  'account.signed_up': { userId: string; role: Role };
  'account.password_changed': { userId: string };
  'seller.created': { sellerId: string; ownerUserId: string };
  /** A product was created, edited or changed status (publish, suspend, archive…). */
  'product.changed': { productIds: string[] };
  /** What a shopper can buy of these products changed (stock adjusted, reserved, released, shipped). */
  'stock.changed': { productIds: string[] };
  /** A checkout placed these orders (pending payment). */
  'order.placed': { orderIds: string[]; userId: string };
  /** An order changed status (paid, cancelled, expired, shipped…). */
  'order.status_changed': { orderId: string; from: string; to: string };
  /** The money of this order must go back to the shopper (an approved refund, or an operator's cancel after payment). */
  'order.refund_due': { orderId: string; amountFen: number; reason: string };
  /** A refund row waits to be sent to the provider (payments module; e.g. money that arrived after its order ended). */
  'payment.refund_requested': { refundId: string };
  /** A card payment (USD) was captured: the module that sold its purpose settles it, or refunds it. */
  'card_payment.paid': { paymentId: string; purpose: string; subjectId: string; /** Captured after the payment was voided (the thing no longer needed it): refund it. */ afterVoid?: boolean };
  /** A card payment's refund waits to be sent to the provider. */
  'card_payment.refund_requested': { paymentId: string };
  /** A card payment's money went back to the payer. */
  'card_payment.refunded': { paymentId: string; purpose: string; subjectId: string };
  /** A conference registration changed: the registrant is told (confirmation with the ticket, waitlist, offer…). */
  'conference.registration_changed': { registrationId: string; change: 'confirmed' | 'payment_due' | 'paid' | 'waitlisted' | 'offered' | 'offer_lapsed' | 'claimed' | 'cancelled'; manageKey?: string; /** A cancellation whose card payment is being refunded. */ refund?: boolean };
  /** A session moved, changed room or was cancelled: the people signed up are told. */
  'conference.session_changed': { sessionId: string; change: 'rescheduled' | 'room_changed' | 'cancelled' };
  /** A session seat or a 1:1 meeting changed for one registrant. */
  'conference.signup_changed': { signupId: string; change: 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled' };
  'conference.meeting_changed': { slotId: string; registrationId: string; change: 'booked' | 'requested' | 'declined' | 'cancelled' | 'reminder' | 'location_changed' };
};

export type Topic = keyof DomainEvents;

export function publish<T extends Topic>(db: DbOrTrx, topic: T, payload: DomainEvents[T], now: Date): Promise<string> {
  return enqueue(db, topic, payload, now);
}

export type Subscriptions = { [T in Topic]?: Array<(payload: DomainEvents[T]) => Promise<void>> };
