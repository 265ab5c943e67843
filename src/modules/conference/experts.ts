// Experts at an event and the 20-minute slots they offer: operators add, edit and remove experts; an
// expert linked to a user account (or an operator) publishes slots — a list of start times or local
// time ranges cut into slots with an optional break — within the event's days, never overlapping the
// expert's other slots, and may move a slot to another table (the attendee holding it is told).
import type { Db, Engine } from '../../db/database.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, invalidField, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http.js';
import { newId } from '../../platform/ids.js';
import { findUsersByIds } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import {
  deleteExpertIfFree,
  deleteOpenSlot,
  findEvent,
  findExpert,
  findSlot,
  HELD,
  insertExpert,
  insertSlots,
  lockExpert,
  slotsOverlapping,
  updateExpert,
  updateSlotLocation,
  type EventRow,
  type ExpertRow,
  type SlotRow,
} from './meeting-repo.js';
import { localDay, slotEnd, slotStartsInRange } from './meeting-time.js';

export type ExpertInput = Pick<ExpertRow, 'name' | 'company' | 'expertise' | 'bio'> & { userId: string | null };
export type SlotRange = { day: string; from: string; to: string };
export type SlotsInput = { location: string; startsAt?: string[]; ranges?: SlotRange[]; breakMinutes?: number };
type OpCtx = Ctx & { db: Db };

const MAX_SLOTS_PER_CALL = 200;

/** The expert if the actor may manage them (an operator, or the user linked to the expert); else 404. */
export async function expertForManager(db: Db, actor: Actor, expertId: string, eventId?: string): Promise<ExpertRow> {
  const expert = await findExpert(db, expertId);
  if (!expert || (eventId !== undefined && expert.event_id !== eventId)) throw notFound('Expert');
  if (actor.role !== 'operator' && expert.user_id !== actor.userId) throw notFound('Expert');
  return expert;
}

async function checkUser(db: Db, userId: string | null): Promise<void> {
  if (userId && (await findUsersByIds(db, [userId])).length === 0) throw invalidField('userId', 'no such user');
}

export async function createExpert(ctx: OpCtx, eventId: string, input: ExpertInput): Promise<ExpertRow> {
  if (!(await findEvent(ctx.db, eventId))) throw notFound('Event');
  await checkUser(ctx.db, input.userId);
  const row: ExpertRow = { id: newId('cex'), event_id: eventId, user_id: input.userId, name: input.name, company: input.company, expertise: input.expertise, bio: input.bio, created_at: ctx.now.toISOString() };
  await ctx.db.transaction().execute(async (trx) => {
    await insertExpert(trx, row);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.expert_created', subjectType: 'conf_expert', subjectId: row.id, data: { eventId, name: row.name } });
  });
  return row;
}

export async function editExpert(ctx: OpCtx, expert: ExpertRow, patch: Partial<ExpertInput>): Promise<ExpertRow> {
  if (patch.userId !== undefined) await checkUser(ctx.db, patch.userId);
  const set = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.company !== undefined ? { company: patch.company } : {}),
    ...(patch.expertise !== undefined ? { expertise: patch.expertise } : {}),
    ...(patch.bio !== undefined ? { bio: patch.bio } : {}),
    ...(patch.userId !== undefined ? { user_id: patch.userId } : {}),
  };
  if (Object.keys(set).length === 0) return expert;
  await ctx.db.transaction().execute(async (trx) => {
    await updateExpert(trx, expert.id, set);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.expert_updated', subjectType: 'conf_expert', subjectId: expert.id, data: { fields: Object.keys(set) } });
  });
  return { ...expert, ...set };
}

/** Removes an expert with their open slots; refused while an attendee holds one of their slots. */
export async function removeExpert(ctx: OpCtx, expert: ExpertRow): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteExpertIfFree(trx, expert.id))) throw conflict('expert_has_meetings', 'This expert has meetings booked or requested; cancel or decline them first');
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.expert_deleted', subjectType: 'conf_expert', subjectId: expert.id, data: { name: expert.name } });
  });
}

function withinEvent(event: EventRow, start: Date): boolean {
  const day = localDay(start, event.time_zone);
  return day >= event.starts_on && day <= event.ends_on && localDay(new Date(slotEnd(start).getTime() - 1), event.time_zone) === day;
}

