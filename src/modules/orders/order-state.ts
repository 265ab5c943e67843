// The order lifecycle as a pure state machine: what may happen to an order in each status, who may make it
// happen, and what the caller must then do. No db, no clock, no I/O: the caller passes the order's facts and
// `now`, stores the returned facts and event in one transaction (the event is the order's history: who, when,
// why) and performs the effects afterwards (outbox). Refusals carry a code the HTTP layer maps (REFUSAL_KIND):
// an illegal transition is a 409.
//
// Rules chosen where the issue was silent (the report and the tests say the same):
// - `cancelled` and `expired` mean no money was ever captured; `refunded` means money was captured and returned.
//   So an operator's cancel of a paid (or held) order goes to `refund_requested`, already approved: the refund
//   is sent at once and the provider's confirmation (`refund`) ends it in `refunded`.
// - A refund request (shopper's or operator's) freezes the order until an operator approves or rejects it.
//   Approval sends the money and cannot be undone; rejection returns the order to `refundFrom`.
// - The buyer's annual room (DOMAIN §3) is restored when an order that customs never released ends (cancelled,
//   expired, or refunded before clearance), or when a released order is refunded after a return requested
//   within 30 days of release whose goods were back in the bonded area within 45 days of release.
import type { OrderStatus as StoredStatus } from '../../db/schema.js';
import type { ErrorKind } from '../../platform/errors.js';

