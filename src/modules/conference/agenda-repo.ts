// SQL for the agenda: sessions with their rooms and speakers, the clash look-ups (room, speaker,
// attendee), session sign-ups and the seat counter. Seats move only by conditional updates on
// conf_sessions.held; on PostgreSQL agenda edits and one attendee's sign-ups also take
// transaction-scoped advisory locks (SQLite has a single writer already).
import { sql, type Selectable } from 'kysely';
import type { DbOrTrx, Engine } from '../../db/database.js';
import type { ConfSessionsTable, ConfSessionSignupsTable, ConfSpeakersTable } from '../../db/schema.js';

export type SessionRow = Selectable<ConfSessionsTable>;
export type SessionWithRoom = SessionRow & { room_name: string; room_hall: string; room_capacity: number };
export type SpeakerRow = Selectable<ConfSpeakersTable>;
export type SignupRow = Selectable<ConfSessionSignupsTable>;
type Clash = { id: string; title: string; starts_at: string; ends_at: string };

/** Seats of a session: its own capacity, else its room's. */
const effectiveCapacity = sql<number>`coalesce(conf_sessions.capacity, (select r.capacity from conf_rooms r where r.id = conf_sessions.room_id))`;

/** Serialises operators' agenda edits of one event on PostgreSQL until the transaction ends. */
export async function lockAgenda(db: DbOrTrx, engine: Engine, eventId: string): Promise<void> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`conf-agenda:${eventId}`}))`.execute(db);
}

/** Serialises one registrant's sign-ups and cancellations on PostgreSQL (the no-overlap rule spans rows). */
export async function lockRegistration(db: DbOrTrx, engine: Engine, registrationId: string): Promise<void> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`conf-registration:${registrationId}`}))`.execute(db);
}

export const findEvent = (db: DbOrTrx, id: string) => db.selectFrom('conf_events').selectAll().where('id', '=', id).executeTakeFirst();
export const findEventBySlug = (db: DbOrTrx, slug: string) => db.selectFrom('conf_events').selectAll().where('slug', '=', slug).executeTakeFirst();
export const findRegistration = (db: DbOrTrx, id: string) => db.selectFrom('conf_registrations').selectAll().where('id', '=', id).executeTakeFirst();
export const findTicketType = (db: DbOrTrx, id: string) => db.selectFrom('conf_ticket_types').selectAll().where('id', '=', id).executeTakeFirst();

// Speakers

export const listSpeakers = (db: DbOrTrx, eventId: string) => db.selectFrom('conf_speakers').selectAll().where('event_id', '=', eventId).orderBy('name').orderBy('id').execute();
export const findSpeaker = (db: DbOrTrx, eventId: string, id: string) =>
  db.selectFrom('conf_speakers').selectAll().where('event_id', '=', eventId).where('id', '=', id).executeTakeFirst();
