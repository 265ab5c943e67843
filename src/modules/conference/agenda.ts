// Operators' agenda edits: speakers, and sessions with the rules the schema cannot say — inside the
// event's days (in its time zone), in one of its rooms, no more seats than the room holds, no two
// sessions at once in a room, no speaker in two places at once. The clash checks run inside the
// write transaction after an advisory lock on the event (PostgreSQL), so two operators' edits
// serialise. Edits carry the revision read (409 stale_revision). A time or room change, or a
// cancellation, publishes conference.session_changed so the people signed up are told.
import type { DbOrTrx, Engine, Trx } from '../../db/database.js';
import type { ConfSessionKind } from '../../db/schema.js';
import { publish } from '../../events.js';
import { conflict, invalidField, notFound } from '../../platform/errors.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import {
  findEvent,
  findRoomClash,
  findSession,
  findSpeaker,
  findSpeakerClash,
  findSpeakersOfEvent,
  insertSession,
  insertSpeaker,
  listSpeakersOfSessions,
  lockAgenda,
  replaceSessionSpeakers,
  updateSessionAtRevision,
  updateSpeakerRow,
  type SessionWithRoom,
  type SpeakerRow,
} from './agenda-repo.js';
import { localDay, toUtcIso } from './agenda-time.js';
import { findRoom } from './event-repo.js';
import { promoteFromWaitlist } from './session-signups.js';

export type SessionInput = {
  title: string;
  description: string;
  kind: ConfSessionKind;
  track: string;
  roomId: string;
  startsAt: string;
  endsAt: string;
  /** null or absent: the room's capacity. */
  capacity?: number | null;
  speakerIds: string[];
};
export type SessionPatch = Partial<SessionInput>;
export type SpeakerInput = { name: string; title: string; company: string; bio: string; photoUrl?: string | null };
type AgendaCtx = Ctx & { engine: Engine };

type Checked = { startsAt: string; endsAt: string; capacity: number | null; seats: number; roomId: string; speakerIds: string[] };

async function eventOrThrow(db: DbOrTrx, eventId: string) {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('Event');
  return event;
}

/** Everything about a session's shape that needs the event, its rooms and speakers (400 naming the field). */
async function checkShape(db: DbOrTrx, eventId: string, input: SessionInput): Promise<Checked> {
  const event = await eventOrThrow(db, eventId);
  const startsAt = toUtcIso(input.startsAt);
  if (!startsAt) throw invalidField('startsAt', 'must be an ISO date-time with an offset, e.g. 2027-06-22T10:00:00-04:00');
  const endsAt = toUtcIso(input.endsAt);
  if (!endsAt) throw invalidField('endsAt', 'must be an ISO date-time with an offset, e.g. 2027-06-22T11:00:00-04:00');
  if (endsAt <= startsAt) throw invalidField('endsAt', 'must be after startsAt');
  const days = `${event.starts_on} to ${event.ends_on} (${event.time_zone})`;
  const startDay = localDay(startsAt, event.time_zone);
  if (startDay < event.starts_on || startDay > event.ends_on) throw invalidField('startsAt', `must fall within the event’s days, ${days}`);
  // A session ending at midnight ends on the day it started.
  const endDay = localDay(new Date(Date.parse(endsAt) - 1).toISOString(), event.time_zone);
  if (endDay > event.ends_on) throw invalidField('endsAt', `must fall within the event’s days, ${days}`);
  const room = await findRoom(db, input.roomId, { eventId });
  if (!room) throw invalidField('roomId', 'is not a room of this event');
  const capacity = input.capacity ?? null;
  if (capacity !== null && capacity > room.capacity) throw invalidField('capacity', `may not exceed the room’s capacity (${room.capacity} in ${room.name})`);
  const found = new Set((await findSpeakersOfEvent(db, eventId, input.speakerIds)).map((s) => s.id));
  const unknown = input.speakerIds.findIndex((id) => !found.has(id));
  if (unknown >= 0) throw invalidField(`speakerIds.${unknown}`, 'is not a speaker of this event');
  return { startsAt, endsAt, capacity, seats: capacity ?? room.capacity, roomId: room.id, speakerIds: input.speakerIds };
}

