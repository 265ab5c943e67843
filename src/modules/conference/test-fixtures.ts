// Test data for the agenda and session sign-up: an event with rooms and ticket types, and
// registrations written straight into the tables with a manage key the test knows (only its SHA-256
// is stored, as the registration code does). It bypasses the registration rules (capacity,
// waitlist, e-mail): for tests only, never for a database with real data.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { ConfRegistrationStatus } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';

export type AgendaFixture = {
  eventId: string;
  slug: string;
  rooms: { ballroom: string; riverview: string; lab: string; small: string };
  tickets: { general: string; workshop: string };
};
export type KeyedRegistration = { id: string; key: string; email: string };

let seq = 0;

/** Gateway '27 (America/Detroit, 2027-06-22 and -23) with a 3,000-seat ballroom, two breakout rooms and a 50-seat lab. */
export async function insertAgendaEvent(db: Db, overrides: Partial<{ status: 'draft' | 'published' | 'closed' }> = {}): Promise<AgendaFixture> {
  const at = new Date().toISOString();
  const eventId = newId('cev');
  const slug = `agenda-test-${Date.now().toString(36)}-${++seq}`;
  await db
    .insertInto('conf_events')
    .values({
      id: eventId,
      slug,
      name: "Gateway '27",
      tagline: 'Sell to China',
      description: 'Two days in Detroit for US businesses selling to Chinese consumers.',
      venue_name: 'Huntington Place',
      venue_address: '1 Washington Blvd, Detroit, MI 48226',
      time_zone: 'America/Detroit',
      starts_on: '2027-06-22',
      ends_on: '2027-06-23',
      registration_opens_at: '2026-11-01T04:00:00.000Z',
      registration_closes_at: '2027-06-15T04:00:00.000Z',
      capacity: 3000,
      status: overrides.status ?? 'published',
      created_at: at,
      updated_at: at,
    })
    .execute();
  const rooms = { ballroom: newId('crm'), riverview: newId('crm'), lab: newId('crm'), small: newId('crm') };
  await db
    .insertInto('conf_rooms')
    .values([
      { id: rooms.ballroom, event_id: eventId, name: 'Grand Riverview Ballroom', hall: 'Level 3', capacity: 3000, created_at: at },
      { id: rooms.riverview, event_id: eventId, name: 'Riverview Room 320', hall: 'Level 3', capacity: 120, created_at: at },
      { id: rooms.lab, event_id: eventId, name: 'Workshop Lab 250', hall: 'Level 2', capacity: 50, created_at: at },
      { id: rooms.small, event_id: eventId, name: 'Meeting Room 140', hall: 'Hall A', capacity: 20, created_at: at },
    ])
    .execute();
  const tickets = { general: newId('ctt'), workshop: newId('ctt') };
  await db
    .insertInto('conf_ticket_types')
    .values([
      { id: tickets.general, event_id: eventId, code: 'general', name: 'General admission', description: 'Both days', price_cents: 0, quota: 3000, includes_workshops: 0, position: 1, created_at: at },
      { id: tickets.workshop, event_id: eventId, code: 'workshop', name: 'Hands-on workshop pass', description: 'Includes workshops', price_cents: 14_900, quota: 300, includes_workshops: 1, position: 2, created_at: at },
    ])
    .execute();
  return { eventId, slug, rooms, tickets };
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `count` registrations (confirmed, general admission unless told), each with its manage key. */
export async function insertKeyedRegistrations(
  db: Db,
  event: AgendaFixture,
  count: number,
  overrides: Partial<{ status: ConfRegistrationStatus; ticketTypeId: string; userId: string }> = {},
): Promise<KeyedRegistration[]> {
  const at = new Date().toISOString();
  const out: KeyedRegistration[] = [];
  const rows = Array.from({ length: count }, () => {
    const n = ++seq;
    const key = randomBytes(32).toString('base64url');
    const email = `attendee${n}-${Date.now().toString(36)}@agenda.test`;
    const id = newId('crg');
    out.push({ id, key, email });
    return {
      id,
      event_id: event.eventId,
      ticket_type_id: overrides.ticketTypeId ?? event.tickets.general,
      user_id: overrides.userId ?? null,
      email,
      email_key: email,
      first_name: `Pat${n}`,
      last_name: 'Attendee',
      company: `Great Lakes Goods ${n}`,
      business_type: 'brand',
      state: 'MI',
      sells: 'Dried cherries',
      china_experience: 'none',
      interests: '["food"]',
      dietary: '',
      accessibility: '',
      consent_contact: 1,
      attendee_type: 'business' as const,
      status: overrides.status ?? 'confirmed',
      waitlist_position: null,
      offer_expires_at: null,
      confirmed_at: at,
      cancelled_at: null,
      checked_in_at: null,
      ticket_nonce: randomBytes(8).toString('hex'),
      manage_key_hash: sha256Hex(key),
      seller_application_id: null,
      created_at: at,
      updated_at: at,
    };
  });
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('conf_registrations').values(rows.slice(i, i + 200)).execute();
  return out;
}

/** A speaker row for the event. */
export async function insertSpeakerRow(db: Db, eventId: string, name: string): Promise<string> {
  const id = newId('csp');
  await db.insertInto('conf_speakers').values({ id, event_id: eventId, name, title: 'Director', company: 'Lakeside Trade Co.', bio: `${name} helps brands export.`, photo_url: null, created_at: new Date().toISOString() }).execute();
  return id;
}
