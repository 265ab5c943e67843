// SQL for badges: confirmed registrations with their ticket type and event name, counted and read a
// page at a time by id for batch badge PDFs.
import type { DbOrTrx } from '../../db/database.js';
import type { ConfAttendeeType } from '../../db/schema.js';

export type BadgeFilter = { eventId: string; ticketTypeId?: string | undefined; attendeeType?: ConfAttendeeType | undefined; registrationId?: string | undefined };

function badgeQuery(db: DbOrTrx, f: BadgeFilter) {
  let q = db
    .selectFrom('conf_registrations as r')
    .innerJoin('conf_ticket_types as t', 't.id', 'r.ticket_type_id')
    .innerJoin('conf_events as e', 'e.id', 'r.event_id')
    .where('r.event_id', '=', f.eventId)
    .where('r.status', '=', 'confirmed');
  if (f.ticketTypeId) q = q.where('r.ticket_type_id', '=', f.ticketTypeId);
  if (f.attendeeType) q = q.where('r.attendee_type', '=', f.attendeeType);
  if (f.registrationId) q = q.where('r.id', '=', f.registrationId);
  return q;
}

export async function countBadges(db: DbOrTrx, f: BadgeFilter, after: string | null): Promise<number> {
  let q = badgeQuery(db, f);
  if (after) q = q.where('r.id', '>', after);
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Confirmed registrations after `after` (by id), `limit` of them: one page of a batch. */
export function listBadgeRows(db: DbOrTrx, f: BadgeFilter, after: string | null, limit: number) {
  let q = badgeQuery(db, f);
  if (after) q = q.where('r.id', '>', after);
  return q
    .select(['r.id', 'r.first_name', 'r.last_name', 'r.company', 'r.state', 'r.attendee_type', 'r.ticket_nonce', 't.name as ticket_type', 'e.name as event_name'])
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

export type BadgeRow = Awaited<ReturnType<typeof listBadgeRows>>[number];

/** The id of the n-th badge row after `after` (1-based): where the next part of a split batch begins. */
export async function nthBadgeId(db: DbOrTrx, f: BadgeFilter, after: string | null, n: number): Promise<string | null> {
  let q = badgeQuery(db, f);
  if (after) q = q.where('r.id', '>', after);
  const row = await q.select('r.id').orderBy('r.id').limit(1).offset(n - 1).executeTakeFirst();
  return row?.id ?? null;
}
