// Test and benchmark data for the conference, in two kinds. Rows written straight into the tables: an
// event with rooms and ticket types, registrations with manage keys the caller knows (only their SHA-256
// is stored, as registering does; thousands at once in multi-row inserts), speakers, sessions with
// sign-ups, experts with meeting slots. They bypass the rules (capacity, waitlist, e-mail): never for a
// database with real data. And set-up through the real routes, for tests of those rules: an event made
// with the operators' API, the public registration form. Used by the tests beside it and by
// bench/conference-checkin.ts (rows only).
import { createHash, randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../../db/database.js';
import type { ConfAttendeeType, ConfRegistrationStatus, ConfSessionKind } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { localDay, localToUtc, slotEnd } from './meeting-time.js';
import type { RegistrationInput } from './registrations.js';

export const FIXTURE_TIME_ZONE = 'America/Detroit';
const DAY = 86_400_000;
const CHUNK = 400;
let seq = 0;

/** A local day (YYYY-MM-DD) `days` calendar days from `day`. */
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

// ---- Rows written straight into the tables ----

export type FixtureEvent = {
  id: string;
  slug: string;
  timeZone: string;
  /** The event's two local days, and `at(day, 'HH:MM')`: that local time as a UTC ISO instant. */
  day1: string;
  day2: string;
  at: (day: string, time: string) => string;
  rooms: { ballroom: string; riverview: string; lab: string; small: string };
  ticketTypes: { general: string; workshop: string };
};
export type FixtureRegistration = { id: string; manageKey: string; email: string; firstName: string; lastName: string; company: string };

export type EventOverrides = Partial<{ slug: string; name: string; status: 'draft' | 'published' | 'closed'; capacity: number; meetingCap: number; startsInDays: number }>;

/**
 * Gateway '27 in Detroit on 2027-06-22 and -23 (or from `startsInDays` days after today), registration
 * open since yesterday until a week before, with a 3,000-seat ballroom, two breakout rooms (120 and 20
 * seats), a 50-seat lab, a general ticket type for the whole capacity and a 300-seat workshop pass.
 */
export async function insertFixtureEvent(db: Db, overrides: EventOverrides = {}): Promise<FixtureEvent> {
  const now = Date.now();
  const at = new Date(now).toISOString();
  const timeZone = FIXTURE_TIME_ZONE;
  const day1 = overrides.startsInDays === undefined ? '2027-06-22' : localDay(new Date(now + overrides.startsInDays * DAY), timeZone);
  const day2 = shiftDay(day1, 1);
  const id = newId('cev');
  const slug = overrides.slug ?? `gateway-test-${Date.now().toString(36)}-${++seq}`;
  const capacity = overrides.capacity ?? 10_000;
  await db
    .insertInto('conf_events')
    .values({
      id, slug, name: overrides.name ?? "Gateway '27", tagline: 'Sell to China', description: 'Two days in Detroit for US businesses selling to Chinese consumers.',
      venue_name: 'Huntington Place', venue_address: '1 Washington Blvd, Detroit, MI 48226', time_zone: timeZone, starts_on: day1, ends_on: day2,
      registration_opens_at: new Date(now - DAY).toISOString(), registration_closes_at: localToUtc(shiftDay(day1, -7), '00:00', timeZone).toISOString(),
      capacity, meeting_cap: overrides.meetingCap ?? 3, status: overrides.status ?? 'published', created_at: at, updated_at: at,
    })
    .execute();
  const rooms = { ballroom: newId('crm'), riverview: newId('crm'), lab: newId('crm'), small: newId('crm') };
  await db
    .insertInto('conf_rooms')
    .values([
      { id: rooms.ballroom, event_id: id, name: 'Grand Riverview Ballroom', hall: 'Level 3', capacity: 3000, created_at: at },
      { id: rooms.riverview, event_id: id, name: 'Riverview Room 320', hall: 'Level 3', capacity: 120, created_at: at },
      { id: rooms.lab, event_id: id, name: 'Workshop Lab 250', hall: 'Level 2', capacity: 50, created_at: at },
      { id: rooms.small, event_id: id, name: 'Meeting Room 140', hall: 'Hall A', capacity: 20, created_at: at },
    ])
    .execute();
  const ticketTypes = { general: newId('ctt'), workshop: newId('ctt') };
  await db
    .insertInto('conf_ticket_types')
    .values([
      { id: ticketTypes.general, event_id: id, code: 'general', name: 'General admission', description: 'Both days', price_cents: 0, quota: capacity, includes_workshops: 0, position: 1, created_at: at },
      { id: ticketTypes.workshop, event_id: id, code: 'workshop', name: 'Hands-on workshop pass', description: 'Includes workshops', price_cents: 14_900, quota: 300, includes_workshops: 1, position: 2, created_at: at },
    ])
    .execute();
  return { id, slug, timeZone, day1, day2, at: (day, time) => localToUtc(day, time, timeZone).toISOString(), rooms, ticketTypes };
}

export type RegistrationOverrides = Partial<{ status: ConfRegistrationStatus; attendeeType: ConfAttendeeType; ticketTypeId: string; userId: string; company: string; firstName: string; lastName: string; state: string }>;

/** `count` registrations (confirmed general admission unless told), with their manage keys; the waitlisted in line 1, 2, … */
export async function insertFixtureRegistrations(db: Db, event: FixtureEvent, count: number, overrides: RegistrationOverrides = {}): Promise<FixtureRegistration[]> {
  const at = new Date().toISOString();
  const tag = `${Date.now().toString(36)}${++seq}`;
  const status = overrides.status ?? 'confirmed';
  const out: FixtureRegistration[] = [];
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, (_, j) => {
      const i = start + j;
      const manageKey = randomBytes(32).toString('base64url');
      const reg: FixtureRegistration = {
        id: newId('crg'), manageKey, email: `attendee-${tag}-${i}@test.example`,
        firstName: overrides.firstName ?? `Pat${i}`, lastName: overrides.lastName ?? `Kowalski-${tag}`, company: overrides.company ?? `Great Lakes Cherries ${i} LLC`,
      };
      out.push(reg);
      return {
        id: reg.id, event_id: event.id, ticket_type_id: overrides.ticketTypeId ?? event.ticketTypes.general, user_id: overrides.userId ?? null,
        email: reg.email, email_key: reg.email, first_name: reg.firstName, last_name: reg.lastName, company: reg.company,
        business_type: 'farm', state: overrides.state ?? 'MI', sells: 'Tart cherries', china_experience: 'none', interests: '["food"]', dietary: '', accessibility: '',
        consent_contact: 1, attendee_type: overrides.attendeeType ?? 'business', status, waitlist_position: status === 'waitlisted' ? i + 1 : null,
        offer_expires_at: null, confirmed_at: status === 'confirmed' ? at : null, cancelled_at: status === 'cancelled' ? at : null, checked_in_at: null,
        ticket_nonce: randomBytes(16).toString('base64url'), manage_key_hash: createHash('sha256').update(manageKey).digest('hex'),
        seller_application_id: null, created_at: at, updated_at: at,
      };
    });
    await db.insertInto('conf_registrations').values(rows).execute();
  }
  return out;
}

