// The waitlist: a freed seat is offered to the next in line (same ticket type, fits both counters),
// the offer holds the seat until claimed or lapsed, a lapse passes it on, capacity and quota edits
// follow the held seats, and concurrent cancellations, offers and claims never hold a seat twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import type { Mail } from '../../platform/mailer.js';
import { createEvent, register, type Registered, type TicketTypeForm } from './fixtures.js';
import { registrationMail } from './registration-mail.js';
import { lapseExpiredOffers } from './waitlist.js';

let app: TestApp;
let op: TestClient;
let anonymous: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  op = (await signedInAs(app, 'operator')).client;
  anonymous = new TestClient(app);
  await anonymous.refreshCsrf();
});
afterAll(async () => app.cleanup());

const makeEvent = (capacity: number, ticketTypes?: TicketTypeForm[]) => createEvent(op, { capacity, offerHoldHours: 48, ticketTypes });

async function registerMany(slug: string, count: number, ticketType = 'general', prefix = 'r'): Promise<Registered[]> {
  const out: Registered[] = [];
  for (let i = 0; i < count; i++) out.push(await register(anonymous, slug, `${prefix}${i}@${slug}.example`, { ticketType }));
  return out;
}

const asHolder = (r: { manageKey: string }) => ({ headers: { 'x-registration-key': r.manageKey } });
/** As operators see it (an offer replaces the registrant's key, so the key from registering stops working then). */
const read = async (r: Registered) => (await op.get(`/api/v1/ops/conference/registrations/${r.id}`)).json();

/** The counters equal the seats the rows hold, and never exceed the limits. */
async function expectSeatsConsistent(eventId: string) {
  const event = await app.db.selectFrom('conf_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  const rows = await app.db.selectFrom('conf_registrations').select(['status', 'ticket_type_id']).where('event_id', '=', eventId).execute();
  const holding = rows.filter((r) => r.status === 'confirmed' || r.status === 'offered');
  expect(event.held).toBe(holding.length);
  expect(event.held).toBeLessThanOrEqual(event.capacity);
  for (const t of await app.db.selectFrom('conf_ticket_types').selectAll().where('event_id', '=', eventId).execute()) {
    expect(t.held).toBe(holding.filter((r) => r.ticket_type_id === t.id).length);
    expect(t.held).toBeLessThanOrEqual(t.quota);
  }
  return { event, rows };
}

/** Delivers this test's registration e-mails through the subscriber and returns them. */
async function mailsFor(ids: string[]): Promise<Mail[]> {
  const sent: Mail[] = [];
  const deliver = registrationMail(app.db, { send: async (m) => (sent.push(m), { id: String(sent.length) }) }, 'https://gateway.example');
  const rows = await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.registration_changed').orderBy('id').execute();
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as Parameters<typeof deliver>[0];
    if (ids.includes(payload.registrationId)) await deliver(payload);
  }
  return sent;
}

