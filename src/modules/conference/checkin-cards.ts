// The attendee card the check-in page shows for a scan or a search hit: who it is (name, company, state,
// ticket type, attendee type, registration status, when checked in) and what they registered for
// (their session seats and 1:1 meetings). Three queries for any number of people.
import { Type, type Static } from 'typebox';
import type { DbOrTrx } from '../../db/database.js';
import { findCardMeetings, findCardRows, findCardSessions } from './checkin-repo.js';

export const AttendeeCardSchema = Type.Object({
  registrationId: Type.String(),
  name: Type.String(),
  company: Type.String(),
  email: Type.String(),
  state: Type.String(),
  ticketType: Type.String(),
  attendeeType: Type.String(),
  status: Type.String({ description: 'confirmed | waitlisted | offered | cancelled' }),
  checkedInAt: Type.Union([Type.String(), Type.Null()]),
  sessions: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), kind: Type.String(), startsAt: Type.String(), room: Type.String(), status: Type.String({ description: 'confirmed | waitlisted' }) })),
  meetings: Type.Array(Type.Object({ id: Type.String(), expert: Type.String(), startsAt: Type.String(), location: Type.String(), status: Type.String({ description: 'booked | requested' }) })),
});

export type AttendeeCard = Static<typeof AttendeeCardSchema>;

export async function loadCards(db: DbOrTrx, ids: string[]): Promise<Map<string, AttendeeCard>> {
  const [rows, sessions, meetings] = await Promise.all([findCardRows(db, ids), findCardSessions(db, ids), findCardMeetings(db, ids)]);
  const cards = new Map<string, AttendeeCard>();
  for (const r of rows) {
    cards.set(r.id, {
      registrationId: r.id, name: `${r.first_name} ${r.last_name}`, company: r.company, email: r.email, state: r.state, ticketType: r.ticket_type,
      attendeeType: r.attendee_type, status: r.status, checkedInAt: r.checked_in_at, sessions: [], meetings: [],
    });
  }
  for (const s of sessions) cards.get(s.registration_id)?.sessions.push({ id: s.id, title: s.title, kind: s.kind, startsAt: s.starts_at, room: s.room, status: s.status });
  for (const m of meetings) if (m.registration_id) cards.get(m.registration_id)?.meetings.push({ id: m.id, expert: m.expert, startsAt: m.starts_at, location: m.location, status: m.status });
  return cards;
}
