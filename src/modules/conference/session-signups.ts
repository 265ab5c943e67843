// Session sign-up for registered attendees: a seat in a breakout or workshop, or a place on its
// waitlist when it is full; cancelling frees the seat for the first person waiting who has no clash.
// Seats move only by the conditional update on conf_sessions.held (takeSeat), so a session is never
// over-filled; one attendee's sign-ups are serialised by an advisory lock on the registration
// (PostgreSQL) because "no two overlapping sessions per attendee" spans rows.
import type { DbOrTrx, Engine } from '../../db/database.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import {
  findAttendeeClash,
  findEvent,
  findRegistration,
  findSignup,
  findTicketType,
  insertSignup,
  listActiveSignupsOf,
  listSessions,
  listSessionsByIds,
  listWaitlist,
  lockRegistration,
  nextWaitlistPosition,
  releaseSeat,
  setSignupStatus,
  takeSeat,
  waitlistRank,
  type SignupRow,
} from './agenda-repo.js';
import { needsSignup, viewSessions, type SessionView } from './agenda-view.js';
import type { RegistrationRow } from './registration-access.js';
import { clashingMeeting } from './meeting-repo.js';

export type SignupView = { id: string; sessionId: string; status: SignupRow['status']; waitlistPosition: number | null };
type SignupCtx = Ctx & { engine: Engine };

async function viewSignup(db: DbOrTrx, s: SignupRow): Promise<SignupView> {
  const rank = s.status === 'waitlisted' && s.waitlist_position !== null ? await waitlistRank(db, s.session_id, s.waitlist_position) : null;
  return { id: s.id, sessionId: s.session_id, status: s.status, waitlistPosition: rank };
}

/**
 * Fills freed seats from the waitlist, in arrival order, skipping people whose registration is no
 * longer confirmed or who now hold a seat in an overlapping session (after a reschedule). Runs in the
 * caller's transaction; each promotion publishes conference.signup_changed 'promoted'.
 */
export async function promoteFromWaitlist(ctx: Ctx, sessionId: string): Promise<number> {
  const [session] = await listSessionsByIds(ctx.db, [sessionId]);
  if (!session || session.status !== 'scheduled' || session.held >= (session.capacity ?? session.room_capacity)) return 0;
  const nowIso = ctx.now.toISOString();
  let promoted = 0;
  for (const w of await listWaitlist(ctx.db, sessionId)) {
    if (w.registration_status !== 'confirmed') continue;
    if (await findAttendeeClash(ctx.db, w.registration_id, session.starts_at, session.ends_at, sessionId, ['confirmed'])) continue;
    if (!(await takeSeat(ctx.db, sessionId))) break;
    if (!(await setSignupStatus(ctx.db, w.id, ['waitlisted'], 'confirmed', null, nowIso))) {
      // They cancelled meanwhile: the seat goes back for the next in line.
      await releaseSeat(ctx.db, sessionId);
      continue;
    }
    await publish(ctx.db, 'conference.signup_changed', { signupId: w.id, change: 'promoted' }, ctx.now);
    promoted++;
  }
  return promoted;
}

/** Reserves a seat (or a waitlist place) in a breakout or workshop; repeating it returns the sign-up held. */
export async function signUp(ctx: SignupCtx, registrationId: string, sessionId: string): Promise<{ signup: SignupView; created: boolean }> {
  const nowIso = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await lockRegistration(trx, ctx.engine, registrationId);
    const registration = await findRegistration(trx, registrationId);
    if (!registration) throw notFound('Registration');
    const [session] = await listSessionsByIds(trx, [sessionId]);
    if (!session || session.event_id !== registration.event_id) throw notFound('Session');
    const existing = await findSignup(trx, sessionId, registrationId);
    if (existing && existing.status !== 'cancelled') return { signup: await viewSignup(trx, existing), created: false };
    if (registration.status !== 'confirmed') throw conflict('registration_not_confirmed', 'Only confirmed registrations can sign up for sessions', { status: registration.status });
    if (session.status !== 'scheduled') throw conflict('session_cancelled', 'The session was cancelled');
    if (!needsSignup(session.kind)) throw conflict('signup_not_needed', `No sign-up needed: a ${session.kind} is open to every attendee`);
    if (session.starts_at <= nowIso) throw conflict('session_started', 'The session has already started');
    if (session.kind === 'workshop') {
      const ticket = await findTicketType(trx, registration.ticket_type_id);
      if (!ticket || ticket.includes_workshops !== 1) {
        throw new AppError('forbidden', 'workshop_pass_required', 'Workshops need a ticket that includes them (the hands-on workshop pass)', { ticketType: ticket?.code ?? null });
      }
    }
    const clash = await findAttendeeClash(trx, registrationId, session.starts_at, session.ends_at, sessionId, ['confirmed', 'waitlisted']);
    if (clash) {
      throw conflict('schedule_conflict', `You are already signed up for “${clash.title}” at that time`, { sessionId: clash.id, title: clash.title, startsAt: clash.starts_at, endsAt: clash.ends_at });
    }
    // A 1:1 meeting at that time clashes too (meetings check sessions the same way, under the same lock).
    const meeting = await clashingMeeting(trx, registrationId, session.starts_at, session.ends_at);
    if (meeting) {
      throw conflict('meeting_conflict', `You have a 1:1 meeting with ${meeting.expert_name} at that time`, { slotId: meeting.id, startsAt: meeting.starts_at, endsAt: meeting.ends_at });
    }
    let status: 'confirmed' | 'waitlisted' = 'confirmed';
    let position: number | null = null;
    if (!(await takeSeat(trx, sessionId))) {
      // The position update locks the session row: a seat freed by a cancellation that committed
      // since, with nobody eligible promoted into it, is still ours to take.
      const next = await nextWaitlistPosition(trx, sessionId);
      if (!(next.held < next.seats && (await takeSeat(trx, sessionId)))) {
        status = 'waitlisted';
        position = next.position;
      }
    }
    let row: SignupRow;
    if (existing) {
      await setSignupStatus(trx, existing.id, ['cancelled'], status, position, nowIso);
      row = { ...existing, status, waitlist_position: position, updated_at: nowIso };
    } else {
      row = { id: newId('css'), session_id: sessionId, registration_id: registrationId, status, waitlist_position: position, created_at: nowIso, updated_at: nowIso };
      await insertSignup(trx, row);
    }
    await publish(trx, 'conference.signup_changed', { signupId: row.id, change: status }, ctx.now);
    return { signup: await viewSignup(trx, row), created: true };
  });
}

