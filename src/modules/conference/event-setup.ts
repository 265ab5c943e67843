// An event's rooms and ticket types, as operators set them up. A room's capacity may not drop below
// the seats held in a session sized by the room; a ticket type's quota may not drop below the seats it
// holds, and raising it offers the new seats to the waitlist at once. Each change is audited.
import type { Db } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import {
  countSessionsInRoom,
  deleteRoom,
  deleteTicketType,
  findEventById,
  findRoom,
  findTicketType,
  insertRoom,
  insertTicketType,
  listTicketTypes,
  lockEventSeats,
  updateRoom,
  updateTicketType,
  type RoomRow,
  type TicketTypeRow,
} from './event-repo.js';
import { ticketTypeInUse } from './registration-repo.js';
import { offerFreeSeats } from './waitlist.js';

export type RoomInput = { name: string; hall: string; capacity: number };
export type TicketTypeInput = { code: string; name: string; description: string; priceCents: number; quota: number; includesWorkshops: boolean; position?: number | undefined };

const violation = (err: unknown): 'unique' | 'foreign_key' | null => {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') return 'unique';
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign_key';
  return null;
};

async function guarded<T>(work: () => Promise<T>, onUnique: () => Error, onForeignKey?: () => Error): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const kind = violation(err);
    if (kind === 'unique') throw onUnique();
    if (kind === 'foreign_key' && onForeignKey) throw onForeignKey();
    throw err;
  }
}

const roomNameTaken = () => conflict('room_name_taken', 'The event already has a room of that name');
const codeTaken = () => conflict('ticket_type_code_taken', 'The event already has a ticket type with that code');

export async function addRoom(ctx: Ctx & { db: Db }, eventId: string, input: RoomInput): Promise<RoomRow> {
  if (!(await findEventById(ctx.db, eventId))) throw notFound('Event');
  const row: RoomRow = { id: newId('crm'), event_id: eventId, name: input.name.trim(), hall: input.hall.trim(), capacity: input.capacity, created_at: ctx.now.toISOString() };
  await guarded(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await insertRoom(trx, row);
        await recordAudit({ ...ctx, db: trx }, { action: 'conference.room_added', subjectType: 'conference_room', subjectId: row.id, data: { eventId, name: row.name, capacity: row.capacity } });
      }),
    roomNameTaken,
  );
  return row;
}

export async function editRoom(ctx: Ctx & { db: Db }, roomId: string, input: Partial<RoomInput>): Promise<RoomRow> {
  const changes = { ...(input.name !== undefined ? { name: input.name.trim() } : {}), ...(input.hall !== undefined ? { hall: input.hall.trim() } : {}), ...(input.capacity !== undefined ? { capacity: input.capacity } : {}) };
  return guarded(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const current = await findRoom(trx, roomId);
        if (!current) throw notFound('Room');
        if (!(await updateRoom(trx, roomId, changes))) throw conflict('room_capacity_below_held', 'A session in this room already holds more seats than that');
        await recordAudit({ ...ctx, db: trx }, { action: 'conference.room_edited', subjectType: 'conference_room', subjectId: roomId, data: { before: { name: current.name, hall: current.hall, capacity: current.capacity }, changes } });
        return { ...current, ...changes };
      }),
    roomNameTaken,
  );
}

export async function removeRoom(ctx: Ctx & { db: Db }, roomId: string): Promise<void> {
  const inUse = () => conflict('room_in_use', 'Sessions are scheduled in this room: move or delete them first');
  await guarded(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const current = await findRoom(trx, roomId);
        if (!current) throw notFound('Room');
        if ((await countSessionsInRoom(trx, roomId)) > 0) throw inUse();
        await deleteRoom(trx, roomId);
        await recordAudit({ ...ctx, db: trx }, { action: 'conference.room_removed', subjectType: 'conference_room', subjectId: roomId, data: { eventId: current.event_id, name: current.name } });
      }),
    roomNameTaken,
    inUse,
  );
}

export async function addTicketType(ctx: Ctx & { db: Db }, eventId: string, input: TicketTypeInput): Promise<TicketTypeRow> {
  if (!(await findEventById(ctx.db, eventId))) throw notFound('Event');
  return guarded(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const existing = await listTicketTypes(trx, [eventId]);
        const row: TicketTypeRow = {
          id: newId('ctt'), event_id: eventId, code: input.code, name: input.name.trim(), description: input.description.trim(), price_cents: input.priceCents, quota: input.quota, held: 0,
          includes_workshops: input.includesWorkshops ? 1 : 0, position: input.position ?? Math.max(0, ...existing.map((t) => t.position)) + 1, created_at: ctx.now.toISOString(),
        };
        await insertTicketType(trx, row);
        await recordAudit({ ...ctx, db: trx }, { action: 'conference.ticket_type_added', subjectType: 'conference_ticket_type', subjectId: row.id, data: { eventId, code: row.code, quota: row.quota, priceCents: row.price_cents } });
        return row;
      }),
    codeTaken,
  );
}

/** Quota below the seats held → 409 quota_below_held; raised → the waitlist gets offers. */
export async function editTicketType(ctx: Ctx & { db: Db }, ticketTypeId: string, input: Partial<TicketTypeInput>): Promise<{ ticketType: TicketTypeRow; offered: string[] }> {
  const first = await findTicketType(ctx.db, ticketTypeId);
  if (!first) throw notFound('Ticket type');
  const changes = {
    ...(input.code !== undefined ? { code: input.code } : {}),
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.description !== undefined ? { description: input.description.trim() } : {}),
    ...(input.priceCents !== undefined ? { price_cents: input.priceCents } : {}),
    ...(input.quota !== undefined ? { quota: input.quota } : {}),
    ...(input.includesWorkshops !== undefined ? { includes_workshops: input.includesWorkshops ? 1 : 0 } : {}),
    ...(input.position !== undefined ? { position: input.position } : {}),
  };
  return guarded(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await lockEventSeats(trx, first.event_id);
        const current = (await findTicketType(trx, ticketTypeId))!;
        if (!(await updateTicketType(trx, ticketTypeId, changes))) {
          throw conflict('quota_below_held', `${current.held} seats of this ticket type are held (confirmed or offered): the quota cannot go below that`, { held: current.held, quota: input.quota });
        }
        const event = (await findEventById(trx, current.event_id))!;
        const offered = input.quota !== undefined && input.quota > current.quota ? await offerFreeSeats(trx, event, ctx.now) : [];
        await recordAudit({ ...ctx, db: trx }, { action: 'conference.ticket_type_edited', subjectType: 'conference_ticket_type', subjectId: ticketTypeId, data: { before: { code: current.code, quota: current.quota, priceCents: current.price_cents }, changes, offered: offered.length } });
        return { ticketType: (await findTicketType(trx, ticketTypeId))!, offered };
      }),
    codeTaken,
  );
}

export async function removeTicketType(ctx: Ctx & { db: Db }, ticketTypeId: string): Promise<void> {
  const inUse = () => conflict('ticket_type_in_use', 'Registrations use this ticket type: it can only be closed by setting its quota to the seats held');
  await guarded(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const current = await findTicketType(trx, ticketTypeId);
        if (!current) throw notFound('Ticket type');
        if (await ticketTypeInUse(trx, ticketTypeId)) throw inUse();
        await deleteTicketType(trx, ticketTypeId);
        await recordAudit({ ...ctx, db: trx }, { action: 'conference.ticket_type_removed', subjectType: 'conference_ticket_type', subjectId: ticketTypeId, data: { eventId: current.event_id, code: current.code } });
      }),
    codeTaken,
    inUse,
  );
}
