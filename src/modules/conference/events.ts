// Conference events as operators set them up: name, venue, days, time zone, registration window,
// overall capacity and the offer hold time. Capacity may drop only to the seats already held (offers
// count); raising it offers the new seats to the waitlist at once. Every change is audited.
import type { Db } from '../../db/database.js';
import type { ConfEventStatus } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, invalidField, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { findEventById, insertEvent, lockEventSeats, updateEvent, type EventRow, type NewEvent } from './event-repo.js';
import { offerFreeSeats } from './waitlist.js';

export type EventInput = {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  capacity: number;
  offerHoldHours?: number | undefined;
  meetingCap?: number | undefined;
  status: ConfEventStatus;
};

const COLUMNS: { [K in keyof EventInput]-?: keyof NewEvent } = {
  slug: 'slug',
  name: 'name',
  tagline: 'tagline',
  description: 'description',
  venueName: 'venue_name',
  venueAddress: 'venue_address',
  timeZone: 'time_zone',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  registrationOpensAt: 'registration_opens_at',
  registrationClosesAt: 'registration_closes_at',
  capacity: 'capacity',
  offerHoldHours: 'offer_hold_hours',
  meetingCap: 'meeting_cap',
  status: 'status',
};

const isUniqueViolation = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

export function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Paths of the public site under /conference/ that an event's address would hide. */
const RESERVED_SLUGS = new Set(['door', 'registrations']);

/** Checks what the schema cannot and gives the columns to write (times normalised to UTC ISO). */
function columnsOf(input: Partial<EventInput>, current?: EventRow): Partial<NewEvent> {
  if (input.slug !== undefined && RESERVED_SLUGS.has(input.slug)) throw invalidField('slug', `"${input.slug}" is the address of another page of the site: choose another`);
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const column = COLUMNS[field as keyof EventInput];
    out[column] = typeof value === 'string' && field !== 'slug' && field !== 'status' && field !== 'timeZone' ? value.trim() : value;
  }
  for (const field of ['name', 'venueName', 'venueAddress'] as const) if (input[field] !== undefined && !input[field].trim()) throw invalidField(field, 'must not be blank');
  if (input.timeZone !== undefined && !validTimeZone(input.timeZone)) throw invalidField('timeZone', 'is not an IANA time zone, e.g. America/Detroit');
  for (const field of ['registrationOpensAt', 'registrationClosesAt'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) throw invalidField(field, 'must be an ISO date-time');
    out[COLUMNS[field]] = at.toISOString();
  }
  const merged = { ...current, ...out } as Partial<NewEvent>;
  if (merged.starts_on && merged.ends_on) {
    if (merged.ends_on < merged.starts_on) throw invalidField('endsOn', 'must not be before startsOn');
    if (Date.parse(merged.ends_on) - Date.parse(merged.starts_on) > 30 * 86_400_000) throw invalidField('endsOn', 'an event lasts at most 31 days');
  }
  if (merged.registration_opens_at && merged.registration_closes_at && merged.registration_closes_at <= merged.registration_opens_at) {
    throw invalidField('registrationClosesAt', 'must be after registrationOpensAt');
  }
  return out as Partial<NewEvent>;
}

export async function createEvent(ctx: Ctx & { db: Db }, input: EventInput): Promise<EventRow> {
  const at = ctx.now.toISOString();
  const defaults: Pick<NewEvent, 'offer_hold_hours' | 'meeting_cap'> = { offer_hold_hours: 48, meeting_cap: 3 };
  const row = { ...defaults, ...columnsOf(input), id: newId('cev'), created_at: at, updated_at: at } as NewEvent;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertEvent(trx, row);
      await recordAudit({ ...ctx, db: trx }, { action: 'conference.event_created', subjectType: 'conference_event', subjectId: row.id, data: { slug: row.slug, capacity: row.capacity } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('slug_taken', `Another event already uses the address ${input.slug}`);
    throw err;
  }
  return { ...row, held: 0, waitlist_next: 1, revision: 1 };
}

/** Edits an event. Capacity below the seats held → 409 capacity_below_held; raised → the waitlist gets offers. */
export async function editEvent(ctx: Ctx & { db: Db }, eventId: string, input: Partial<EventInput>): Promise<{ event: EventRow; offered: string[] }> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await lockEventSeats(trx, eventId);
      const current = await findEventById(trx, eventId);
      if (!current) throw notFound('Event');
      const changes = { ...columnsOf(input, current), updated_at: ctx.now.toISOString() };
      if (!(await updateEvent(trx, eventId, changes))) {
        throw conflict('capacity_below_held', `${current.held} seats are held (confirmed or offered): the capacity cannot go below that`, { held: current.held, capacity: input.capacity });
      }
      const event = (await findEventById(trx, eventId))!;
      const offered = event.capacity > current.capacity ? await offerFreeSeats(trx, event, ctx.now) : [];
      const changed = Object.fromEntries(Object.keys(changes).filter((k) => k !== 'updated_at').map((k) => [k, { from: current[k as keyof EventRow], to: event[k as keyof EventRow] }]));
      await recordAudit({ ...ctx, db: trx }, { action: 'conference.event_edited', subjectType: 'conference_event', subjectId: eventId, data: { changed, offered: offered.length } });
      return { event: offered.length > 0 ? (await findEventById(trx, eventId))! : event, offered };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('slug_taken', `Another event already uses the address ${input.slug ?? ''}`);
    throw err;
  }
}
