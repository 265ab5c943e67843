// How sessions and speakers read over HTTP (public agenda, personal agenda, operators' lists): the
// response schemas and the functions that build them from rows, speakers fetched in one query.
import { Type, type Static } from 'typebox';
import type { DbOrTrx } from '../../db/database.js';
import type { ConfSessionKind } from '../../db/schema.js';
import { countWaitlisted, listSpeakersOfSessions, type SessionWithRoom, type SpeakerRow } from './agenda-repo.js';
import { invalidField } from '../../platform/errors.js';
import { daysBetween, localDay } from './agenda-time.js';

export const KindSchema = Type.Union([Type.Literal('keynote'), Type.Literal('breakout'), Type.Literal('workshop'), Type.Literal('networking')]);

/** Breakouts and workshops have limited seats, reserved in advance; keynotes and networking are open to everyone. */
export const needsSignup = (kind: ConfSessionKind): boolean => kind === 'breakout' || kind === 'workshop';

export const SpeakerSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  title: Type.String(),
  company: Type.String(),
  bio: Type.String(),
  photoUrl: Type.Union([Type.String(), Type.Null()]),
});

export const SessionSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  kind: KindSchema,
  track: Type.String(),
  status: Type.Union([Type.Literal('scheduled'), Type.Literal('cancelled')]),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  day: Type.String({ description: 'Local calendar day in the event’s time zone' }),
  room: Type.Object({ id: Type.String(), name: Type.String(), hall: Type.String() }),
  speakers: Type.Array(SpeakerSchema),
  signupRequired: Type.Boolean(),
  seats: Type.Union([Type.Integer(), Type.Null()], { description: 'Seats for sign-up (the room’s unless set); null when no sign-up is needed' }),
  seatsLeft: Type.Union([Type.Integer(), Type.Null()]),
  revision: Type.Integer(),
});

export const OpsSessionSchema = Type.Object({
  ...SessionSchema.properties,
  capacity: Type.Union([Type.Integer(), Type.Null()], { description: 'Own seat count; null: the room’s' }),
  held: Type.Integer(),
  waitlisted: Type.Integer(),
});

export type SessionView = Static<typeof SessionSchema>;
export type OpsSessionView = Static<typeof OpsSessionSchema>;

export const viewSpeaker = (s: SpeakerRow) => ({ id: s.id, name: s.name, title: s.title, company: s.company, bio: s.bio, photoUrl: s.photo_url });

function viewOne(s: SessionWithRoom, speakers: SpeakerRow[], timeZone: string): SessionView {
  const signupRequired = needsSignup(s.kind);
  const seats = s.capacity ?? s.room_capacity;
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    kind: s.kind,
    track: s.track,
    status: s.status,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    day: localDay(s.starts_at, timeZone),
    room: { id: s.room_id, name: s.room_name, hall: s.room_hall },
    speakers: speakers.map(viewSpeaker),
    signupRequired,
    seats: signupRequired ? seats : null,
    seatsLeft: signupRequired ? Math.max(0, seats - s.held) : null,
    revision: s.revision,
  };
}

async function speakersBySession(db: DbOrTrx, sessions: SessionWithRoom[]): Promise<Map<string, SpeakerRow[]>> {
  const bySession = new Map<string, SpeakerRow[]>();
  for (const row of await listSpeakersOfSessions(db, sessions.map((s) => s.id))) {
    const { session_id, ...speaker } = row;
    bySession.set(session_id, [...(bySession.get(session_id) ?? []), speaker]);
  }
  return bySession;
}

export async function viewSessions(db: DbOrTrx, sessions: SessionWithRoom[], timeZone: string): Promise<SessionView[]> {
  const speakers = await speakersBySession(db, sessions);
  return sessions.map((s) => viewOne(s, speakers.get(s.id) ?? [], timeZone));
}

export async function viewOpsSessions(db: DbOrTrx, sessions: SessionWithRoom[], timeZone: string): Promise<OpsSessionView[]> {
  const [speakers, waiting] = await Promise.all([speakersBySession(db, sessions), countWaitlisted(db, sessions.map((s) => s.id))]);
  return sessions.map((s) => ({ ...viewOne(s, speakers.get(s.id) ?? [], timeZone), capacity: s.capacity, held: s.held, waitlisted: waiting.get(s.id) ?? 0 }));
}

export type AgendaFilter = { day?: string | undefined; track?: string | undefined; kind?: ConfSessionKind | undefined };

/** The sessions on that local day, in that track (case-insensitive) and of that kind. */
export function filterSessions<T extends SessionWithRoom>(sessions: T[], filter: AgendaFilter, timeZone: string): T[] {
  const track = filter.track?.trim().toLowerCase();
  return sessions.filter(
    (s) => (!filter.day || localDay(s.starts_at, timeZone) === filter.day) && (!track || s.track.toLowerCase() === track) && (!filter.kind || s.kind === filter.kind),
  );
}

export const AgendaQuery = Type.Object(
  {
    day: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A day of the event (YYYY-MM-DD, local)' })),
    track: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    kind: Type.Optional(KindSchema),
  },
  { additionalProperties: false },
);

/** 400 naming `day` when it is not one of the event's days. */
export function checkDay(day: string | undefined, event: { starts_on: string; ends_on: string }): void {
  if (day !== undefined && !daysBetween(event.starts_on, event.ends_on).includes(day)) throw invalidField('day', `must be a day of the event (${event.starts_on} to ${event.ends_on})`);
}
