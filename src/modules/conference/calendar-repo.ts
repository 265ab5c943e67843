// SQL for calendars: the sessions of a personal agenda (the attendee's confirmed sign-ups and every
// keynote), the attendee's 1:1 meetings, and the times of an event's sessions (its daily hours).
import type { DbOrTrx } from '../../db/database.js';

export function listAgendaSessions(db: DbOrTrx, eventId: string, registrationId: string) {
  return db
    .selectFrom('conf_sessions as s')
    .innerJoin('conf_rooms as r', 'r.id', 's.room_id')
    .select(['s.id', 's.title', 's.description', 's.kind', 's.track', 's.starts_at', 's.ends_at', 's.status', 's.revision', 'r.name as room', 'r.hall'])
    .where('s.event_id', '=', eventId)
    .where((eb) =>
      eb.or([
        eb('s.kind', '=', 'keynote'),
        eb('s.id', 'in', eb.selectFrom('conf_session_signups as u').select('u.session_id').where('u.registration_id', '=', registrationId).where('u.status', '=', 'confirmed')),
      ]),
    )
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}

export type AgendaSessionRow = Awaited<ReturnType<typeof listAgendaSessions>>[number];

function meetingQuery(db: DbOrTrx) {
  return db
    .selectFrom('conf_meeting_slots as m')
    .innerJoin('conf_experts as x', 'x.id', 'm.expert_id')
    .select(['m.id', 'm.starts_at', 'm.ends_at', 'm.location', 'm.status', 'm.topic', 'm.revision', 'x.name as expert', 'x.company as expert_company', 'x.expertise']);
}

/** The registrant's meetings that stand (booked, or requested and waiting for the expert). */
export function listMeetingsOf(db: DbOrTrx, registrationId: string) {
  return meetingQuery(db).where('m.registration_id', '=', registrationId).where('m.status', 'in', ['booked', 'requested']).orderBy('m.starts_at').execute();
}

export type MeetingRow = Awaited<ReturnType<typeof listMeetingsOf>>[number];

export function findMeetingOf(db: DbOrTrx, slotId: string, registrationId: string) {
  return meetingQuery(db).where('m.id', '=', slotId).where('m.registration_id', '=', registrationId).where('m.status', 'in', ['booked', 'requested']).executeTakeFirst();
}

export function listSessionTimes(db: DbOrTrx, eventId: string) {
  return db.selectFrom('conf_sessions').select(['starts_at', 'ends_at']).where('event_id', '=', eventId).where('status', '=', 'scheduled').execute();
}