describe('waitlist offers', () => {
  it('offers a cancelled seat to the next in line, who claims it; e-mails say so with working links', async () => {
    const { id, slug } = await makeEvent(2);
    const [a, b, c, d] = await registerMany(slug, 4);
    expect([a, b, c, d].map((r) => r!.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect((await read(d!)).placeInLine).toBe(2);

    const cancelled = await anonymous.post(`/api/v1/conference/registrations/${a!.id}/cancel`, {}, asHolder(a!));
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', endedBy: 'cancelled' });
    await expectSeatsConsistent(id);

    const mails = await mailsFor([a!.id, c!.id]);
    const offer = mails.find((m) => m.to === c!.email && m.subject.startsWith('A seat is yours'))!;
    expect(offer.text).toContain('holding it for you until');
    // The offer e-mail's link carries a fresh key that opens the registration; the waitlist e-mail's no longer does.
    const offerKey = /#key=([A-Za-z0-9_-]+)/.exec(offer.text)![1]!;
    const viaOffer = (await anonymous.get(`/api/v1/conference/registrations/${c!.id}`, { headers: { 'x-registration-key': offerKey } })).json();
    expect(viaOffer.status).toBe('offered');
    expect(Date.parse(viaOffer.offerExpiresAt) - Date.now()).toBeGreaterThan(47 * 3_600_000);
    expect((await anonymous.get(`/api/v1/conference/registrations/${c!.id}`, asHolder(c!))).statusCode).toBe(404);
    const waitlistMail = mails.find((m) => m.to === c!.email && m.subject.startsWith("You're on the waitlist"))!;
    expect(waitlistMail.text).toContain('number 1');
    expect(waitlistMail.text).toContain(`https://gateway.example/conference/registrations/${c!.id}#key=${c!.manageKey}`);
    expect(mails.find((m) => m.to === a!.email && m.subject.startsWith("You're registered"))!.text).toContain(`#key=${a!.manageKey}`);
    expect(mails.some((m) => m.to === a!.email && m.subject.startsWith('Registration cancelled'))).toBe(true);
    expect((await read(d!)).placeInLine).toBe(1);

    const claimed = await anonymous.post(`/api/v1/conference/registrations/${c!.id}/claim`, {}, { headers: { 'x-registration-key': offerKey } });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ status: 'confirmed', offerExpiresAt: null });
    const again = await anonymous.post(`/api/v1/conference/registrations/${c!.id}/claim`, {}, { headers: { 'x-registration-key': offerKey } });
    expect(again.json().error.code).toBe('no_offer');
    expect((await anonymous.post(`/api/v1/conference/registrations/${a!.id}/cancel`, {}, asHolder(a!))).json().error.code).toBe('already_cancelled');
    expect((await expectSeatsConsistent(id)).event.held).toBe(2);

    // The next seat goes to d; d declines the offer (cancels): the seat is free again, nobody waits.
    await anonymous.post(`/api/v1/conference/registrations/${b!.id}/cancel`, {}, asHolder(b!));
    const dOffer = (await mailsFor([d!.id])).find((m) => m.subject.startsWith('A seat is yours'))!;
    const dKey = /#key=([A-Za-z0-9_-]+)/.exec(dOffer.text)![1]!;
    expect((await anonymous.post(`/api/v1/conference/registrations/${d!.id}/cancel`, {}, { headers: { 'x-registration-key': dKey } })).json().status).toBe('cancelled');
    const { event } = await expectSeatsConsistent(id);
    expect(event.held).toBe(1);
  });

  it('lapses an unclaimed offer and passes the seat on; a late claim is refused', async () => {
    const { id, slug, name } = await makeEvent(1);
    const [a, b, c] = await registerMany(slug, 3);
    await anonymous.post(`/api/v1/conference/registrations/${a!.id}/cancel`, {}, asHolder(a!));
    expect(await lapseExpiredOffers(app.db, new Date(Date.now() + 47 * 3_600_000))).toBe(0);
    // (Counts every event's offers: other tests' offers may lapse too.)
    expect(await lapseExpiredOffers(app.db, new Date(Date.now() + 49 * 3_600_000))).toBeGreaterThanOrEqual(1);
    expect((await expectSeatsConsistent(id)).rows.map((r) => r.status).sort()).toEqual(['cancelled', 'cancelled', 'offered']);
    const lapsed = await app.db.selectFrom('conf_registrations').selectAll().where('id', '=', b!.id).executeTakeFirstOrThrow();
    expect(lapsed.status).toBe('cancelled');
    const next = await app.db.selectFrom('conf_registrations').selectAll().where('id', '=', c!.id).executeTakeFirstOrThrow();
    expect(next.status).toBe('offered');
    const mails = await mailsFor([b!.id]);
    expect(mails.map((m) => m.subject)).toContain(`Your seat offer expired: ${name}`);
    // Run again: nothing more lapses (the new offer is not due yet).
    expect(await lapseExpiredOffers(app.db, new Date(Date.now() + 49 * 3_600_000))).toBe(0);

    // The offer's time runs out before the timer lapses it: the claim is refused, nothing changes.
    await app.db.updateTable('conf_registrations').set({ offer_expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', c!.id).execute();
    const offerKey = /#key=([A-Za-z0-9_-]+)/.exec((await mailsFor([c!.id])).find((m) => m.subject.startsWith('A seat'))!.text)![1]!;
    const late = await anonymous.post(`/api/v1/conference/registrations/${c!.id}/claim`, {}, { headers: { 'x-registration-key': offerKey } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('offer_expired');
    expect(await lapseExpiredOffers(app.db, new Date())).toBe(1);
    const { event } = await expectSeatsConsistent(id);
    expect(event.held).toBe(0);
  });

  it('offers a freed seat only to someone whose ticket type has room, in arrival order', async () => {
    const { id, slug } = await makeEvent(2, [{ code: 'general', quota: 2 }, { code: 'workshop', quota: 1 }]);
    const [g0] = await registerMany(slug, 1, 'general', 'g');
    const [w0, w1] = await registerMany(slug, 2, 'workshop', 'w');
    const [g1] = await registerMany(slug, 1, 'general', 'h');
    expect([g0!.status, w0!.status, w1!.status, g1!.status]).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    // A general seat frees: the workshop registrant ahead in line does not fit (workshop quota full), the general one does.
    await op.post(`/api/v1/ops/conference/registrations/${g0!.id}/cancel`, { reason: 'duplicate' });
    expect((await read(w1!)).status).toBe('waitlisted');
    expect((await read(g1!)).status).toBe('offered');
    await expectSeatsConsistent(id);
    const audit = await app.db.selectFrom('audit_log').select(['action', 'data']).where('subject_id', '=', g0!.id).execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'conference.registration_cancelled' })]);
  });
});

