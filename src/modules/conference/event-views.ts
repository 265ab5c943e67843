// What events look like over HTTP: the public page (venue, days, registration window and whether it is
// open now, seats left as open / nearly full / waitlist only, ticket types with seats left or
// "waitlist") and the operators' view with the counters, rooms and ticket types to edit.
import { Type, type Static } from 'typebox';
import type { DbOrTrx } from '../../db/database.js';
import { listRooms, listTicketTypes, type EventRow, type RoomRow, type TicketTypeRow } from './event-repo.js';
import { countByStatus } from './registration-repo.js';
import { registrationWindow } from './registrations.js';

const enumOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });

/** Seats left at or below this share of the capacity: "nearly full". */
const NEARLY_FULL_SHARE = 0.1;

export type Availability = 'open' | 'nearly_full' | 'waitlist_only';

export function availabilityOf(capacity: number, held: number): { seatsLeft: number; status: Availability } {
  const seatsLeft = Math.max(0, capacity - held);
  const status = seatsLeft === 0 ? 'waitlist_only' : seatsLeft <= Math.max(1, Math.ceil(capacity * NEARLY_FULL_SHARE)) ? 'nearly_full' : 'open';
  return { seatsLeft, status };
}

/** The local calendar days from startsOn to endsOn (YYYY-MM-DD). */
export function daysOf(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= Date.parse(`${endsOn}T00:00:00Z`) && days.length < 62; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export const EventParams = Type.Object({ eventId: Type.String({ pattern: '^cev_[0-9a-z]{26}$' }) });

const Registration = Type.Object({
  opensAt: Type.String(),
  closesAt: Type.String(),
  state: enumOf(['not_yet_open', 'open', 'closed'] as const),
  open: Type.Boolean(),
});
const Capacity = Type.Object({ total: Type.Integer(), seatsLeft: Type.Integer(), status: enumOf(['open', 'nearly_full', 'waitlist_only'] as const), waitlisted: Type.Integer() });
const PublicTicketType = Type.Object({
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  priceCents: Type.Integer(),
  currency: Type.Literal('USD'),
  includesWorkshops: Type.Boolean(),
  seatsLeft: Type.Integer(),
  status: enumOf(['available', 'waitlist'] as const),
});
const PublicRoom = Type.Object({ name: Type.String(), hall: Type.String(), capacity: Type.Integer() });

export const EventSummarySchema = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  tagline: Type.String(),
  venueName: Type.String(),
  venueAddress: Type.String(),
  timeZone: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  registration: Registration,
  capacity: Capacity,
});

export const EventPageSchema = Type.Object({
  ...EventSummarySchema.properties,
  description: Type.String(),
  days: Type.Array(Type.String()),
  rooms: Type.Array(PublicRoom),
  ticketTypes: Type.Array(PublicTicketType),
});

export const OpsTicketTypeSchema = Type.Object({ ...PublicTicketType.properties, id: Type.String(), quota: Type.Integer(), held: Type.Integer(), position: Type.Integer() });
export const OpsRoomSchema = Type.Object({ ...PublicRoom.properties, id: Type.String() });

export const OpsEventSchema = Type.Object({
  ...EventPageSchema.properties,
  id: Type.String(),
  status: enumOf(['draft', 'published', 'closed'] as const),
  held: Type.Integer(),
  waitlistNext: Type.Integer(),
  offerHoldHours: Type.Integer(),
  meetingCap: Type.Integer(),
  revision: Type.Integer(),
  counts: Type.Object({ confirmed: Type.Integer(), offered: Type.Integer(), waitlisted: Type.Integer(), cancelled: Type.Integer() }),
  rooms: Type.Array(OpsRoomSchema),
  ticketTypes: Type.Array(OpsTicketTypeSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export type EventPage = Static<typeof EventPageSchema>;
export type OpsEvent = Static<typeof OpsEventSchema>;

function ticketTypeView(t: TicketTypeRow, eventSeatsLeft: number) {
  const seatsLeft = Math.max(0, Math.min(t.quota - t.held, eventSeatsLeft));
  return {
    code: t.code, name: t.name, description: t.description, priceCents: t.price_cents, currency: 'USD' as const, includesWorkshops: t.includes_workshops === 1,
    seatsLeft, status: seatsLeft > 0 ? ('available' as const) : ('waitlist' as const),
  };
}

function summaryOf(e: EventRow, waitlisted: number, now: Date) {
  const state = registrationWindow(e, now);
  return {
    slug: e.slug, name: e.name, tagline: e.tagline, venueName: e.venue_name, venueAddress: e.venue_address, timeZone: e.time_zone, startsOn: e.starts_on, endsOn: e.ends_on,
    registration: { opensAt: e.registration_opens_at, closesAt: e.registration_closes_at, state, open: state === 'open' },
    capacity: { total: e.capacity, ...availabilityOf(e.capacity, e.held), waitlisted },
  };
}

async function countsOf(db: DbOrTrx, eventId: string) {
  const counts = { confirmed: 0, offered: 0, waitlisted: 0, cancelled: 0 };
  for (const c of await countByStatus(db, eventId)) counts[c.key as keyof typeof counts] = c.count;
  return counts;
}

export async function viewEventSummaries(db: DbOrTrx, events: EventRow[], now: Date) {
  return Promise.all(events.map(async (e) => summaryOf(e, (await countsOf(db, e.id)).waitlisted, now)));
}

async function pageOf(db: DbOrTrx, e: EventRow, now: Date) {
  const [rooms, ticketTypes, counts] = await Promise.all([listRooms(db, e.id), listTicketTypes(db, [e.id]), countsOf(db, e.id)]);
  const summary = summaryOf(e, counts.waitlisted, now);
  const page: EventPage = {
    ...summary,
    description: e.description,
    days: daysOf(e.starts_on, e.ends_on),
    rooms: rooms.map((r: RoomRow) => ({ name: r.name, hall: r.hall, capacity: r.capacity })),
    ticketTypes: ticketTypes.map((t) => ticketTypeView(t, summary.capacity.seatsLeft)),
  };
  return { page, rooms, ticketTypes, counts };
}

export async function viewEventPage(db: DbOrTrx, e: EventRow, now: Date): Promise<EventPage> {
  return (await pageOf(db, e, now)).page;
}

export async function viewOpsEvent(db: DbOrTrx, e: EventRow, now: Date): Promise<OpsEvent> {
  const { page, rooms, ticketTypes, counts } = await pageOf(db, e, now);
  return {
    ...page,
    id: e.id, status: e.status, held: e.held, waitlistNext: e.waitlist_next, offerHoldHours: e.offer_hold_hours, meetingCap: e.meeting_cap, revision: e.revision, counts,
    rooms: rooms.map((r) => ({ id: r.id, name: r.name, hall: r.hall, capacity: r.capacity })),
    ticketTypes: ticketTypes.map((t) => ({ ...ticketTypeView(t, page.capacity.seatsLeft), id: t.id, quota: t.quota, held: t.held, position: t.position })),
    createdAt: e.created_at, updatedAt: e.updated_at,
  };
}
