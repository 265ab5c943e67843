import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpStatus } from '../../platform/errors.js';
import {
  ACTION_KINDS,
  ACTORS,
  NEW_ORDER,
  ORDER_STATUSES,
  REFUSAL_KIND,
  canRequestReturn,
  decide,
  type ActionKind,
  type Actor,
  type OrderAction,
  type OrderFacts,
  type OrderStatus,
} from './order-state.js';

// The lists the expected table is written against: spelled out here, not read from the implementation.
const STATUSES: OrderStatus[] = [
  'pending_payment', 'paid', 'payment_held', 'declared', 'cleared', 'shipped', 'delivered',
  'completed', 'cancelled', 'expired', 'refund_requested', 'refunded',
];
const TERMINAL: OrderStatus[] = ['completed', 'cancelled', 'expired', 'refunded'];
const ACTIONS: ActionKind[] = [
  'capture_payment', 'hold_payment', 'release_hold', 'declare', 'clear', 'ship', 'deliver', 'complete',
  'cancel', 'expire', 'request_refund', 'approve_refund', 'receive_return', 'refund', 'reject_refund',
];
const WHO: Actor[] = ['shopper', 'seller', 'operator', 'system', 'payment'];

const DAY = 86_400_000;
const PAID = '2026-03-01T00:10:00.000Z';
const CLEARED = '2026-03-03T00:00:00.000Z';
const DELIVERED = '2026-03-06T00:00:00.000Z';
const REQUESTED = '2026-03-08T00:00:00.000Z';
const afterRelease = (ms: number) => new Date(Date.parse(CLEARED) + ms);
const IN_WINDOW = new Date('2026-03-10T00:00:00.000Z');
const WINDOW_END = afterRelease(30 * DAY);

function actionOf(kind: ActionKind): OrderAction {
  switch (kind) {
    case 'cancel':
    case 'request_refund':
    case 'reject_refund':
      return { kind, reason: 'because' };
    default:
      return { kind };
  }
}

const order = (status: OrderStatus, more: Partial<OrderFacts> = {}): OrderFacts => ({ ...NEW_ORDER, status, ...more });
const paid = { paidAt: PAID };
const cleared = { ...paid, clearedAt: CLEARED };
const delivered = { ...cleared, deliveredAt: DELIVERED };

// Every status, and each status whose answers also depend on time or on the refund's progress more than once.
const SCENARIOS: Record<string, { facts: OrderFacts; now?: Date }> = {
  pending_payment: { facts: order('pending_payment') },
  paid: { facts: order('paid', paid) },
  payment_held: { facts: order('payment_held', paid) },
  declared: { facts: order('declared', paid) },
  cleared: { facts: order('cleared', cleared) },
  shipped: { facts: order('shipped', cleared) },
  delivered_in_window: { facts: order('delivered', delivered) },
  delivered_after_window: { facts: order('delivered', delivered), now: afterRelease(30 * DAY + 1) },
  completed: { facts: order('completed', delivered) },
  cancelled: { facts: order('cancelled') },
  expired: { facts: order('expired') },
  refund_awaiting_decision: { facts: order('refund_requested', { ...delivered, refundFrom: 'delivered', refundRequestedAt: REQUESTED }) },
  refund_approved_never_released: {
    facts: order('refund_requested', { ...paid, refundFrom: 'paid', refundRequestedAt: REQUESTED, refundApprovedAt: REQUESTED }),
  },
  refunded: { facts: order('refunded', paid) },
};