describe('capacity and quota edits', () => {
  it('refuses capacity or quota below the seats held; raising them offers seats at once', async () => {
    const { id, slug, ticketTypeIds } = await makeEvent(2, [{ code: 'general', quota: 3 }]);
    const regs = await registerMany(slug, 5);
    const lower = await op.request('PATCH', `/api/v1/ops/conference/events/${id}`, { capacity: 1 });
    expect(lower.statusCode).toBe(409);
    expect(lower.json().error).toMatchObject({ code: 'capacity_below_held', details: { held: 2 } });
    const raised = await op.request('PATCH', `/api/v1/ops/conference/events/${id}`, { capacity: 4 });
    expect(raised.statusCode).toBe(200);
    // Only one more fits the ticket type's quota of 3.
    expect(raised.json()).toMatchObject({ capacity: { total: 4 }, held: 3, counts: { confirmed: 2, offered: 1, waitlisted: 2 } });
    expect((await read(regs[2]!)).status).toBe('offered');
    expect((await op.request('PATCH', `/api/v1/ops/conference/ticket-types/${ticketTypeIds['general']}`, { quota: 2 })).json().error.code).toBe('quota_below_held');
    const quota = await op.request('PATCH', `/api/v1/ops/conference/ticket-types/${ticketTypeIds['general']}`, { quota: 10 });
    expect(quota.json()).toMatchObject({ held: 4, counts: { offered: 2, waitlisted: 1 } });
    expect((await read(regs[3]!)).status).toBe('offered');
    await expectSeatsConsistent(id);
    const actions = (await app.db.selectFrom('audit_log').select('action').where('subject_id', 'in', [id, ticketTypeIds['general']!]).execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['conference.event_created', 'conference.event_edited', 'conference.ticket_type_edited']));
  });

  it('offers the next seat by hand only when one fits', async () => {
    const { id, slug } = await makeEvent(1, [{ code: 'general', quota: 5 }]);
    const [, b] = await registerMany(slug, 2);
    const none = await op.post(`/api/v1/ops/conference/events/${id}/waitlist/offer-next`, {});
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('no_seat_to_offer');
    // A seat freed outside the routes (e.g. a capacity changed in the database) is offered by hand.
    await app.db.updateTable('conf_events').set({ capacity: 2 }).where('id', '=', id).execute();
    const offered = await op.post(`/api/v1/ops/conference/events/${id}/waitlist/offer-next`, {});
    expect(offered.json()).toMatchObject({ id: b!.id, status: 'offered' });
    await expectSeatsConsistent(id);
  });
});

describe('concurrency', () => {
  it('never holds a seat twice under concurrent cancellations, offers, claims, edits and lapses', async () => {
    const { id, slug, ticketTypeIds } = await makeEvent(10, [{ code: 'general', quota: 10 }]);
    const regs = await registerMany(slug, 60);
    const confirmed = regs.slice(0, 10);
    const waiting = regs.slice(10);
    await Promise.all([
      ...confirmed.map((r) => anonymous.post(`/api/v1/conference/registrations/${r.id}/cancel`, {}, asHolder(r))),
      ...waiting.slice(40).map((r) => anonymous.post(`/api/v1/conference/registrations/${r.id}/cancel`, {}, asHolder(r))),
      ...Array.from({ length: 5 }, () => op.post(`/api/v1/ops/conference/events/${id}/waitlist/offer-next`, {})),
      op.request('PATCH', `/api/v1/ops/conference/events/${id}`, { capacity: 12 }),
      op.request('PATCH', `/api/v1/ops/conference/ticket-types/${ticketTypeIds['general']}`, { quota: 11 }),
      lapseExpiredOffers(app.db, new Date(Date.now() + 60 * 3_600_000)),
    ]);
    const { event, rows } = await expectSeatsConsistent(id);
    expect(event.capacity).toBe(12);
    // Every seat the quota allows is held (waitlisted people remained to take them).
    expect(event.held).toBe(11);
    expect(rows.filter((r) => r.status === 'offered').length).toBeGreaterThan(0);
    // The holders claim while two timers lapse every offer (their clock is 60 h ahead): each offer ends
    // exactly once, claimed (confirmed) or lapsed (cancelled, its seat passed on), and seats stay consistent.
    const offeredIds = (await app.db.selectFrom('conf_registrations').select('id').where('event_id', '=', id).where('status', '=', 'offered').execute()).map((r) => r.id);
    const keys = new Map<string, string>();
    for (const row of await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.registration_changed').orderBy('id').execute()) {
      const p = JSON.parse(row.payload) as { registrationId: string; change: string; manageKey?: string };
      if (p.change === 'offered' && p.manageKey) keys.set(p.registrationId, p.manageKey);
    }
    const later = new Date(Date.now() + 60 * 3_600_000);
    const [claims] = await Promise.all([
      Promise.all(offeredIds.map((rid) => anonymous.post(`/api/v1/conference/registrations/${rid}/claim`, {}, { headers: { 'x-registration-key': keys.get(rid)! } }))),
      lapseExpiredOffers(app.db, later),
      lapseExpiredOffers(app.db, later),
    ]);
    expect(claims.filter((c) => c.statusCode >= 500)).toEqual([]);
    const won = claims.filter((c) => c.statusCode === 200).length;
    const after = await app.db.selectFrom('conf_registrations').select(['id', 'status']).where('id', 'in', offeredIds).execute();
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(won);
    expect(after.filter((r) => r.status === 'cancelled')).toHaveLength(offeredIds.length - won);
    const final = await expectSeatsConsistent(id);
    expect(final.event.held).toBe(11);
  });
});