/** The start instants asked for, checked one by one so a refusal names the entry. */
function startsOf(event: EventRow, input: SlotsInput, now: Date): Date[] {
  if ((input.startsAt === undefined) === (input.ranges === undefined)) throw invalidField('startsAt', 'give either startsAt (a list of start times) or ranges, not both');
  const starts: Date[] = [];
  const days = `${event.starts_on} to ${event.ends_on} (${event.time_zone})`;
  (input.startsAt ?? []).forEach((iso, i) => {
    const start = new Date(iso);
    const field = `startsAt.${i}`;
    if (Number.isNaN(start.getTime())) throw invalidField(field, 'must be an ISO date-time');
    if (start.getUTCSeconds() !== 0 || start.getUTCMilliseconds() !== 0) throw invalidField(field, 'must be on a whole minute');
    if (start <= now) throw invalidField(field, 'must be in the future');
    if (!withinEvent(event, start)) throw invalidField(field, `must fall within the event’s days, ${days}`);
    starts.push(start);
  });
  (input.ranges ?? []).forEach((range, i) => {
    if (range.to <= range.from) throw invalidField(`ranges.${i}.to`, 'must be after from');
    if (range.day < event.starts_on || range.day > event.ends_on) throw invalidField(`ranges.${i}.day`, `must be one of the event’s days, ${days}`);
    const cut = slotStartsInRange(range.day, range.from, range.to, input.breakMinutes ?? 0, event.time_zone);
    if (cut.length === 0) throw invalidField(`ranges.${i}.to`, 'leaves no room for a 20-minute slot');
    if (cut[0]! <= now) throw invalidField(`ranges.${i}.from`, 'must be in the future');
    starts.push(...cut);
  });
  if (starts.length > MAX_SLOTS_PER_CALL) throw invalidField(input.startsAt ? 'startsAt' : 'ranges', `at most ${MAX_SLOTS_PER_CALL} slots at a time`);
  starts.sort((a, b) => a.getTime() - b.getTime());
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]!.getTime() < slotEnd(starts[i - 1]!).getTime()) throw invalidField(input.startsAt ? 'startsAt' : 'ranges', `slots at ${starts[i - 1]!.toISOString()} and ${starts[i]!.toISOString()} overlap`);
  }
  return starts;
}

/** Publishes open slots for an expert; refused (writing nothing) if any would overlap one they have. */
export async function publishSlots(ctx: OpCtx & { engine: Engine }, expert: ExpertRow, input: SlotsInput): Promise<SlotRow[]> {
  const event = await findEvent(ctx.db, expert.event_id);
  if (!event) throw notFound('Event');
  const starts = startsOf(event, input, ctx.now);
  const at = ctx.now.toISOString();
  const rows: SlotRow[] = starts.map((s) => ({
    id: newId('cms'),
    expert_id: expert.id,
    event_id: expert.event_id,
    starts_at: s.toISOString(),
    ends_at: slotEnd(s).toISOString(),
    location: input.location,
    status: 'open',
    registration_id: null,
    topic: null,
    reminded_at: null,
    revision: 1,
    created_at: at,
    updated_at: at,
  }));
  await ctx.db.transaction().execute(async (trx) => {
    await lockExpert(trx, ctx.engine, expert.id);
    const existing = await slotsOverlapping(trx, expert.id, rows[0]!.starts_at, rows.at(-1)!.ends_at);
    for (const row of rows) {
      const clash = existing.find((e) => e.starts_at < row.ends_at && e.ends_at > row.starts_at);
      if (clash) throw conflict('slot_overlap', `The expert already has a slot at ${clash.starts_at}`, { startsAt: row.starts_at, existingStartsAt: clash.starts_at });
    }
    await insertSlots(trx, rows);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.slots_published', subjectType: 'conf_expert', subjectId: expert.id, data: { count: rows.length, first: rows[0]!.starts_at, last: rows.at(-1)!.starts_at, location: input.location } });
  });
  return rows;
}

export async function slotOfExpert(db: Db, expert: ExpertRow, slotId: string): Promise<SlotRow> {
  const slot = await findSlot(db, slotId);
  if (!slot || slot.expert_id !== expert.id) throw notFound('Slot');
  return slot;
}

/** Moves a slot to another table or place (audited); an attendee holding it is told. */
export async function changeSlotLocation(ctx: OpCtx, slot: SlotRow, location: string): Promise<SlotRow> {
  if (location === slot.location) return slot;
  const at = ctx.now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateSlotLocation(trx, slot.id, location, at);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.slot_location_changed', subjectType: 'conf_meeting_slot', subjectId: slot.id, data: { from: slot.location, to: location } });
    const current = await findSlot(trx, slot.id);
    if (current?.registration_id && HELD.includes(current.status)) {
      await publish(trx, 'conference.meeting_changed', { slotId: slot.id, registrationId: current.registration_id, change: 'location_changed' }, ctx.now);
    }
  });
  return { ...slot, location, updated_at: at, revision: slot.revision + 1 };
}

/** Withdraws an open slot; one an attendee holds must be cancelled or declined first. */
export async function removeSlot(ctx: OpCtx, slot: SlotRow): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteOpenSlot(trx, slot.id))) throw conflict('slot_booked', 'An attendee holds this slot; it cannot be withdrawn', { status: slot.status });
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.slot_removed', subjectType: 'conf_meeting_slot', subjectId: slot.id, data: { expertId: slot.expert_id, startsAt: slot.starts_at } });
  });
}
