// SQL for experts, their meeting slots and the meetings booked in them (conf_experts,
// conf_meeting_slots), plus the few reads of registrations, events and session sign-ups the booking
// rules need. A slot changes hands only by conditional updates whose row count says who won.
import { sql, type Selectable } from 'kysely';
import type { DbOrTrx, Engine } from '../../db/database.js';
import type { ConfEventsTable, ConfExpertsTable, ConfMeetingSlotsTable, ConfRegistrationsTable } from '../../db/schema.js';

export type EventRow = Selectable<ConfEventsTable>;
export type ExpertRow = Selectable<ConfExpertsTable>;
export type SlotRow = Selectable<ConfMeetingSlotsTable>;
export type RegistrationRow = Selectable<ConfRegistrationsTable>;
/** Slots that hold an attendee: a booked meeting or a request waiting for the expert. */
export const HELD: Array<SlotRow['status']> = ['booked', 'requested'];

/**
 * On PostgreSQL, serialises everything one registrant does to meetings and session seats until the
 * transaction ends (the per-attendee rules span rows). The key is shared with session sign-up.
 * SQLite has a single writer already.
 */
export async function lockRegistration(db: DbOrTrx, engine: Engine, registrationId: string): Promise<void> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`conf-registration:${registrationId}`}))`.execute(db);
}

/** One expert's slot publications one at a time (the overlap check reads then writes). */
export async function lockExpert(db: DbOrTrx, engine: Engine, expertId: string): Promise<void> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`conf-expert:${expertId}`}))`.execute(db);
}

export const findEvent = (db: DbOrTrx, id: string) => db.selectFrom('conf_events').selectAll().where('id', '=', id).executeTakeFirst();

/** A public event (not a draft) by its slug. */
export const findPublicEvent = (db: DbOrTrx, slug: string) =>
  db.selectFrom('conf_events').selectAll().where('slug', '=', slug).where('status', '!=', 'draft').executeTakeFirst();

export const findRegistration = (db: DbOrTrx, id: string) => db.selectFrom('conf_registrations').selectAll().where('id', '=', id).executeTakeFirst();

export const findExpert = (db: DbOrTrx, id: string) => db.selectFrom('conf_experts').selectAll().where('id', '=', id).executeTakeFirst();

export const listExpertsOfUser = (db: DbOrTrx, userId: string) =>
  db.selectFrom('conf_experts').selectAll().where('user_id', '=', userId).orderBy('id').execute();

export type ExpertWithCounts = ExpertRow & { open: number; booked: number; requested: number; next_open_at: string | null };

/** An event's experts with their slot counts; open slots count only from `openFrom` on (future ones). */
export async function listExpertsWithCounts(db: DbOrTrx, eventId: string, openFrom: string): Promise<ExpertWithCounts[]> {
  const rows = await db
    .selectFrom('conf_experts as e')
    .leftJoin('conf_meeting_slots as s', 's.expert_id', 'e.id')
    .selectAll('e')
    .select((eb) => [
      eb.fn.sum<number>(sql`case when s.status = 'open' and s.starts_at > ${openFrom} then 1 else 0 end`).as('open'),
      eb.fn.sum<number>(sql`case when s.status = 'booked' then 1 else 0 end`).as('booked'),
      eb.fn.sum<number>(sql`case when s.status = 'requested' then 1 else 0 end`).as('requested'),
      eb.fn.min<string | null>(sql`case when s.status = 'open' and s.starts_at > ${openFrom} then s.starts_at end`).as('next_open_at'),
    ])
    .where('e.event_id', '=', eventId)
    .groupBy('e.id')
    .orderBy('e.name')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, open: Number(r.open ?? 0), booked: Number(r.booked ?? 0), requested: Number(r.requested ?? 0), next_open_at: r.next_open_at ?? null }));
}

export const insertExpert = (db: DbOrTrx, row: ExpertRow) => db.insertInto('conf_experts').values(row).execute();

export const updateExpert = (db: DbOrTrx, id: string, set: Partial<Omit<ExpertRow, 'id' | 'event_id' | 'created_at'>>) =>
  db.updateTable('conf_experts').set(set).where('id', '=', id).execute();

/** Deletes an expert and their slots when none holds an attendee; false when one does. */
export async function deleteExpertIfFree(db: DbOrTrx, id: string): Promise<boolean> {
  const held = await db.selectFrom('conf_meeting_slots').select('id').where('expert_id', '=', id).where('status', 'in', HELD).limit(1).executeTakeFirst();
  if (held) return false;
  await db.deleteFrom('conf_meeting_slots').where('expert_id', '=', id).execute();
  await db.deleteFrom('conf_experts').where('id', '=', id).execute();
  return true;
}

export type SlotWithAttendee = SlotRow & { first_name: string | null; last_name: string | null; company: string | null; email: string | null };

/** Every slot of an expert, in time order, with the attendee holding it (for the expert and operators). */
export const listSlotsOfExpert = (db: DbOrTrx, expertId: string) =>
  db
    .selectFrom('conf_meeting_slots as s')
    .leftJoin('conf_registrations as r', 'r.id', 's.registration_id')
    .selectAll('s')
    .select(['r.first_name', 'r.last_name', 'r.company', 'r.email'])
    .where('s.expert_id', '=', expertId)
    .orderBy('s.starts_at')
    .execute() as Promise<SlotWithAttendee[]>;