export const findSpeakersOfEvent = (db: DbOrTrx, eventId: string, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([] as SpeakerRow[]) : db.selectFrom('conf_speakers').selectAll().where('event_id', '=', eventId).where('id', 'in', [...ids]).execute();
export const insertSpeaker = (db: DbOrTrx, row: SpeakerRow) => db.insertInto('conf_speakers').values(row).execute();
export const updateSpeakerRow = (db: DbOrTrx, id: string, changes: Partial<Omit<SpeakerRow, 'id' | 'event_id' | 'created_at'>>) =>
  db.updateTable('conf_speakers').set(changes).where('id', '=', id).execute();

/** Speakers of these sessions, with the session each belongs to, in name order. */
export const listSpeakersOfSessions = (db: DbOrTrx, sessionIds: readonly string[]) =>
  sessionIds.length === 0
    ? Promise.resolve([] as Array<SpeakerRow & { session_id: string }>)
    : db
        .selectFrom('conf_session_speakers as ss')
        .innerJoin('conf_speakers as s', 's.id', 'ss.speaker_id')
        .selectAll('s')
        .select('ss.session_id')
        .where('ss.session_id', 'in', [...sessionIds])
        .orderBy('s.name')
        .execute();

export async function replaceSessionSpeakers(db: DbOrTrx, sessionId: string, speakerIds: readonly string[]): Promise<void> {
  await db.deleteFrom('conf_session_speakers').where('session_id', '=', sessionId).execute();
  if (speakerIds.length > 0) await db.insertInto('conf_session_speakers').values(speakerIds.map((speaker_id) => ({ session_id: sessionId, speaker_id }))).execute();
}

// Sessions

const sessionsWithRoom = (db: DbOrTrx) =>
  db
    .selectFrom('conf_sessions')
    .innerJoin('conf_rooms', 'conf_rooms.id', 'conf_sessions.room_id')
    .selectAll('conf_sessions')
    .select(['conf_rooms.name as room_name', 'conf_rooms.hall as room_hall', 'conf_rooms.capacity as room_capacity']);

export const listSessions = (db: DbOrTrx, eventId: string, options: { scheduledOnly: boolean }) => {
  let q = sessionsWithRoom(db).where('conf_sessions.event_id', '=', eventId);
  if (options.scheduledOnly) q = q.where('conf_sessions.status', '=', 'scheduled');
  return q.orderBy('conf_sessions.starts_at').orderBy('conf_rooms.name').execute() as Promise<SessionWithRoom[]>;
};

export const findSession = (db: DbOrTrx, eventId: string, id: string) =>
  sessionsWithRoom(db).where('conf_sessions.event_id', '=', eventId).where('conf_sessions.id', '=', id).executeTakeFirst() as Promise<SessionWithRoom | undefined>;

export const listSessionsByIds = (db: DbOrTrx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([] as SessionWithRoom[]) : (sessionsWithRoom(db).where('conf_sessions.id', 'in', [...ids]).execute() as Promise<SessionWithRoom[]>);

export const insertSession = (db: DbOrTrx, row: Omit<SessionRow, 'held' | 'waitlist_next' | 'revision'>) => db.insertInto('conf_sessions').values(row).execute();

/**
 * Writes an edit if the session is still at the revision read, still scheduled, and its new seat
 * count (when given) still covers the seats taken; false otherwise (the caller re-reads to say which).
 */
export async function updateSessionAtRevision(
  db: DbOrTrx,
  id: string,
  revision: number,
  changes: Partial<Pick<SessionRow, 'title' | 'description' | 'kind' | 'track' | 'room_id' | 'starts_at' | 'ends_at' | 'capacity' | 'status' | 'updated_at'>>,
  seats: number | null,
): Promise<boolean> {
  const r = await db
    .updateTable('conf_sessions')
    .set({ ...changes, revision: revision + 1 })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .where('status', '=', 'scheduled')
    .$if(seats !== null, (q) => q.where('held', '<=', seats!))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Another scheduled session in the room whose time overlaps [start, end) (touching is fine). */
export const findRoomClash = (db: DbOrTrx, roomId: string, startsAt: string, endsAt: string, excludeId: string | null) =>
  db
    .selectFrom('conf_sessions')
    .select(['id', 'title', 'starts_at', 'ends_at'])
    .where('room_id', '=', roomId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
    .$if(excludeId !== null, (q) => q.where('id', '!=', excludeId!))
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst() as Promise<Clash | undefined>;

/** A scheduled session overlapping [start, end) that one of these speakers is already in. */
export const findSpeakerClash = (db: DbOrTrx, speakerIds: readonly string[], startsAt: string, endsAt: string, excludeId: string | null) =>
  speakerIds.length === 0
    ? Promise.resolve(undefined)
    : (db
        .selectFrom('conf_session_speakers as ss')
        .innerJoin('conf_sessions as s', 's.id', 'ss.session_id')
        .select(['s.id', 's.title', 's.starts_at', 's.ends_at', 'ss.speaker_id'])
        .where('ss.speaker_id', 'in', [...speakerIds])
        .where('s.status', '=', 'scheduled')
        .where('s.starts_at', '<', endsAt)
        .where('s.ends_at', '>', startsAt)
        .$if(excludeId !== null, (q) => q.where('s.id', '!=', excludeId!))
        .orderBy('s.starts_at')
        .limit(1)
        .executeTakeFirst() as Promise<(Clash & { speaker_id: string }) | undefined>);

// Sign-ups

/** Takes a seat if one is left; the row count says whether this caller won it. */
export async function takeSeat(db: DbOrTrx, sessionId: string): Promise<boolean> {
  const r = await db
    .updateTable('conf_sessions')
    .set((eb) => ({ held: eb('held', '+', 1) }))
    .where('id', '=', sessionId)
    .where('status', '=', 'scheduled')
    .where(sql<boolean>`held < ${effectiveCapacity}`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function releaseSeat(db: DbOrTrx, sessionId: string): Promise<void> {
  await db.updateTable('conf_sessions').set((eb) => ({ held: eb('held', '-', 1) })).where('id', '=', sessionId).where('held', '>', 0).execute();
}

/**
 * Hands out the next waitlist position. The update also locks the session row on PostgreSQL until
 * the transaction ends, so the seats read afterwards cannot change under the caller.
 */
export async function nextWaitlistPosition(db: DbOrTrx, sessionId: string): Promise<{ position: number; held: number; seats: number }> {
  const row = await db
    .updateTable('conf_sessions')
    .set((eb) => ({ waitlist_next: eb('waitlist_next', '+', 1) }))
    .where('id', '=', sessionId)
    .returning(['waitlist_next', 'held', effectiveCapacity.as('seats')])
    .executeTakeFirstOrThrow();
  return { position: Number(row.waitlist_next) - 1, held: Number(row.held), seats: Number(row.seats) };
}

export const findSignup = (db: DbOrTrx, sessionId: string, registrationId: string) =>
  db.selectFrom('conf_session_signups').selectAll().where('session_id', '=', sessionId).where('registration_id', '=', registrationId).executeTakeFirst();
export const findSignupById = (db: DbOrTrx, id: string) => db.selectFrom('conf_session_signups').selectAll().where('id', '=', id).executeTakeFirst();
export const insertSignup = (db: DbOrTrx, row: SignupRow) => db.insertInto('conf_session_signups').values(row).execute();

/** Moves a sign-up between statuses if it is still in one of `from`; false when another change won. */
export async function setSignupStatus(db: DbOrTrx, id: string, from: readonly SignupRow['status'][], to: SignupRow['status'], position: number | null, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('conf_session_signups')
    .set({ status: to, waitlist_position: position, updated_at: nowIso })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A scheduled session overlapping [start, end) that the registrant holds (in these statuses), other than `excludeId`. */
export const findAttendeeClash = (db: DbOrTrx, registrationId: string, startsAt: string, endsAt: string, excludeId: string, statuses: readonly SignupRow['status'][]) =>
  db
    .selectFrom('conf_session_signups as su')
    .innerJoin('conf_sessions as s', 's.id', 'su.session_id')
    .select(['s.id', 's.title', 's.starts_at', 's.ends_at'])
    .where('su.registration_id', '=', registrationId)
    .where('su.status', 'in', [...statuses])
    .where('s.status', '=', 'scheduled')
    .where('s.id', '!=', excludeId)
    .where('s.starts_at', '<', endsAt)
    .where('s.ends_at', '>', startsAt)
    .orderBy('s.starts_at')
    .limit(1)
    .executeTakeFirst() as Promise<Clash | undefined>;

/** Who waits for a seat, in arrival order, with their registration's status. */
export const listWaitlist = (db: DbOrTrx, sessionId: string) =>
  db
    .selectFrom('conf_session_signups as su')
    .innerJoin('conf_registrations as r', 'r.id', 'su.registration_id')
    .selectAll('su')
    .select('r.status as registration_status')
    .where('su.session_id', '=', sessionId)
    .where('su.status', '=', 'waitlisted')
    .orderBy('su.waitlist_position')
    .execute();

/** Place in line: 1 + the sign-ups still waiting ahead of this position. */
export async function waitlistRank(db: DbOrTrx, sessionId: string, position: number): Promise<number> {
  const row = await db
    .selectFrom('conf_session_signups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .where('waitlist_position', '<', position)
    .executeTakeFirstOrThrow();
  return Number(row.n) + 1;
}

export const listActiveSignupsOf = (db: DbOrTrx, registrationId: string) =>
  db.selectFrom('conf_session_signups').selectAll().where('registration_id', '=', registrationId).where('status', 'in', ['confirmed', 'waitlisted']).execute();

/** Waitlisted sign-ups per session, for the operators' list. */
export async function countWaitlisted(db: DbOrTrx, sessionIds: readonly string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('conf_session_signups')
    .select(['session_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('session_id', 'in', [...sessionIds])
    .where('status', '=', 'waitlisted')
    .groupBy('session_id')
    .execute();
  return new Map(rows.map((r) => [r.session_id, Number(r.n)]));
}

/** The people holding or waiting for a seat in a session (for schedule-change e-mails). */
export const listSignedUpPeople = (db: DbOrTrx, sessionId: string) =>
  db
    .selectFrom('conf_session_signups as su')
    .innerJoin('conf_registrations as r', 'r.id', 'su.registration_id')
    .select(['su.id as signup_id', 'su.status', 'r.id as registration_id', 'r.email', 'r.first_name', 'r.last_name'])
    .where('su.session_id', '=', sessionId)
    .where('su.status', 'in', ['confirmed', 'waitlisted'])
    .where('r.status', '!=', 'cancelled')
    .orderBy('su.id')
    .execute();