// 'to: effects…' for an accepted action, '!code' for a refusal. An action missing from a scenario is an
// illegal_transition for every actor; an actor missing from a listed action is not_allowed.
const CANCEL = 'cancelled: release_reservation restore_annual_room notify_shopper';
const CANCEL_PAID = 'refund_requested: refund_payment release_reservation notify_shopper notify_seller';
const REQUEST = 'refund_requested: notify_operator notify_shopper';
const EXPECTED: Record<keyof typeof SCENARIOS, Partial<Record<ActionKind, Partial<Record<Actor, string>>>>> = {
  pending_payment: {
    capture_payment: { payment: 'paid: notify_shopper' },
    hold_payment: { payment: 'payment_held: notify_shopper notify_operator' },
    cancel: { shopper: CANCEL, operator: CANCEL },
    expire: { system: 'expired: release_reservation restore_annual_room notify_shopper' },
  },
  paid: { declare: { system: 'declared:', operator: 'declared:' }, cancel: { operator: CANCEL_PAID }, request_refund: { operator: REQUEST } },
  payment_held: { release_hold: { operator: 'paid: notify_shopper' }, cancel: { operator: CANCEL_PAID }, request_refund: { operator: REQUEST } },
  declared: { clear: { system: 'cleared: notify_seller', operator: 'cleared: notify_seller' }, request_refund: { operator: REQUEST } },
  cleared: {
    ship: { seller: 'shipped: consume_stock notify_shopper', operator: 'shipped: consume_stock notify_shopper' },
    request_refund: { operator: REQUEST },
  },
  shipped: { deliver: { system: 'delivered: notify_shopper', operator: 'delivered: notify_shopper' }, request_refund: { operator: REQUEST } },
  delivered_in_window: {
    complete: { shopper: 'completed: notify_shopper', system: '!window_open' },
    request_refund: { shopper: REQUEST, operator: REQUEST },
  },
  delivered_after_window: {
    complete: { shopper: 'completed: notify_shopper', system: 'completed: notify_shopper' },
    request_refund: { shopper: '!window_closed', operator: REQUEST },
  },
  completed: {},
  cancelled: {},
  expired: {},
  refund_awaiting_decision: {
    approve_refund: { operator: 'refund_requested: refund_payment notify_shopper notify_seller' },
    receive_return: { system: 'refund_requested:', operator: 'refund_requested:' },
    refund: { payment: '!illegal_transition' },
    reject_refund: { operator: 'delivered: notify_shopper' },
  },
  refund_approved_never_released: {
    approve_refund: { operator: '!illegal_transition' },
    receive_return: { system: '!illegal_transition', operator: '!illegal_transition' },
    refund: { payment: 'refunded: restore_annual_room notify_shopper' },
    reject_refund: { operator: '!illegal_transition' },
  },
  refunded: {},
};

const normalise = (cell: string) => {
  if (cell.startsWith('!')) return cell;
  const [to, effects = ''] = cell.split(':');
  return `${to}: ${effects.split(' ').filter(Boolean).sort().join(' ')}`;
};

describe('decide: every status × action × actor against the written table', () => {
  it('the lists the table is written against are the implementation’s', () => {
    expect([...ORDER_STATUSES].sort()).toEqual([...STATUSES].sort());
    expect([...ACTION_KINDS].sort()).toEqual([...ACTIONS].sort());
    expect([...ACTORS].sort()).toEqual([...WHO].sort());
    expect(new Set(Object.values(SCENARIOS).map((s) => s.facts.status))).toEqual(new Set(STATUSES));
  });

  it.each(Object.keys(SCENARIOS))('%s', (name) => {
    const { facts, now = IN_WINDOW } = SCENARIOS[name]!;
    const actual: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const kind of ACTIONS) {
      for (const actor of WHO) {
        const d = decide(facts, actionOf(kind), actor, now);
        actual[`${kind} by ${actor}`] = d.ok ? normalise(`${d.to}: ${d.effects.join(' ')}`) : `!${d.code}`;
        const row = EXPECTED[name]![kind];
        expected[`${kind} by ${actor}`] = normalise(row ? (row[actor] ?? '!not_allowed') : '!illegal_transition');
        if (!d.ok) expect(d.message).not.toBe('');
      }
    }
    expect(actual).toEqual(expected);
  });

  it('an illegal transition is a 409, an action by the wrong actor a 403', () => {
    expect(httpStatus[REFUSAL_KIND.illegal_transition]).toBe(409);
    expect(httpStatus[REFUSAL_KIND.window_closed]).toBe(409);
    expect(httpStatus[REFUSAL_KIND.window_open]).toBe(409);
    expect(httpStatus[REFUSAL_KIND.not_allowed]).toBe(403);
  });
});

