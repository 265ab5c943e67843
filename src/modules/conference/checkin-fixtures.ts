// Test and benchmark data for tickets, check-in, badges and calendars: an event with rooms, ticket
// types, sessions and an expert's meeting slots, and registrations written straight into the tables
// (thousands at once, in multi-row inserts). It bypasses the registration rules (capacity, waitlist,
// e-mail): never for a database with real data. Used by the tests beside it and bench/conference-checkin.ts.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { ConfAttendeeType, ConfRegistrationStatus, ConfSessionKind } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';

export type FixtureEvent = { id: string; slug: string; timeZone: string; roomIds: string[]; ticketTypes: { general: string; workshop: string } };
export type FixtureRegistration = { id: string; manageKey: string; email: string; firstName: string; lastName: string; company: string };

const CHUNK = 400;
let seq = 0;

export async function insertFixtureEvent(db: Db, overrides: Partial<{ slug: string; name: string; status: 'draft' | 'published' | 'closed'; capacity: number }> = {}): Promise<FixtureEvent> {
  const at = new Date().toISOString();
  const id = newId('cev');
  const slug = overrides.slug ?? `gateway-test-${Date.now().toString(36)}-${++seq}`;
  await db
    .insertInto('conf_events')
    .values({
      id, slug, name: overrides.name ?? "Gateway '27", tagline: 'Sell to China', description: 'Two days in Detroit for US businesses selling to Chinese consumers.',
      venue_name: 'Huntington Place', venue_address: '1 Washington Blvd, Detroit, MI 48226', time_zone: 'America/Detroit',
      starts_on: '2027-06-22', ends_on: '2027-06-23', registration_opens_at: '2026-11-01T05:00:00.000Z', registration_closes_at: '2027-06-15T04:00:00.000Z',
      capacity: overrides.capacity ?? 10_000, status: overrides.status ?? 'published', created_at: at, updated_at: at,
    })
    .execute();
  const roomIds = [newId('crm'), newId('crm')];
  await db
    .insertInto('conf_rooms')
    .values([
      { id: roomIds[0]!, event_id: id, name: 'Grand Riverview Ballroom', hall: 'Level 3', capacity: 3000, created_at: at },
      { id: roomIds[1]!, event_id: id, name: 'Room 140', hall: 'Hall A', capacity: 120, created_at: at },
    ])
    .execute();
  const general = newId('ctt');
  const workshop = newId('ctt');
  await db
    .insertInto('conf_ticket_types')
    .values([
      { id: general, event_id: id, code: 'general', name: 'General admission', description: 'Both days', price_cents: 0, quota: 10_000, includes_workshops: 0, position: 1, created_at: at },
      { id: workshop, event_id: id, code: 'workshop', name: 'Hands-on workshop pass', description: 'Includes workshops', price_cents: 14_900, quota: 300, includes_workshops: 1, position: 2, created_at: at },
    ])
    .execute();
  return { id, slug, timeZone: 'America/Detroit', roomIds, ticketTypes: { general, workshop } };
}

export type RegistrationOverrides = Partial<{ status: ConfRegistrationStatus; attendeeType: ConfAttendeeType; ticketTypeId: string; userId: string; company: string; firstName: string; lastName: string; state: string }>;

/** `count` registrations (confirmed general admission unless told), with their manage keys. */
export async function insertFixtureRegistrations(db: Db, event: FixtureEvent, count: number, overrides: RegistrationOverrides = {}): Promise<FixtureRegistration[]> {
  const at = new Date().toISOString();
  const tag = `${Date.now().toString(36)}${++seq}`;
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
      const status = overrides.status ?? 'confirmed';
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

/** A session from `start` for `minutes` (UTC ISO), in the event's first room unless told. */
export async function insertFixtureSession(db: Db, event: FixtureEvent, input: { title: string; kind: ConfSessionKind; startsAt: string; minutes: number; roomId?: string; status?: 'scheduled' | 'cancelled' }): Promise<string> {
  const at = new Date().toISOString();
  const id = newId('cse');
  await db
    .insertInto('conf_sessions')
    .values({
      id, event_id: event.id, room_id: input.roomId ?? event.roomIds[0]!, title: input.title, description: `${input.title}: what to know.`, kind: input.kind, track: input.kind === 'keynote' ? 'main' : 'food',
      starts_at: input.startsAt, ends_at: new Date(Date.parse(input.startsAt) + input.minutes * 60_000).toISOString(), capacity: null, status: input.status ?? 'scheduled', created_at: at, updated_at: at,
    })
    .execute();
  return id;
}

export async function insertFixtureSignup(db: Db, sessionId: string, registrationId: string, status: 'confirmed' | 'waitlisted' | 'cancelled' = 'confirmed'): Promise<string> {
  const at = new Date().toISOString();
  const id = newId('css');
  await db.insertInto('conf_session_signups').values({ id, session_id: sessionId, registration_id: registrationId, status, waitlist_position: null, created_at: at, updated_at: at }).execute();
  return id;
}

/** A 20-minute meeting slot with an expert; booked by `registrationId` when given. */
export async function insertFixtureMeeting(db: Db, event: FixtureEvent, input: { startsAt: string; registrationId?: string; expertName?: string; status?: 'open' | 'requested' | 'booked' | 'closed' }): Promise<string> {
  const at = new Date().toISOString();
  const expertId = newId('cex');
  await db.insertInto('conf_experts').values({ id: expertId, event_id: event.id, user_id: null, name: input.expertName ?? 'Mei Lin', company: 'Gateway marketplace', expertise: 'category', bio: 'Category manager, food.', created_at: at }).execute();
  const id = newId('cms');
  await db
    .insertInto('conf_meeting_slots')
    .values({
      id, expert_id: expertId, event_id: event.id, starts_at: input.startsAt, ends_at: new Date(Date.parse(input.startsAt) + 20 * 60_000).toISOString(), location: 'Expert lounge, table 4',
      status: input.status ?? (input.registrationId ? 'booked' : 'open'), registration_id: input.registrationId ?? null, topic: input.registrationId ? 'Pricing tart cherries for Tmall' : null, reminded_at: null, created_at: at, updated_at: at,
    })
    .execute();
  return id;
}