/** 409 room_busy / speaker_busy naming the other session; run after lockAgenda, inside the write. */
async function refuseClashes(trx: Trx, c: Checked, sessionId: string | null): Promise<void> {
  const room = await findRoomClash(trx, c.roomId, c.startsAt, c.endsAt, sessionId);
  if (room) {
    throw conflict('room_busy', `The room is taken by “${room.title}” at that time`, { sessionId: room.id, title: room.title, startsAt: room.starts_at, endsAt: room.ends_at });
  }
  const speaker = await findSpeakerClash(trx, c.speakerIds, c.startsAt, c.endsAt, sessionId);
  if (speaker) {
    throw conflict('speaker_busy', `A speaker is already in “${speaker.title}” at that time`, {
      speakerId: speaker.speaker_id,
      sessionId: speaker.id,
      title: speaker.title,
      startsAt: speaker.starts_at,
      endsAt: speaker.ends_at,
    });
  }
}

export async function createSession(ctx: AgendaCtx & { db: DbOrTrx }, eventId: string, input: SessionInput): Promise<SessionWithRoom> {
  await eventOrThrow(ctx.db, eventId);
  const id = newId('cse');
  const now = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await lockAgenda(trx, ctx.engine, eventId);
    const checked = await checkShape(trx, eventId, input);
    await refuseClashes(trx, checked, null);
    await insertSession(trx, {
      id,
      event_id: eventId,
      room_id: checked.roomId,
      title: input.title.trim(),
      description: input.description.trim(),
      kind: input.kind,
      track: input.track.trim(),
      starts_at: checked.startsAt,
      ends_at: checked.endsAt,
      capacity: checked.capacity,
      status: 'scheduled',
      created_at: now,
      updated_at: now,
    });
    await replaceSessionSpeakers(trx, id, checked.speakerIds);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.session_created', subjectType: 'conf_session', subjectId: id, data: { eventId, title: input.title, startsAt: checked.startsAt, roomId: checked.roomId } });
  });
  return (await findSession(ctx.db, eventId, id))!;
}

async function staleOr(db: DbOrTrx, eventId: string, sessionId: string, revision: number, seats: number): Promise<never> {
  const now = await findSession(db, eventId, sessionId);
  if (now && now.status === 'cancelled') throw conflict('session_cancelled', 'The session was cancelled');
  if (!now || now.revision !== revision) throw conflict('stale_revision', 'Someone changed this session after you opened it; reload to see their changes', { currentRevision: now?.revision ?? null });
  throw conflict('capacity_below_signups', `${now.held} people already hold seats; the session needs at least that many (asked for ${seats})`, { held: now.held });
}