export const ORDER_STATUSES = [
  'pending_payment', 'paid', 'payment_held', 'declared', 'cleared', 'shipped', 'delivered',
  'completed', 'cancelled', 'expired', 'refund_requested', 'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
// The orders.status column and the machine must name the same statuses: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _statusesMatchTheTable: Same<OrderStatus, StoredStatus> = true;

export const TERMINAL_STATUSES: readonly OrderStatus[] = ['completed', 'cancelled', 'expired', 'refunded'];
export const isTerminal = (status: OrderStatus): boolean => TERMINAL_STATUSES.includes(status);

export const ACTORS = ['shopper', 'seller', 'operator', 'system', 'payment'] as const;
/** Who acts: 'payment' is the provider's verified notification, 'system' a job, a carrier or customs receipt. */
export type Actor = (typeof ACTORS)[number];

export type OrderAction =
  | { kind: 'capture_payment' } // payer = buyer
  | { kind: 'hold_payment' } // captured, but the payer is not the buyer (DOMAIN §5): an operator checks
  | { kind: 'release_hold' }
  | { kind: 'declare' } // customs messages sent
  | { kind: 'clear' } // customs released the goods: the return window starts here
  | { kind: 'ship' }
  | { kind: 'deliver' }
  | { kind: 'complete' }
  | { kind: 'cancel'; reason: string }
  | { kind: 'expire' }
  | { kind: 'request_refund'; reason: string }
  | { kind: 'approve_refund' } // an operator sends the refund to the provider
  | { kind: 'receive_return' } // the returned goods are back in the bonded area (warehouse record)
  | { kind: 'refund' } // the provider confirmed the refund
  | { kind: 'reject_refund'; reason: string };
export type ActionKind = OrderAction['kind'];

/** Instructions for the caller, performed after the transition is stored. */
export type Effect =
  | 'release_reservation' // give reserved stock back (the order ends before shipment)
  | 'consume_stock' // the reserved units left the warehouse
  | 'refund_payment' // ask the provider to refund what was captured
  | 'restore_annual_room' // this order no longer counts toward the buyer's yearly limit
  | 'notify_shopper'
  | 'notify_seller' // goods released (ship now), or a sale reversed by an approved refund
  | 'notify_operator'; // an operator must act: a held payment or a refund request

/** What the machine needs to know about an order; timestamps are ISO-8601 UTC strings. */
export type OrderFacts = {
  status: OrderStatus;
  /** When the payment was captured (also when it was captured but held). */
  paidAt: string | null;
  /** When customs released the goods: the return windows are counted from here. */
  clearedAt: string | null;
  deliveredAt: string | null;
  /** While a refund is requested: the status it was requested from (a rejection goes back there). */
  refundFrom: OrderStatus | null;
  /** While a refund is requested: when (decides whether it was within the 30-day window). */
  refundRequestedAt: string | null;
  /** While a refund is requested: when an operator approved it (the money is on its way). */
  refundApprovedAt: string | null;
  /** While a refund is requested: when the returned goods were back in the bonded area. */
  returnedAt: string | null;
};

export const NEW_ORDER: OrderFacts = {
  status: 'pending_payment', paidAt: null, clearedAt: null, deliveredAt: null,
  refundFrom: null, refundRequestedAt: null, refundApprovedAt: null, returnedAt: null,
};

export type RefusalCode = 'illegal_transition' | 'not_allowed' | 'window_closed' | 'window_open';
/** How the HTTP layer answers each refusal: a transition the status does not allow is a 409. */
export const REFUSAL_KIND: Record<RefusalCode, ErrorKind> = {
  illegal_transition: 'conflict',
  window_closed: 'conflict', // the shopper's return window has closed
  window_open: 'conflict', // the system may not complete an order while its return window is open
  not_allowed: 'forbidden', // the status allows the action, but not by this actor
};

/** One stored order event. `actor` is the role; the caller adds the user id where there is one. */
export type OrderEvent = {
  action: ActionKind;
  from: OrderStatus;
  to: OrderStatus;
  actor: Actor;
  at: string;
  reason: string | null;
};

export type Decision =
  | { ok: true; to: OrderStatus; effects: Effect[]; facts: OrderFacts; event: OrderEvent }
  | { ok: false; code: RefusalCode; message: string };

/** DOMAIN §3: a return applied for within 30 days of release (clearedAt)… */
export const RETURN_WINDOW_DAYS = 30;
/** …and back in the bonded area within 45 days of release is untaxed and restores the annual room. */
export const RETURN_ARRIVAL_DAYS = 45;
const DAY_MS = 86_400_000;

/** Both limits are inclusive: exactly 30 days after release is still inside the window, 1 ms later is not. */
function withinDaysOfRelease(clearedAt: string | null, at: string | Date, days: number): boolean {
  if (clearedAt === null) return false;
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return t <= Date.parse(clearedAt) + days * DAY_MS;
}

/** Whether the shopper may ask to return a delivered order now. */
export function canRequestReturn(facts: OrderFacts, now: Date): boolean {
  return facts.status === 'delivered' && withinDaysOfRelease(facts.clearedAt, now, RETURN_WINDOW_DAYS);
}

/** Statuses in which the order still holds a stock reservation (nothing shipped yet). */
const HOLDS_RESERVATION: readonly OrderStatus[] = ['pending_payment', 'paid', 'payment_held', 'declared', 'cleared'];

function restoresAnnualRoom(f: OrderFacts): boolean {
  if (f.clearedAt === null) return true; // never released: customs never counted it
  return (
    f.refundRequestedAt !== null &&
    withinDaysOfRelease(f.clearedAt, f.refundRequestedAt, RETURN_WINDOW_DAYS) &&
    f.returnedAt !== null &&
    withinDaysOfRelease(f.clearedAt, f.returnedAt, RETURN_ARRIVAL_DAYS)
  );
}

type Outcome = { to: OrderStatus; effects: Effect[]; set?: Partial<OrderFacts> };
type Rule = {
  /** The statuses the action applies in, and who may take it there. */
  from: Partial<Record<OrderStatus, readonly Actor[]>>;
  /** A refusal that depends on more than status and actor (time windows, approval). */
  guard?: (f: OrderFacts, actor: Actor, now: Date) => { code: RefusalCode; message: string } | null;
  apply: (f: OrderFacts, now: string) => Outcome;
};

const REFUND_CLEARED: Partial<OrderFacts> = { refundFrom: null, refundRequestedAt: null, refundApprovedAt: null, returnedAt: null };
const illegal = (message: string) => ({ code: 'illegal_transition' as const, message });

const RULES: Record<ActionKind, Rule> = {
  capture_payment: {
    from: { pending_payment: ['payment'] },
    apply: (_f, now) => ({ to: 'paid', effects: ['notify_shopper'], set: { paidAt: now } }),
  },
  hold_payment: {
    from: { pending_payment: ['payment'] },
    apply: (_f, now) => ({ to: 'payment_held', effects: ['notify_shopper', 'notify_operator'], set: { paidAt: now } }),
  },
  release_hold: {
    from: { payment_held: ['operator'] },
    apply: () => ({ to: 'paid', effects: ['notify_shopper'] }),
  },
  // Customs messages and receipts come from a customs link ('system') or, without one, an operator records them.
  declare: {
    from: { paid: ['system', 'operator'] },
    apply: () => ({ to: 'declared', effects: [] }),
  },
  clear: {
    from: { declared: ['system', 'operator'] },
    apply: (_f, now) => ({ to: 'cleared', effects: ['notify_seller'], set: { clearedAt: now } }),
  },
  ship: {
    from: { cleared: ['seller', 'operator'] },
    apply: () => ({ to: 'shipped', effects: ['consume_stock', 'notify_shopper'] }),
  },
  deliver: {
    from: { shipped: ['system', 'operator'] },
    apply: (_f, now) => ({ to: 'delivered', effects: ['notify_shopper'], set: { deliveredAt: now } }),
  },
  complete: {
    // The shopper confirming receipt ends the order (and with it the chance to return); the system waits.
    from: { delivered: ['shopper', 'system'] },
    guard: (f, actor, now) =>
      actor === 'system' && withinDaysOfRelease(f.clearedAt, now, RETURN_WINDOW_DAYS)
        ? { code: 'window_open', message: `The ${RETURN_WINDOW_DAYS}-day return window is still open` }
        : null,
    apply: () => ({ to: 'completed', effects: ['notify_shopper'] }),
  },
  cancel: {
    // Before payment nothing needs undoing; after it, only an operator cancels, and that is a refund.
    from: { pending_payment: ['shopper', 'operator'], paid: ['operator'], payment_held: ['operator'] },
    apply: (f, now) =>
      f.status === 'pending_payment'
        ? { to: 'cancelled', effects: ['release_reservation', 'restore_annual_room', 'notify_shopper'] }
        : {
            to: 'refund_requested',
            effects: ['refund_payment', 'release_reservation', 'notify_shopper', 'notify_seller'],
            set: { ...REFUND_CLEARED, refundFrom: f.status, refundRequestedAt: now, refundApprovedAt: now },
          },
  },
  expire: {
    from: { pending_payment: ['system'] },
    apply: () => ({ to: 'expired', effects: ['release_reservation', 'restore_annual_room', 'notify_shopper'] }),
  },
  request_refund: {
    from: {
      paid: ['operator'], payment_held: ['operator'], declared: ['operator'], cleared: ['operator'],
      shipped: ['operator'], delivered: ['shopper', 'operator'],
    },
    guard: (f, actor, now) =>
      actor === 'shopper' && !canRequestReturn(f, now)
        ? { code: 'window_closed', message: `Returns must be requested within ${RETURN_WINDOW_DAYS} days of customs release` }
        : null,
    apply: (f, now) => ({
      to: 'refund_requested',
      effects: ['notify_operator', 'notify_shopper'],
      set: { ...REFUND_CLEARED, refundFrom: f.status, refundRequestedAt: now },
    }),
  },
  approve_refund: {
    from: { refund_requested: ['operator'] },
    guard: (f) => (f.refundApprovedAt !== null ? illegal('The refund is already approved') : null),
    apply: (f, now) => ({
      to: 'refund_requested',
      effects: [
        'refund_payment',
        ...(f.refundFrom !== null && HOLDS_RESERVATION.includes(f.refundFrom) ? (['release_reservation'] as const) : []),
        'notify_shopper',
        'notify_seller',
      ],
      set: { refundApprovedAt: now },
    }),
  },
  receive_return: {
    from: { refund_requested: ['system', 'operator'] },
    guard: (f) =>
      f.clearedAt === null
        ? illegal('Customs never released these goods: there is nothing to return')
        : f.returnedAt !== null
          ? illegal('The return is already recorded')
          : null,
    apply: (_f, now) => ({ to: 'refund_requested', effects: [], set: { returnedAt: now } }),
  },
  refund: {
    from: { refund_requested: ['payment'] },
    guard: (f) => (f.refundApprovedAt === null ? illegal('No refund was approved') : null),
    apply: (f) => ({
      to: 'refunded',
      effects: [...(restoresAnnualRoom(f) ? (['restore_annual_room'] as const) : []), 'notify_shopper'],
    }),
  },
  reject_refund: {
    from: { refund_requested: ['operator'] },
    guard: (f) =>
      f.refundApprovedAt !== null
        ? illegal('An approved refund cannot be rejected')
        : f.refundFrom === null
          ? illegal('The status the refund was requested from is unknown')
          : null,
    apply: (f) => ({ to: f.refundFrom ?? f.status, effects: ['notify_shopper'], set: REFUND_CLEARED }),
  },
};

export const ACTION_KINDS = Object.keys(RULES) as ActionKind[];

/** Whether `actor` may take `action` on an order with these facts at `now`, and what follows if so. */
export function decide(facts: OrderFacts, action: OrderAction, actor: Actor, now: Date): Decision {
  const rule = RULES[action.kind];
  const actors = rule.from[facts.status];
  if (!actors) {
    return { ok: false, code: 'illegal_transition', message: `Action ${action.kind} is not possible on a ${facts.status} order` };
  }
  if (!actors.includes(actor)) {
    return { ok: false, code: 'not_allowed', message: `Action ${action.kind} on a ${facts.status} order is not for ${actor}` };
  }
  const refusal = rule.guard?.(facts, actor, now) ?? null;
  if (refusal) return { ok: false, ...refusal };
  const at = now.toISOString();
  const { to, effects, set } = rule.apply(facts, at);
  const reason = 'reason' in action ? action.reason : null;
  return {
    ok: true,
    to,
    effects,
    facts: { ...facts, ...set, status: to },
    event: { action: action.kind, from: facts.status, to, actor, at, reason },
  };
}