describe('the return window (30 days from customs release, both ends inclusive)', () => {
  const deliveredOrder = order('delivered', delivered);
  it('is open at exactly 30 days and closed 1 ms later', () => {
    expect(canRequestReturn(deliveredOrder, WINDOW_END)).toBe(true);
    expect(canRequestReturn(deliveredOrder, afterRelease(30 * DAY + 1))).toBe(false);
    expect(decide(deliveredOrder, actionOf('request_refund'), 'shopper', WINDOW_END)).toMatchObject({ ok: true, to: 'refund_requested' });
    expect(decide(deliveredOrder, actionOf('request_refund'), 'shopper', afterRelease(30 * DAY + 1))).toMatchObject({ ok: false, code: 'window_closed' });
  });
  it('keeps the system from completing until it has closed', () => {
    expect(decide(deliveredOrder, actionOf('complete'), 'system', WINDOW_END)).toMatchObject({ ok: false, code: 'window_open' });
    expect(decide(deliveredOrder, actionOf('complete'), 'system', afterRelease(30 * DAY + 1))).toMatchObject({ ok: true, to: 'completed' });
  });
  it('only applies to delivered orders with a release date', () => {
    expect(canRequestReturn(order('shipped', cleared), IN_WINDOW)).toBe(false);
    expect(canRequestReturn(order('delivered', { ...paid, deliveredAt: DELIVERED }), IN_WINDOW)).toBe(false);
  });
});

describe('refund effects that depend on the facts', () => {
  it.each([
    ['paid', true], ['payment_held', true], ['declared', true], ['cleared', true], ['shipped', false], ['delivered', false],
  ] as const)('approving a refund requested from %s releases the reservation: %s', (from, releases) => {
    const facts = order('refund_requested', { ...cleared, refundFrom: from, refundRequestedAt: REQUESTED });
    const d = decide(facts, actionOf('approve_refund'), 'operator', IN_WINDOW);
    expect(d.ok && d.effects.includes('release_reservation')).toBe(releases);
    expect(d.ok && d.effects.includes('refund_payment')).toBe(true);
  });

  const at = (ms: number) => afterRelease(ms).toISOString();
  it.each([
    ['never released (refunded from declared)', { ...paid, refundFrom: 'declared' }, true],
    ['requested at 30 days, back at 45 days', { ...delivered, refundRequestedAt: at(30 * DAY), returnedAt: at(45 * DAY) }, true],
    ['requested 30 days + 1 ms after release', { ...delivered, refundRequestedAt: at(30 * DAY + 1), returnedAt: at(31 * DAY) }, false],
    ['back 45 days + 1 ms after release', { ...delivered, refundRequestedAt: at(5 * DAY), returnedAt: at(45 * DAY + 1) }, false],
    ['refunded without the goods coming back', { ...delivered, refundRequestedAt: at(5 * DAY), returnedAt: null }, false],
  ] as const)('the annual room is restored on refund when %s: %s', (_name, more, restores) => {
    const facts = order('refund_requested', { refundFrom: 'delivered', refundRequestedAt: REQUESTED, refundApprovedAt: REQUESTED, ...more });
    const d = decide(facts, actionOf('refund'), 'payment', afterRelease(60 * DAY));
    expect(d).toMatchObject({ ok: true, to: 'refunded' });
    expect(d.ok && d.effects.includes('restore_annual_room')).toBe(restores);
  });
});

describe('facts and events along a run', () => {
  function run(steps: [ActionKind, Actor, string][]) {
    let facts = NEW_ORDER;
    const events = [];
    const effects = [];
    for (const [kind, actor, when] of steps) {
      const d = decide(facts, actionOf(kind), actor, new Date(when));
      if (!d.ok) throw new Error(`${kind} by ${actor} refused: ${d.message}`);
      expect(d.facts.status).toBe(d.to);
      facts = d.facts;
      events.push(d.event);
      effects.push(...d.effects);
    }
    return { facts, events, effects };
  }
  const toDelivery: [ActionKind, Actor, string][] = [
    ['capture_payment', 'payment', PAID], ['declare', 'system', '2026-03-02T00:00:00.000Z'], ['clear', 'system', CLEARED],
    ['ship', 'seller', '2026-03-04T00:00:00.000Z'], ['deliver', 'system', DELIVERED],
  ];

  it('records when payment, release and delivery happened, and a rejected request leaves no trace in the facts', () => {
    const { facts, events } = run([...toDelivery, ['request_refund', 'shopper', REQUESTED], ['reject_refund', 'operator', '2026-03-09T00:00:00.000Z']]);
    expect(facts).toEqual({ ...NEW_ORDER, status: 'delivered', paidAt: PAID, clearedAt: CLEARED, deliveredAt: DELIVERED });
    expect(events.slice(-2)).toEqual([
      { action: 'request_refund', from: 'delivered', to: 'refund_requested', actor: 'shopper', at: REQUESTED, reason: 'because' },
      { action: 'reject_refund', from: 'refund_requested', to: 'delivered', actor: 'operator', at: '2026-03-09T00:00:00.000Z', reason: 'because' },
    ]);
    expect(events[0]).toEqual({ action: 'capture_payment', from: 'pending_payment', to: 'paid', actor: 'payment', at: PAID, reason: null });
  });

  it('a return within the windows ends refunded with the room restored', () => {
    const { facts, effects } = run([
      ...toDelivery, ['request_refund', 'shopper', REQUESTED], ['receive_return', 'system', '2026-03-20T00:00:00.000Z'],
      ['approve_refund', 'operator', '2026-03-21T00:00:00.000Z'], ['refund', 'payment', '2026-03-22T00:00:00.000Z'],
    ]);
    expect(facts).toMatchObject({ status: 'refunded', refundFrom: 'delivered', refundRequestedAt: REQUESTED, returnedAt: '2026-03-20T00:00:00.000Z' });
    expect(effects.filter((e) => !e.startsWith('notify_'))).toEqual(['consume_stock', 'refund_payment', 'restore_annual_room']);
  });
});