/** An expert's open slots starting after `after`, in time order (what attendees may book). */
export const listOpenSlots = (db: DbOrTrx, expertId: string, after: string) =>
  db.selectFrom('conf_meeting_slots').selectAll().where('expert_id', '=', expertId).where('status', '=', 'open').where('starts_at', '>', after).orderBy('starts_at').execute();

/** The expert's slots overlapping [from, to). */
export const slotsOverlapping = (db: DbOrTrx, expertId: string, from: string, to: string) =>
  db.selectFrom('conf_meeting_slots').select(['starts_at', 'ends_at']).where('expert_id', '=', expertId).where('starts_at', '<', to).where('ends_at', '>', from).execute();

export const insertSlots = (db: DbOrTrx, rows: SlotRow[]) => (rows.length ? db.insertInto('conf_meeting_slots').values(rows).execute() : Promise.resolve([]));

export const findSlot = (db: DbOrTrx, id: string) => db.selectFrom('conf_meeting_slots').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateSlotLocation(db: DbOrTrx, id: string, location: string, at: string): Promise<void> {
  await db.updateTable('conf_meeting_slots').set((eb) => ({ location, updated_at: at, revision: eb('revision', '+', 1) })).where('id', '=', id).execute();
}

export async function deleteOpenSlot(db: DbOrTrx, id: string): Promise<boolean> {
  const r = await db.deleteFrom('conf_meeting_slots').where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Takes an open slot for a registrant: true only for the one caller whose update found it still open. */
export async function claimSlot(db: DbOrTrx, id: string, registrationId: string, topic: string, status: 'booked' | 'requested', at: string): Promise<boolean> {
  const r = await db
    .updateTable('conf_meeting_slots')
    .set((eb) => ({ status, registration_id: registrationId, topic, reminded_at: null, updated_at: at, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives a slot held by `registrationId` (in one of `from`) back to everyone. */
export async function reopenSlot(db: DbOrTrx, id: string, registrationId: string, from: Array<SlotRow['status']>, at: string): Promise<boolean> {
  const r = await db
    .updateTable('conf_meeting_slots')
    .set((eb) => ({ status: 'open', registration_id: null, topic: null, reminded_at: null, updated_at: at, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('registration_id', '=', registrationId)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A request the expert accepts: requested → booked. */
export async function acceptRequest(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('conf_meeting_slots')
    .set((eb) => ({ status: 'booked', updated_at: at, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks a meeting reminded; true for the one process that got there first. */
export async function markReminded(db: DbOrTrx, id: string, registrationId: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('conf_meeting_slots')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('registration_id', '=', registrationId)
    .where('status', '=', 'booked')
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const dueReminders = (db: DbOrTrx, from: string, to: string) =>
  db
    .selectFrom('conf_meeting_slots')
    .select(['id', 'registration_id'])
    .where('status', '=', 'booked')
    .where('reminded_at', 'is', null)
    .where('starts_at', '>', from)
    .where('starts_at', '<=', to)
    .orderBy('starts_at')
    .execute();

export type MeetingRow = SlotRow & { expert_name: string; expert_company: string; expertise: ExpertRow['expertise'] };

/** The meetings (booked or requested) a registrant holds, in time order. */
export const meetingsOfRegistration = (db: DbOrTrx, registrationId: string) =>
  db
    .selectFrom('conf_meeting_slots as s')
    .innerJoin('conf_experts as e', 'e.id', 's.expert_id')
    .selectAll('s')
    .select(['e.name as expert_name', 'e.company as expert_company', 'e.expertise'])
    .where('s.registration_id', '=', registrationId)
    .where('s.status', 'in', HELD)
    .orderBy('s.starts_at')
    .execute() as Promise<MeetingRow[]>;

/** A session the registrant holds a confirmed seat in that overlaps [from, to), if any. */
export const clashingSession = (db: DbOrTrx, registrationId: string, from: string, to: string) =>
  db
    .selectFrom('conf_session_signups as g')
    .innerJoin('conf_sessions as s', 's.id', 'g.session_id')
    .select(['s.id', 's.title', 's.starts_at', 's.ends_at'])
    .where('g.registration_id', '=', registrationId)
    .where('g.status', '=', 'confirmed')
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '>', from)
    .executeTakeFirst();

/** A 1:1 meeting (booked or requested) the registrant holds that overlaps [from, to), if any. */
export const clashingMeeting = (db: DbOrTrx, registrationId: string, from: string, to: string) =>
  db
    .selectFrom('conf_meeting_slots as s')
    .innerJoin('conf_experts as e', 'e.id', 's.expert_id')
    .select(['s.id', 's.starts_at', 's.ends_at', 'e.name as expert_name'])
    .where('s.registration_id', '=', registrationId)
    .where('s.status', 'in', HELD)
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '>', from)
    .executeTakeFirst();
