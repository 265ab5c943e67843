// 1:1 meetings with experts, as attendees live them: book a 20-minute slot (or request it for the
// expert to accept), cancel it, and be reminded an hour before. Neither side is double-booked: the slot
// changes hands only by a conditional update (`where status = 'open'`), and one registrant's rules (no
// two meetings at once, no meeting during a session they hold a seat in, at most the event's cap) are
// checked and written under that registrant's lock (PostgreSQL) or SQLite's single writer.
import type { Db, DbOrTrx, Engine } from '../../db/database.js';
import { publish } from '../../events.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import {
  acceptRequest,
  claimSlot,
  clashingSession,
  dueReminders,
  findEvent,
  findRegistration,
  findSlot,
  HELD,
  lockRegistration,
  markReminded,
  meetingsOfRegistration,
  reopenSlot,
  type MeetingRow,
} from './meeting-repo.js';

export type BookingInput = { slotId: string; topic: string; mode: 'book' | 'request' };
type Clock = { db: Db; engine: Engine; now: Date };

const REMINDER_LEAD_MS = 60 * 60_000;

/** Books (or requests) a slot for a registrant the caller may act for; refusals write nothing. */
export async function bookMeeting(ctx: Clock, registrationId: string, input: BookingInput): Promise<MeetingRow> {
  const at = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await lockRegistration(trx, ctx.engine, registrationId);
    const registration = await findRegistration(trx, registrationId);
    if (!registration) throw notFound('Registration');
    if (registration.status !== 'confirmed') {
      throw conflict('registration_not_confirmed', 'Only confirmed registrations can book meetings', { status: registration.status });
    }
    const slot = await findSlot(trx, input.slotId);
    if (!slot || slot.event_id !== registration.event_id) throw notFound('Slot');
    if (slot.starts_at <= at) throw conflict('slot_past', 'This slot has already begun');
    if (slot.status !== 'open') throw conflict('slot_taken', 'Someone else took this slot; pick another', { slotId: slot.id });

    const mine = await meetingsOfRegistration(trx, registrationId);
    const event = await findEvent(trx, registration.event_id);
    const cap = event?.meeting_cap ?? 3;
    if (mine.length >= cap) throw conflict('meeting_cap_reached', `You already have ${mine.length} meetings, the most one attendee may hold`, { cap });
    const overlap = mine.find((m) => m.starts_at < slot.ends_at && m.ends_at > slot.starts_at);
    if (overlap) throw conflict('meeting_overlap', `You already have a meeting with ${overlap.expert_name} at that time`, { slotId: overlap.id });
    const session = await clashingSession(trx, registrationId, slot.starts_at, slot.ends_at);
    if (session) throw conflict('session_clash', `You have a seat in “${session.title}” at that time`, { sessionId: session.id });

    const status = input.mode === 'request' ? 'requested' : 'booked';
    if (!(await claimSlot(trx, slot.id, registrationId, input.topic, status, at))) {
      throw conflict('slot_taken', 'Someone else took this slot; pick another', { slotId: slot.id });
    }
    await publish(trx, 'conference.meeting_changed', { slotId: slot.id, registrationId, change: status }, ctx.now);
    const booked = (await meetingsOfRegistration(trx, registrationId)).find((m) => m.id === slot.id);
    if (!booked) throw new Error('booked slot not found after claim');
    return booked;
  });
}

/** The registrant cancels a meeting (booked or requested) that has not begun: the slot reopens. */
export async function cancelMeeting(ctx: Clock, registrationId: string, slotId: string): Promise<void> {
  const at = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await lockRegistration(trx, ctx.engine, registrationId);
    const slot = await findSlot(trx, slotId);
    if (!slot || slot.registration_id !== registrationId || !HELD.includes(slot.status)) throw notFound('Meeting');
    if (slot.starts_at <= at) throw conflict('meeting_past', 'This meeting has already begun');
    if (!(await reopenSlot(trx, slotId, registrationId, HELD, at))) throw notFound('Meeting');
    await publish(trx, 'conference.meeting_changed', { slotId, registrationId, change: 'cancelled' }, ctx.now);
  });
}

/** The expert (or an operator) accepts or declines a requested meeting; declining reopens the slot. */
export async function decideRequest(ctx: Ctx & { db: Db }, slotId: string, decision: 'accept' | 'decline'): Promise<void> {
  const at = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const slot = await findSlot(trx, slotId);
    if (!slot) throw notFound('Slot');
    const registrationId = slot.registration_id;
    if (slot.status !== 'requested' || !registrationId) throw conflict('not_requested', 'This slot has no request waiting for a decision', { status: slot.status });
    const done = decision === 'accept' ? await acceptRequest(trx, slotId, at) : await reopenSlot(trx, slotId, registrationId, ['requested'], at);
    if (!done) throw conflict('not_requested', 'The request changed at the same moment; reload and try again');
    await recordAudit({ ...ctx, db: trx }, { action: `conference.meeting_${decision === 'accept' ? 'accepted' : 'declined'}`, subjectType: 'conf_meeting_slot', subjectId: slotId, data: { registrationId } });
    await publish(trx, 'conference.meeting_changed', { slotId, registrationId, change: decision === 'accept' ? 'booked' : 'declined' }, ctx.now);
  });
}

/**
 * Gives back every meeting a registrant holds (for the registration's owner to call, in its own
 * transaction, when a registration is cancelled): each slot reopens and the attendee is told.
 */
export async function releaseMeetingsOfRegistration(trx: DbOrTrx, registrationId: string, now: Date): Promise<number> {
  const held = await meetingsOfRegistration(trx, registrationId);
  let released = 0;
  for (const m of held) {
    if (!(await reopenSlot(trx, m.id, registrationId, HELD, now.toISOString()))) continue;
    await publish(trx, 'conference.meeting_changed', { slotId: m.id, registrationId, change: 'cancelled' }, now);
    released++;
  }
  return released;
}

/**
 * Background job: a reminder for every booked meeting starting within the next hour that has not had
 * one. The conditional update on reminded_at lets two processes run this at once and remind once.
 */
export async function remindUpcomingMeetings(db: Db, now: Date): Promise<number> {
  const due = await dueReminders(db, now.toISOString(), new Date(now.getTime() + REMINDER_LEAD_MS).toISOString());
  let sent = 0;
  for (const row of due) {
    const registrationId = row.registration_id;
    if (!registrationId) continue;
    const won = await db.transaction().execute(async (trx) => {
      if (!(await markReminded(trx, row.id, registrationId, now.toISOString()))) return false;
      await publish(trx, 'conference.meeting_changed', { slotId: row.id, registrationId, change: 'reminder' }, now);
      return true;
    });
    if (won) sent++;
  }
  return sent;
}