describe('any sequence of actions from pending_payment', () => {
  const MOVES = ACTIONS.flatMap((kind) => WHO.map((actor) => ({ kind, actor })));
  const step = fc.record({ legalOnly: fc.boolean(), pick: fc.nat(), advance: fc.integer({ min: 0, max: 40 * DAY }) });

  it('never leaves a terminal state, and moves stock and money at most once and in order', () => {
    const reached = new Set<OrderStatus>();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let facts = NEW_ORDER;
        let now = Date.parse('2026-03-01T00:00:00.000Z');
        let captured = false;
        const seen = { release_reservation: 0, consume_stock: 0, refund_payment: 0, restore_annual_room: 0 };
        for (const s of steps) {
          now += s.advance;
          const candidates = s.legalOnly ? MOVES.filter((m) => decide(facts, actionOf(m.kind), m.actor, new Date(now)).ok) : MOVES;
          const move = candidates[s.pick % Math.max(candidates.length, 1)];
          if (!move) continue;
          const d = decide(facts, actionOf(move.kind), move.actor, new Date(now));
          if (TERMINAL.includes(facts.status)) expect(d.ok).toBe(false);
          if (!d.ok) continue;
          for (const e of d.effects) {
            if (e === 'consume_stock') expect(seen.release_reservation).toBe(0);
            if (e === 'release_reservation') expect(seen.consume_stock).toBe(0);
            if (e === 'refund_payment') expect(captured).toBe(true);
            if (e in seen) seen[e as keyof typeof seen] += 1;
          }
          if (move.kind === 'capture_payment' || move.kind === 'hold_payment') captured = true;
          expect(d.event.from).toBe(facts.status);
          facts = d.facts;
          reached.add(facts.status);
        }
        for (const count of Object.values(seen)) expect(count).toBeLessThanOrEqual(1);
        if (TERMINAL.includes(facts.status)) {
          // Every finished order either gave its stock back or shipped it.
          expect(seen.release_reservation + seen.consume_stock).toBe(1);
          expect(seen.refund_payment).toBe(facts.status === 'refunded' ? 1 : 0);
          expect(captured).toBe(facts.status === 'refunded' || facts.status === 'completed');
        }
      }),
      { numRuns: 3000 },
    );
    // Random walks reach most statuses; which ones is left to chance (completed needs six legal steps in a row).
    expect(reached.size).toBeGreaterThan(5);
  });

  it('reaches every status from pending_payment (breadth-first over every legal move, at the same moment or 40 days on)', () => {
    const reached = new Set<OrderStatus>(['pending_payment']);
    let frontier = [{ facts: NEW_ORDER, now: Date.parse('2026-03-01T00:00:00.000Z') }];
    const seen = new Set<string>([JSON.stringify(NEW_ORDER)]);
    for (let depth = 0; depth < 12 && frontier.length > 0; depth++) {
      const next: typeof frontier = [];
      for (const { facts, now } of frontier) {
        for (const at of [now, now + 40 * DAY]) {
          for (const m of MOVES) {
            const d = decide(facts, actionOf(m.kind), m.actor, new Date(at));
            if (!d.ok) continue;
            reached.add(d.facts.status);
            const key = JSON.stringify(d.facts);
            if (!seen.has(key)) {
              seen.add(key);
              next.push({ facts: d.facts, now: at });
            }
          }
        }
      }
      frontier = next;
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
  });
});
