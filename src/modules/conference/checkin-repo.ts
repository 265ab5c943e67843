// SQL for check-in: stored scans by the device's scan id, the registrations scanned, the conditional
// update that checks a ticket in once, the attendee cards the door shows, search, and arrival figures.
import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/database.js';
import type { ConfCheckinsTable } from '../../db/schema.js';

export function findScans(db: DbOrTrx, scanIds: string[]) {
  if (scanIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('conf_checkins').select(['scan_id', 'event_id', 'registration_id', 'device_id', 'scanned_at', 'result']).where('scan_id', 'in', scanIds).execute();
}

export type StoredScan = Awaited<ReturnType<typeof findScans>>[number];

export function findScanTargets(db: DbOrTrx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('conf_registrations').select(['id', 'event_id', 'status', 'ticket_nonce', 'checked_in_at']).where('id', 'in', ids).execute();
}

/** Inserts the scans not stored yet (in scan-id order); returns the scan ids this call stored. */
export async function insertScans(trx: Trx, rows: ConfCheckinsTable[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await trx
    .insertInto('conf_checkins')
    .values([...rows].sort((a, b) => (a.scan_id < b.scan_id ? -1 : 1)))
    .onConflict((oc) => oc.column('scan_id').doNothing())
    .returning('scan_id')
    .execute();
  return new Set(inserted.map((r) => r.scan_id));
}

/** Checks the ticket in unless it already is: the row count says whether this scan was the first. */
export async function markCheckedIn(trx: Trx, registrationId: string, at: string, now: string): Promise<boolean> {
  const res = await trx
    .updateTable('conf_registrations')
    .set({ checked_in_at: at, updated_at: now })
    .where('id', '=', registrationId)
    .where('status', '=', 'confirmed')
    .where('checked_in_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function setDuplicate(trx: Trx, scanIds: string[]): Promise<void> {
  if (scanIds.length) await trx.updateTable('conf_checkins').set({ result: 'duplicate' }).where('scan_id', 'in', scanIds).execute();
}

export async function deleteScans(trx: Trx, scanIds: string[]): Promise<void> {
  if (scanIds.length) await trx.deleteFrom('conf_checkins').where('scan_id', 'in', scanIds).execute();
}

export function findStatuses(trx: Trx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx.selectFrom('conf_registrations').select(['id', 'status']).where('id', 'in', ids).execute();
}

/** The scan that checked each ticket in (device and time), for flagging a second scan. */
export function findFirstCheckins(db: DbOrTrx, registrationIds: string[]) {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('conf_checkins').select(['registration_id', 'scan_id', 'device_id', 'scanned_at']).where('registration_id', 'in', registrationIds).where('result', '=', 'checked_in').execute();
}

export function findCardRows(db: DbOrTrx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('conf_registrations as r')
    .innerJoin('conf_ticket_types as t', 't.id', 'r.ticket_type_id')
    .select(['r.id', 'r.event_id', 'r.first_name', 'r.last_name', 'r.company', 'r.state', 'r.email', 'r.attendee_type', 'r.status', 'r.checked_in_at', 't.name as ticket_type'])
    .where('r.id', 'in', ids)
    .execute();
}

export type CardRow = Awaited<ReturnType<typeof findCardRows>>[number];

export function findCardSessions(db: DbOrTrx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('conf_session_signups as u')
    .innerJoin('conf_sessions as s', 's.id', 'u.session_id')
    .innerJoin('conf_rooms as r', 'r.id', 's.room_id')
    .select(['u.registration_id', 's.id', 's.title', 's.kind', 's.starts_at', 'r.name as room', 'u.status'])
    .where('u.registration_id', 'in', ids)
    .where('u.status', 'in', ['confirmed', 'waitlisted'])
    .orderBy('s.starts_at')
    .execute();
}

export function findCardMeetings(db: DbOrTrx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('conf_meeting_slots as m')
    .innerJoin('conf_experts as x', 'x.id', 'm.expert_id')
    .select(['m.registration_id', 'm.id', 'm.starts_at', 'm.location', 'm.status', 'x.name as expert'])
    .where('m.registration_id', 'in', ids)
    .where('m.status', 'in', ['booked', 'requested'])
    .orderBy('m.starts_at')
    .execute();
}

/** Registrations of the event whose name, company or e-mail contains `q` (case-insensitive). */
export function searchRegistrationIds(db: DbOrTrx, eventId: string, q: string, limit: number) {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = (expr: ReturnType<typeof sql>) => sql<boolean>`lower(${expr}) like ${pattern} escape '\\'`;
  return db
    .selectFrom('conf_registrations')
    .select(['id'])
    .where('event_id', '=', eventId)
    .where('status', '!=', 'cancelled')
    .where((eb) =>
      eb.or([
        like(sql`first_name || ' ' || last_name`),
        like(sql.ref('last_name')),
        like(sql.ref('company')),
        like(sql.ref('email')),
      ]),
    )
    .orderBy('last_name')
    .orderBy('first_name')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countArrivals(db: DbOrTrx, eventId: string) {
  const row = await db
    .selectFrom('conf_registrations')
    .select((eb) => [eb.fn.countAll<number>().as('confirmed'), eb.fn.count<number>('checked_in_at').as('arrived')])
    .where('event_id', '=', eventId)
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  const scans = await db
    .selectFrom('conf_checkins')
    .select((eb) => [eb.fn.countAll<number>().as('scans'), eb.fn.sum<number>(eb.case().when('result', '=', 'duplicate').then(1).else(0).end()).as('duplicates')])
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  return { confirmed: Number(row.confirmed), arrived: Number(row.arrived), scans: Number(scans.scans), duplicates: Number(scans.duplicates ?? 0) };
}

/** Arrivals per UTC minute (the caller buckets them into the event's local hours). */
export function arrivalsByMinute(db: DbOrTrx, eventId: string) {
  const minute = sql<string>`substr(checked_in_at, 1, 16)`;
  return db
    .selectFrom('conf_registrations')
    .select([minute.as('minute'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('event_id', '=', eventId)
    .where('checked_in_at', 'is not', null)
    .groupBy(minute)
    .execute();
}

export function lastArrivals(db: DbOrTrx, eventId: string, limit: number) {
  return db
    .selectFrom('conf_checkins as c')
    .innerJoin('conf_registrations as r', 'r.id', 'c.registration_id')
    .select(['c.registration_id', 'c.device_id', 'c.scanned_at', 'r.checked_in_at', 'r.first_name', 'r.last_name', 'r.company'])
    .where('c.event_id', '=', eventId)
    .where('c.result', '=', 'checked_in')
    .orderBy('r.checked_in_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
}
