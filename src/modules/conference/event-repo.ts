// SQL for the conference's events, rooms and ticket types, and the seat counters on them. Seats move
// only by conditional updates whose row count says whether they won (`held < capacity`); on
// PostgreSQL every change to an event's seats first takes one transaction-scoped advisory lock per
// event, so registrations, cancellations, offers and capacity edits of one event run one at a time.
import { PostgresAdapter, sql, type Selectable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { ConfEventsTable, ConfEventStatus, ConfRoomsTable, ConfTicketTypesTable } from '../../db/schema.js';

export type EventRow = Selectable<ConfEventsTable>;
export type RoomRow = Selectable<ConfRoomsTable>;
export type TicketTypeRow = Selectable<ConfTicketTypesTable>;
export type NewEvent = Omit<EventRow, 'held' | 'waitlist_next' | 'revision'>;

const one = (r: { numUpdatedRows: bigint } | { numDeletedRows: bigint }) => Number('numUpdatedRows' in r ? r.numUpdatedRows : r.numDeletedRows) === 1;

export const isPostgres = (db: DbOrTrx): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** PostgreSQL: serialises the seat changes of one event until the transaction ends (SQLite is serial already). */
export async function lockEventSeats(db: DbOrTrx, eventId: string): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(hashtext(${`conf_event:${eventId}`}))`.execute(db);
}

export const findEventById = (db: DbOrTrx, id: string) => db.selectFrom('conf_events').selectAll().where('id', '=', id).executeTakeFirst();
export const findEventBySlug = (db: DbOrTrx, slug: string) => db.selectFrom('conf_events').selectAll().where('slug', '=', slug).executeTakeFirst();

export function listEvents(db: DbOrTrx, statuses?: readonly ConfEventStatus[]) {
  let q = db.selectFrom('conf_events').selectAll();
  if (statuses) q = q.where('status', 'in', [...statuses]);
  return q.orderBy('starts_on', 'desc').orderBy('id', 'desc').limit(200).execute();
}

export async function insertEvent(db: DbOrTrx, row: NewEvent): Promise<void> {
  await db.insertInto('conf_events').values(row).execute();
}

/** Applies the changes (capacity only while it stays at or above the seats held) and bumps the revision. */
export async function updateEvent(db: DbOrTrx, id: string, changes: Partial<NewEvent>): Promise<boolean> {
  let q = db
    .updateTable('conf_events')
    .set((eb) => ({ ...changes, revision: eb('revision', '+', 1) }))
    .where('id', '=', id);
  if (changes.capacity !== undefined) q = q.where('held', '<=', changes.capacity);
  return one(await q.executeTakeFirst());
}

export const listRooms = (db: DbOrTrx, eventId: string) => db.selectFrom('conf_rooms').selectAll().where('event_id', '=', eventId).orderBy('capacity', 'desc').orderBy('name').execute();
/** A room by id; with `eventId`, only a room of that event (a room id from another event is not found). */
export function findRoom(db: DbOrTrx, id: string, scope?: { eventId: string }) {
  let q = db.selectFrom('conf_rooms').selectAll().where('id', '=', id);
  if (scope) q = q.where('event_id', '=', scope.eventId);
  return q.executeTakeFirst();
}

export async function insertRoom(db: DbOrTrx, row: RoomRow): Promise<void> {
  await db.insertInto('conf_rooms').values(row).execute();
}

/** A room's capacity may not drop below the seats held in a session that takes its size from the room. */
export async function updateRoom(db: DbOrTrx, id: string, changes: Partial<Pick<RoomRow, 'name' | 'hall' | 'capacity'>>): Promise<boolean> {
  let q = db.updateTable('conf_rooms').set(changes).where('id', '=', id);
  const capacity = changes.capacity;
  if (capacity !== undefined) {
    q = q.where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('conf_sessions').select('conf_sessions.id').where('conf_sessions.room_id', '=', id).where('conf_sessions.capacity', 'is', null).where('conf_sessions.held', '>', capacity))),
    );
  }
  return one(await q.executeTakeFirst());
}

export async function deleteRoom(db: DbOrTrx, id: string): Promise<boolean> {
  return one(await db.deleteFrom('conf_rooms').where('id', '=', id).executeTakeFirst());
}

export const countSessionsInRoom = async (db: DbOrTrx, roomId: string): Promise<number> =>
  Number((await db.selectFrom('conf_sessions').select((eb) => eb.fn.countAll().as('n')).where('room_id', '=', roomId).executeTakeFirstOrThrow()).n);

export function listTicketTypes(db: DbOrTrx, eventIds: readonly string[]) {
  if (eventIds.length === 0) return Promise.resolve([] as TicketTypeRow[]);
  return db.selectFrom('conf_ticket_types').selectAll().where('event_id', 'in', [...eventIds]).orderBy('position').orderBy('id').execute();
}
export const findTicketType = (db: DbOrTrx, id: string) => db.selectFrom('conf_ticket_types').selectAll().where('id', '=', id).executeTakeFirst();
export const findTicketTypeByCode = (db: DbOrTrx, eventId: string, code: string) =>
  db.selectFrom('conf_ticket_types').selectAll().where('event_id', '=', eventId).where('code', '=', code).executeTakeFirst();

export async function insertTicketType(db: DbOrTrx, row: Omit<TicketTypeRow, 'held'>): Promise<void> {
  await db.insertInto('conf_ticket_types').values(row).execute();
}

/** Applies the changes (the quota only while it stays at or above the seats held). */
export async function updateTicketType(db: DbOrTrx, id: string, changes: Partial<Omit<TicketTypeRow, 'id' | 'event_id' | 'held' | 'created_at'>>): Promise<boolean> {
  let q = db.updateTable('conf_ticket_types').set(changes).where('id', '=', id);
  if (changes.quota !== undefined) q = q.where('held', '<=', changes.quota);
  return one(await q.executeTakeFirst());
}

export async function deleteTicketType(db: DbOrTrx, id: string): Promise<boolean> {
  return one(await db.deleteFrom('conf_ticket_types').where('id', '=', id).executeTakeFirst());
}

/** Takes one seat of the event and one of the ticket type, both or neither. */
export async function takeSeat(db: DbOrTrx, eventId: string, ticketTypeId: string): Promise<boolean> {
  const event = await db.updateTable('conf_events').set((eb) => ({ held: eb('held', '+', 1) })).where('id', '=', eventId).whereRef('held', '<', 'capacity').executeTakeFirst();
  if (!one(event)) return false;
  const ticket = await db.updateTable('conf_ticket_types').set((eb) => ({ held: eb('held', '+', 1) })).where('id', '=', ticketTypeId).whereRef('held', '<', 'quota').executeTakeFirst();
  if (one(ticket)) return true;
  await db.updateTable('conf_events').set((eb) => ({ held: eb('held', '-', 1) })).where('id', '=', eventId).where('held', '>', 0).execute();
  return false;
}

/** Gives back one seat of the event and of the ticket type (a confirmed or offered registration ended). */
export async function releaseSeat(db: DbOrTrx, eventId: string, ticketTypeId: string): Promise<void> {
  const event = await db.updateTable('conf_events').set((eb) => ({ held: eb('held', '-', 1) })).where('id', '=', eventId).where('held', '>', 0).executeTakeFirst();
  const ticket = await db.updateTable('conf_ticket_types').set((eb) => ({ held: eb('held', '-', 1) })).where('id', '=', ticketTypeId).where('held', '>', 0).executeTakeFirst();
  // A held registration always has its seat counted; anything else is a bug to surface, not to hide.
  if (!one(event) || !one(ticket)) throw new Error(`seat counters of event ${eventId} out of step with its registrations`);
}

/** The next waitlist position of the event (arrival order, no gaps: a rolled-back registration gives its number back). */
export async function nextWaitlistPosition(db: DbOrTrx, eventId: string): Promise<number> {
  const row = await db
    .updateTable('conf_events')
    .set((eb) => ({ waitlist_next: eb('waitlist_next', '+', 1) }))
    .where('id', '=', eventId)
    .returning('waitlist_next')
    .executeTakeFirstOrThrow();
  return Number(row.waitlist_next) - 1;
}

/** Several seats of the event at once (a batch of registrations), all or none. */
export async function takeEventSeats(db: DbOrTrx, eventId: string, count: number): Promise<boolean> {
  const r = await db.updateTable('conf_events').set((eb) => ({ held: eb('held', '+', count) })).where('id', '=', eventId).where(sql<boolean>`held + ${count} <= capacity`).executeTakeFirst();
  return one(r);
}

/** Several seats of a ticket type at once, all or none. */
export async function takeTicketTypeSeats(db: DbOrTrx, ticketTypeId: string, count: number): Promise<boolean> {
  const r = await db.updateTable('conf_ticket_types').set((eb) => ({ held: eb('held', '+', count) })).where('id', '=', ticketTypeId).where(sql<boolean>`held + ${count} <= quota`).executeTakeFirst();
  return one(r);
}

/** Hands out `count` waitlist positions from `from` on; false when the counter is no longer at `from`. */
export async function takeWaitlistPositions(db: DbOrTrx, eventId: string, from: number, count: number): Promise<boolean> {
  const r = await db.updateTable('conf_events').set((eb) => ({ waitlist_next: eb('waitlist_next', '+', count) })).where('id', '=', eventId).where('waitlist_next', '=', from).executeTakeFirst();
  return one(r);
}
