// SQL for conference registrations: insert, look-ups, status changes that only apply from the status
// they were read in (the row count says who won), the waitlist's next candidate, expired offers, the
// operators' search with keyset pagination, and the counts behind the operators' charts.
import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { ConfRegistrationStatus } from '../../db/schema.js';
import type { RegistrationRow } from './registration-access.js';

export type RegistrationFilter = { q?: string | undefined; status?: ConfRegistrationStatus | undefined; ticketTypeId?: string | undefined; state?: string | undefined };

/** Inserts the rows, a few hundred per statement (within both engines' limits on bound values). */
export async function insertRegistrations(db: DbOrTrx, rows: ReadonlyArray<Omit<RegistrationRow, 'revision'>>): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('conf_registrations').values(rows.slice(i, i + 200)).execute();
}

export const findRegistration = (db: DbOrTrx, id: string) => db.selectFrom('conf_registrations').selectAll().where('id', '=', id).executeTakeFirst();

/** Which of these e-mail keys are already registered for the event. */
export const findTakenEmailKeys = async (db: DbOrTrx, eventId: string, emailKeys: readonly string[]): Promise<Set<string>> =>
  new Set(
    emailKeys.length === 0
      ? []
      : (await db.selectFrom('conf_registrations').select('email_key').where('event_id', '=', eventId).where('email_key', 'in', [...emailKeys]).execute()).map((r) => r.email_key),
  );

export const findRegistrationByEmail = (db: DbOrTrx, eventId: string, emailKey: string) =>
  db.selectFrom('conf_registrations').select(['id', 'status']).where('event_id', '=', eventId).where('email_key', '=', emailKey).executeTakeFirst();

/** Applies the changes only while the registration is in one of `from`; true when it did. */
export async function updateRegistrationIf(db: DbOrTrx, id: string, from: readonly ConfRegistrationStatus[], changes: Partial<Omit<RegistrationRow, 'id' | 'revision'>>): Promise<boolean> {
  const r = await db
    .updateTable('conf_registrations')
    .set((eb) => ({ ...changes, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The earliest waitlisted registration of the event whose ticket type still has a seat. */
export function nextWaitlistCandidate(db: DbOrTrx, eventId: string, skip: readonly string[]) {
  let q = db
    .selectFrom('conf_registrations as r')
    .innerJoin('conf_ticket_types as t', 't.id', 'r.ticket_type_id')
    .select(['r.id', 'r.ticket_type_id', 'r.waitlist_position'])
    .where('r.event_id', '=', eventId)
    .where('r.status', '=', 'waitlisted')
    .whereRef('t.held', '<', 't.quota');
  if (skip.length > 0) q = q.where('r.id', 'not in', [...skip]);
  return q.orderBy('r.waitlist_position').limit(1).executeTakeFirst();
}

/** How many of the event's waitlisted registrations are ahead of `position`. */
export async function countAhead(db: DbOrTrx, eventId: string, position: number): Promise<number> {
  const row = await db
    .selectFrom('conf_registrations')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .where('waitlist_position', '<', position)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listExpiredOffers = (db: DbOrTrx, now: Date, limit: number) =>
  db
    .selectFrom('conf_registrations')
    .select(['id', 'event_id'])
    .where('status', '=', 'offered')
    .where('offer_expires_at', '<=', now.toISOString())
    .orderBy('offer_expires_at')
    .limit(limit)
    .execute();

const likeOf = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, '')}%`;

/** The operators' list: newest first, after `cursor` (an id), filtered; `limit` rows. */
export function listRegistrations(db: DbOrTrx, eventId: string, filter: RegistrationFilter, cursor: string | null, limit: number) {
  let q = db.selectFrom('conf_registrations').selectAll().where('event_id', '=', eventId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.ticketTypeId) q = q.where('ticket_type_id', '=', filter.ticketTypeId);
  if (filter.state) q = q.where('state', '=', filter.state);
  const text = filter.q?.trim();
  if (text) {
    const like = likeOf(text);
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`lower(first_name || ' ' || last_name)`, 'like', like),
        eb(eb.fn('lower', ['company']), 'like', like),
        eb('email_key', 'like', like),
      ]),
    );
  }
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

async function countBy<K extends 'status' | 'state' | 'ticket_type_id'>(db: DbOrTrx, eventId: string, column: K, excludeCancelled: boolean) {
  let q = db
    .selectFrom('conf_registrations')
    .select((eb) => [eb.ref(column).as('key'), eb.fn.countAll().as('n')])
    .where('event_id', '=', eventId);
  if (excludeCancelled) q = q.where('status', '!=', 'cancelled');
  const rows = await q.groupBy(column).execute();
  return rows.map((r) => ({ key: String(r.key), count: Number(r.n) }));
}

export const countByStatus = (db: DbOrTrx, eventId: string) => countBy(db, eventId, 'status', false);
export const countByState = (db: DbOrTrx, eventId: string) => countBy(db, eventId, 'state', true);
export const countByTicketType = (db: DbOrTrx, eventId: string) => countBy(db, eventId, 'ticket_type_id', true);

/** Every registration's creation time, for registrations per day in the event's time zone. */
export const listCreatedAt = (db: DbOrTrx, eventId: string) =>
  db.selectFrom('conf_registrations').select(['created_at', 'status']).where('event_id', '=', eventId).orderBy('created_at').execute();

export const listSellerApplicationIds = async (db: DbOrTrx, eventId: string): Promise<string[]> =>
  (await db.selectFrom('conf_registrations').select('seller_application_id').where('event_id', '=', eventId).where('seller_application_id', 'is not', null).execute()).map((r) => r.seller_application_id!);

export const ticketTypeInUse = async (db: DbOrTrx, ticketTypeId: string): Promise<boolean> =>
  Boolean(await db.selectFrom('conf_registrations').select('id').where('ticket_type_id', '=', ticketTypeId).limit(1).executeTakeFirst());

/** Links the seller application (and the account, if the registration had none); false if another account owns it. */
export async function linkSellerApplication(db: DbOrTrx, id: string, userId: string, applicationId: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('conf_registrations')
    .set((eb) => ({ seller_application_id: applicationId, user_id: userId, updated_at: now.toISOString(), revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where((eb) => eb.or([eb('user_id', 'is', null), eb('user_id', '=', userId)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