/** A speaker of the event. */
export async function insertFixtureSpeaker(db: Db, event: FixtureEvent, name: string): Promise<string> {
  const id = newId('csp');
  await db.insertInto('conf_speakers').values({ id, event_id: event.id, name, title: 'Director', company: 'Lakeside Trade Co.', bio: `${name} helps brands export.`, photo_url: null, created_at: new Date().toISOString() }).execute();
  return id;
}

/** A session from `startsAt` (UTC ISO) for `minutes`, without a seat limit, in the ballroom unless told. */
export async function insertFixtureSession(db: Db, event: FixtureEvent, input: { title: string; kind: ConfSessionKind; startsAt: string; minutes: number; roomId?: string; status?: 'scheduled' | 'cancelled' }): Promise<string> {
  const at = new Date().toISOString();
  const id = newId('cse');
  await db
    .insertInto('conf_sessions')
    .values({
      id, event_id: event.id, room_id: input.roomId ?? event.rooms.ballroom, title: input.title, description: `${input.title}: what to know.`, kind: input.kind, track: input.kind === 'keynote' ? 'main' : 'food',
      starts_at: input.startsAt, ends_at: new Date(Date.parse(input.startsAt) + input.minutes * 60_000).toISOString(), capacity: null, status: input.status ?? 'scheduled', created_at: at, updated_at: at,
    })
    .execute();
  return id;
}

/** The registration's seat in the session (confirmed unless told; a waitlisted one first in line). */
export async function insertFixtureSignup(db: Db, sessionId: string, registrationId: string, status: 'confirmed' | 'waitlisted' | 'cancelled' = 'confirmed'): Promise<string> {
  const at = new Date().toISOString();
  const id = newId('css');
  await db.insertInto('conf_session_signups').values({ id, session_id: sessionId, registration_id: registrationId, status, waitlist_position: status === 'waitlisted' ? 1 : null, created_at: at, updated_at: at }).execute();
  return id;
}

