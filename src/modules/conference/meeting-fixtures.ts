// Test fixtures for 1:1 meetings: an event (its days a month from now, in Detroit), registrations with
// manage keys, experts with slots, and session seats — inserted as rows, so the meeting tests depend
// on no other part of the conference module. Used by tests only.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import type { ConfRegistrationStatus } from '../../db/schema.js';
import { localDay, localToUtc, slotEnd } from './meeting-time.js';

export const TZ = 'America/Detroit';

export type FixtureEvent = { id: string; slug: string; ticketTypeId: string; day1: string; day2: string; at: (day: string, time: string) => string };
export type FixtureRegistration = { id: string; key: string; email: string };

let seq = 0;

export async function buildEvent(db: Db, overrides: { meetingCap?: number; status?: 'draft' | 'published' | 'closed' } = {}): Promise<FixtureEvent> {
  const now = new Date();
  const day1 = localDay(new Date(now.getTime() + 30 * 86_400_000), TZ);
  const day2 = localDay(new Date(now.getTime() + 31 * 86_400_000), TZ);
  const id = newId('cev');
  const slug = `meet-test-${++seq}-${id.slice(-6)}`;
  const at = now.toISOString();
  await db
    .insertInto('conf_events')
    .values({
      id,
      slug,
      name: `Gateway Test ${seq}`,
      tagline: 'Sell to China',
      description: 'A test edition',
      venue_name: 'Huntington Place',
      venue_address: '1 Washington Blvd, Detroit, MI 48226',
      time_zone: TZ,
      starts_on: day1,
      ends_on: day2,
      registration_opens_at: new Date(now.getTime() - 86_400_000).toISOString(),
      registration_closes_at: new Date(now.getTime() + 20 * 86_400_000).toISOString(),
      capacity: 5000,
      held: 0,
      waitlist_next: 1,
      offer_hold_hours: 48,
      meeting_cap: overrides.meetingCap ?? 3,
      status: overrides.status ?? 'published',
      revision: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const ticketTypeId = newId('ctt');
  await db
    .insertInto('conf_ticket_types')
    .values({ id: ticketTypeId, event_id: id, code: 'ga', name: 'General admission', description: 'Free', price_cents: 0, quota: 5000, held: 0, includes_workshops: 0, position: 1, created_at: at })
    .execute();
  return { id, slug, ticketTypeId, day1, day2, at: (day, time) => localToUtc(day, time, TZ).toISOString() };
}

export async function buildRegistration(db: Db, event: FixtureEvent, overrides: { status?: ConfRegistrationStatus; userId?: string } = {}): Promise<FixtureRegistration> {
  const id = newId('crg');
  const key = randomBytes(32).toString('base64url');
  const email = `attendee-${id.slice(-10)}@test.example`;
  const at = new Date().toISOString();
  const status = overrides.status ?? 'confirmed';
  await db
    .insertInto('conf_registrations')
    .values({
      id,
      event_id: event.id,
      ticket_type_id: event.ticketTypeId,
      user_id: overrides.userId ?? null,
      email,
      email_key: email,
      first_name: 'Ada',
      last_name: `Farmer ${id.slice(-4)}`,
      company: 'Cherry Hill Orchards',
      business_type: 'farm',
      state: 'MI',
      sells: 'dried cherries',
      china_experience: 'none',
      interests: '["food"]',
      dietary: '',
      accessibility: '',
      consent_contact: 1,
      attendee_type: 'business',
      status,
      waitlist_position: status === 'waitlisted' ? 1 : null,
      offer_expires_at: null,
      confirmed_at: status === 'confirmed' ? at : null,
      cancelled_at: status === 'cancelled' ? at : null,
      checked_in_at: null,
      ticket_nonce: randomBytes(8).toString('hex'),
      manage_key_hash: createHash('sha256').update(key).digest('hex'),
      seller_application_id: null,
      revision: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id, key, email };
}

/** An expert with open slots at the given UTC start times (one table for all). */
export async function buildExpert(db: Db, event: FixtureEvent, starts: string[], overrides: { userId?: string; name?: string } = {}): Promise<{ id: string; slotIds: string[] }> {
  const id = newId('cex');
  const at = new Date().toISOString();
  await db
    .insertInto('conf_experts')
    .values({ id, event_id: event.id, user_id: overrides.userId ?? null, name: overrides.name ?? `Expert ${++seq}`, company: 'Gateway Marketplace', expertise: 'category', bio: 'Food & agriculture', created_at: at })
    .execute();
  const slotIds = starts.map(() => newId('cms'));
  if (starts.length) {
    await db
      .insertInto('conf_meeting_slots')
      .values(starts.map((s, i) => ({ id: slotIds[i]!, expert_id: id, event_id: event.id, starts_at: s, ends_at: slotEnd(new Date(s)).toISOString(), location: 'Expert lounge, table 1', status: 'open' as const, registration_id: null, topic: null, reminded_at: null, revision: 1, created_at: at, updated_at: at })))
      .execute();
  }
  return { id, slotIds };
}

/** A session from `startsAt` to `endsAt` with the registrant's seat in it (confirmed unless said). */
export async function buildSessionSeat(db: Db, event: FixtureEvent, registrationId: string, startsAt: string, endsAt: string, status: 'confirmed' | 'waitlisted' | 'cancelled' = 'confirmed'): Promise<string> {
  const at = new Date().toISOString();
  const roomId = newId('crm');
  await db.insertInto('conf_rooms').values({ id: roomId, event_id: event.id, name: `Room ${roomId.slice(-8)}`, hall: 'Hall A', capacity: 100, created_at: at }).execute();
  const sessionId = newId('cse');
  await db
    .insertInto('conf_sessions')
    .values({ id: sessionId, event_id: event.id, room_id: roomId, title: 'Selling dairy to China', description: '', kind: 'workshop', track: 'food', starts_at: startsAt, ends_at: endsAt, capacity: 30, held: 1, waitlist_next: 1, status: 'scheduled', revision: 1, created_at: at, updated_at: at })
    .execute();
  await db
    .insertInto('conf_session_signups')
    .values({ id: newId('css'), session_id: sessionId, registration_id: registrationId, status, waitlist_position: status === 'waitlisted' ? 1 : null, created_at: at, updated_at: at })
    .execute();
  return sessionId;
}