/** Gives up a seat or a waitlist place; a freed seat goes to the next person waiting. */
export async function cancelSignup(ctx: SignupCtx, registrationId: string, sessionId: string): Promise<SignupView> {
  const nowIso = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await lockRegistration(trx, ctx.engine, registrationId);
    const signup = await findSignup(trx, sessionId, registrationId);
    if (!signup || signup.status === 'cancelled') throw notFound('Sign-up');
    // A promotion (which does not take this lock) may turn waiting into a seat meanwhile: try both.
    let was: 'confirmed' | 'waitlisted' | null = null;
    for (let attempt = 0; attempt < 3 && !was; attempt++) {
      if (await setSignupStatus(trx, signup.id, ['confirmed'], 'cancelled', null, nowIso)) was = 'confirmed';
      else if (await setSignupStatus(trx, signup.id, ['waitlisted'], 'cancelled', null, nowIso)) was = 'waitlisted';
    }
    if (!was) throw notFound('Sign-up');
    if (was === 'confirmed') {
      await releaseSeat(trx, sessionId);
      await promoteFromWaitlist({ ...ctx, db: trx }, sessionId);
    }
    await publish(trx, 'conference.signup_changed', { signupId: signup.id, change: 'cancelled' }, ctx.now);
    return { id: signup.id, sessionId, status: 'cancelled', waitlistPosition: null };
  });
}

/**
 * Gives up every seat and waitlist place of a registration (for the registration's own cancellation,
 * in its transaction): freed seats go to the people waiting. Returns how many sign-ups ended.
 */
export async function cancelSignupsOfRegistration(ctx: Ctx, registrationId: string): Promise<number> {
  const nowIso = ctx.now.toISOString();
  let ended = 0;
  for (const signup of await listActiveSignupsOf(ctx.db, registrationId)) {
    if (await setSignupStatus(ctx.db, signup.id, ['confirmed'], 'cancelled', null, nowIso)) {
      await releaseSeat(ctx.db, signup.session_id);
      await promoteFromWaitlist(ctx, signup.session_id);
    } else if (!(await setSignupStatus(ctx.db, signup.id, ['waitlisted'], 'cancelled', null, nowIso))) continue;
    ended++;
  }
  return ended;
}

export type AgendaItem = { session: SessionView; attendance: 'signed_up' | 'everyone'; signup: SignupView | null };

/**
 * The attendee's own agenda: the sessions they hold a seat in or wait for (with their place in
 * line), and the keynotes and networking everyone attends, in time order.
 */
export async function personalAgenda(db: DbOrTrx, registration: RegistrationRow) {
  const event = await findEvent(db, registration.event_id);
  if (!event) throw notFound('Event');
  const signups = await listActiveSignupsOf(db, registration.id);
  const bySession = new Map(signups.map((s) => [s.session_id, s]));
  const sessions = (await listSessions(db, event.id, { scheduledOnly: false })).filter(
    (s) => bySession.has(s.id) || (s.status === 'scheduled' && !needsSignup(s.kind)),
  );
  const views = await viewSessions(db, sessions, event.time_zone);
  const items: AgendaItem[] = [];
  for (const session of views) {
    const signup = bySession.get(session.id);
    items.push({ session, attendance: signup ? 'signed_up' : 'everyone', signup: signup ? await viewSignup(db, signup) : null });
  }
  return { registrationId: registration.id, event: { id: event.id, slug: event.slug, name: event.name, timeZone: event.time_zone }, items };
}