/** An expert with a 20-minute slot at each of the UTC start times, all open, or all booked by `bookedBy` (a registration id). */
export async function insertFixtureExpert(db: Db, event: FixtureEvent, starts: string[], overrides: { name?: string; userId?: string; bookedBy?: string } = {}): Promise<{ id: string; slotIds: string[] }> {
  const at = new Date().toISOString();
  const id = newId('cex');
  await db
    .insertInto('conf_experts')
    .values({ id, event_id: event.id, user_id: overrides.userId ?? null, name: overrides.name ?? `Expert ${++seq}`, company: 'Gateway Marketplace', expertise: 'category', bio: 'Food & agriculture', created_at: at })
    .execute();
  const slotIds = starts.map(() => newId('cms'));
  const booked = overrides.bookedBy ?? null;
  if (starts.length) {
    await db
      .insertInto('conf_meeting_slots')
      .values(
        starts.map((s, i) => ({
          id: slotIds[i]!, expert_id: id, event_id: event.id, starts_at: s, ends_at: slotEnd(new Date(s)).toISOString(), location: 'Expert lounge, table 1',
          status: booked ? ('booked' as const) : ('open' as const), registration_id: booked, topic: booked ? 'Pricing tart cherries for Tmall' : null, reminded_at: null, created_at: at, updated_at: at,
        })),
      )
      .execute();
  }
  return { id, slotIds };
}

// ---- Set-up through the real routes ----

/** What the test clients' post looks like (test/client.ts; production code may not import test/). */
type Poster = { post(url: string, payload?: unknown): Promise<LightMyRequestResponse> };

function created(res: LightMyRequestResponse, what: string) {
  if (res.statusCode !== 201) throw new Error(`${what}: expected 201, got ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The operators' event form: a published two-day event in Detroit, registration open since yesterday for 30 days, 100 seats; `over` changes any field, even to a wrong value. */
export function eventForm(over: Record<string, unknown> = {}) {
  const n = ++seq;
  return {
    slug: `expo-${n}-${Date.now().toString(36)}`, name: `Expo ${n}`, tagline: 'Sell to China', description: 'Two days', venueName: 'Huntington Place', venueAddress: '1 Washington Blvd, Detroit, MI 48226',
    timeZone: FIXTURE_TIME_ZONE, startsOn: '2027-06-22', endsOn: '2027-06-23', registrationOpensAt: new Date(Date.now() - DAY).toISOString(), registrationClosesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    capacity: 100, status: 'published', ...over,
  };
}

export type TicketTypeForm = { code: string; quota: number; name?: string; priceCents?: number; includesWorkshops?: boolean };
export type CreatedEvent = { id: string; slug: string; name: string; ticketTypeIds: Record<string, string> };

/** An event made by an operator through the API, with its ticket types (free unless told; by default one general type for the whole capacity); throws on any refusal. */
export async function createEvent(op: Poster, over: Record<string, unknown> & { ticketTypes?: TicketTypeForm[] } = {}): Promise<CreatedEvent> {
  const { ticketTypes, ...fields } = over;
  const form = eventForm(fields);
  const { id } = created(await op.post('/api/v1/ops/conference/events', form), `event ${form.slug}`) as { id: string };
  const ticketTypeIds: Record<string, string> = {};
  for (const t of ticketTypes ?? [{ code: 'general', quota: form.capacity as number }]) {
    const body = { code: t.code, name: t.name ?? `${t.code} pass`, description: '', priceCents: t.priceCents ?? 0, quota: t.quota, includesWorkshops: t.includesWorkshops ?? false };
    const event = created(await op.post(`/api/v1/ops/conference/events/${id}/ticket-types`, body), `ticket type ${t.code}`) as { ticketTypes: Array<{ id: string; code: string }> };
    ticketTypeIds[t.code] = event.ticketTypes.find((x) => x.code === t.code)!.id;
  }
  return { id, slug: form.slug as string, name: form.name as string, ticketTypeIds };
}

/** A business registrant's answers on the public form, all valid. */
export const REGISTRANT = {
  firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical Orchards', businessType: 'farm', state: 'MI', sells: 'Tart cherries', chinaExperience: 'exploring',
  interests: ['food_agriculture', 'logistics'], dietary: 'vegetarian', accessibility: '', consentContact: false, ticketType: 'general',
} satisfies Omit<RegistrationInput, 'email'>;

/** The public registration form; `over` changes any field, even to a wrong value (or leaves it out, as undefined). */
export const registrationForm = (email: string, over: Record<string, unknown> = {}) => ({ ...REGISTRANT, email, ...over });

export type Registered = { id: string; manageKey: string; status: string; email: string };

/** Registers through the public form as `client`; throws unless accepted. */
export async function register(client: Poster, slug: string, email: string, over: Record<string, unknown> = {}): Promise<Registered> {
  const body = created(await client.post(`/api/v1/conference/events/${slug}/registrations`, registrationForm(email, over)), `registration ${email}`) as { manageKey: string; registration: { id: string; status: string } };
  return { id: body.registration.id, manageKey: body.manageKey, status: body.registration.status, email };
}