/** Applies a partial edit at `revision`; seats freed by a larger capacity go to the waitlist at once. */
export async function updateSession(ctx: AgendaCtx & { db: DbOrTrx }, eventId: string, sessionId: string, revision: number, patch: SessionPatch): Promise<SessionWithRoom> {
  const current = await findSession(ctx.db, eventId, sessionId);
  if (!current) throw notFound('Session');
  if (current.status === 'cancelled') throw conflict('session_cancelled', 'A cancelled session cannot be edited');
  if (current.revision !== revision) throw conflict('stale_revision', 'Someone changed this session after you opened it; reload to see their changes', { currentRevision: current.revision });
  const now = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await lockAgenda(trx, ctx.engine, eventId);
    const speakerIds = patch.speakerIds ?? (await listSpeakersOfSessions(trx, [sessionId])).map((s) => s.id);
    const merged: SessionInput = {
      title: patch.title ?? current.title,
      description: patch.description ?? current.description,
      kind: patch.kind ?? current.kind,
      track: patch.track ?? current.track,
      roomId: patch.roomId ?? current.room_id,
      startsAt: patch.startsAt ?? current.starts_at,
      endsAt: patch.endsAt ?? current.ends_at,
      capacity: patch.capacity !== undefined ? patch.capacity : current.capacity,
      speakerIds,
    };
    const checked = await checkShape(trx, eventId, merged);
    const moved = checked.startsAt !== current.starts_at || checked.endsAt !== current.ends_at;
    const roomChanged = checked.roomId !== current.room_id;
    await refuseClashes(trx, checked, sessionId);
    const changes = {
      title: merged.title.trim(),
      description: merged.description.trim(),
      kind: merged.kind,
      track: merged.track.trim(),
      room_id: checked.roomId,
      starts_at: checked.startsAt,
      ends_at: checked.endsAt,
      capacity: checked.capacity,
      updated_at: now,
    };
    if (!(await updateSessionAtRevision(trx, sessionId, revision, changes, checked.seats))) await staleOr(trx, eventId, sessionId, revision, checked.seats);
    if (patch.speakerIds) await replaceSessionSpeakers(trx, sessionId, checked.speakerIds);
    const changed = Object.keys(patch).filter((k) => k !== 'revision');
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.session_updated', subjectType: 'conf_session', subjectId: sessionId, data: { eventId, revision: revision + 1, changed } });
    if (moved || roomChanged) await publish(trx, 'conference.session_changed', { sessionId, change: moved ? 'rescheduled' : 'room_changed' }, ctx.now);
    await promoteFromWaitlist({ ...ctx, db: trx }, sessionId);
  });
  return (await findSession(ctx.db, eventId, sessionId))!;
}

/** Cancels a session at `revision`; everyone signed up (or waiting) is told. Seats stay as they were. */
export async function cancelSession(ctx: AgendaCtx & { db: DbOrTrx }, eventId: string, sessionId: string, revision: number, reason: string | undefined): Promise<SessionWithRoom> {
  const current = await findSession(ctx.db, eventId, sessionId);
  if (!current) throw notFound('Session');
  if (current.status === 'cancelled') throw conflict('session_cancelled', 'The session is already cancelled');
  await ctx.db.transaction().execute(async (trx) => {
    await lockAgenda(trx, ctx.engine, eventId);
    const ok = await updateSessionAtRevision(trx, sessionId, revision, { status: 'cancelled', updated_at: ctx.now.toISOString() }, null);
    if (!ok) await staleOr(trx, eventId, sessionId, revision, current.held);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.session_cancelled', subjectType: 'conf_session', subjectId: sessionId, data: { eventId, title: current.title, reason: reason ?? null } });
    await publish(trx, 'conference.session_changed', { sessionId, change: 'cancelled' }, ctx.now);
  });
  return (await findSession(ctx.db, eventId, sessionId))!;
}

export async function createSpeaker(ctx: Ctx & { db: DbOrTrx }, eventId: string, input: SpeakerInput): Promise<SpeakerRow> {
  await eventOrThrow(ctx.db, eventId);
  const row: SpeakerRow = {
    id: newId('csp'),
    event_id: eventId,
    name: input.name.trim(),
    title: input.title.trim(),
    company: input.company.trim(),
    bio: input.bio.trim(),
    photo_url: input.photoUrl ?? null,
    created_at: ctx.now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertSpeaker(trx, row);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.speaker_created', subjectType: 'conf_speaker', subjectId: row.id, data: { eventId, name: row.name } });
  });
  return row;
}

export async function updateSpeaker(ctx: Ctx & { db: DbOrTrx }, eventId: string, speakerId: string, patch: Partial<SpeakerInput>): Promise<SpeakerRow> {
  const current = await findSpeaker(ctx.db, eventId, speakerId);
  if (!current) throw notFound('Speaker');
  const changes = {
    ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
    ...(patch.company !== undefined ? { company: patch.company.trim() } : {}),
    ...(patch.bio !== undefined ? { bio: patch.bio.trim() } : {}),
    ...(patch.photoUrl !== undefined ? { photo_url: patch.photoUrl } : {}),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (Object.keys(changes).length > 0) await updateSpeakerRow(trx, speakerId, changes);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.speaker_updated', subjectType: 'conf_speaker', subjectId: speakerId, data: { eventId, changed: Object.keys(patch) } });
  });
  return { ...current, ...changes };
}
