// The Gateway conference (issue 7): events with rooms, ticket types, registrations with a waitlist and
// time-limited offers, the agenda (sessions, speakers, session sign-ups), experts' meeting slots and
// meetings, and check-ins. Capacity is kept as counters beside the limit (`held`), moved only by
// conditional updates (`set held = held + 1 where held < capacity`), so a seat is never held twice
// and capacity never goes negative on either engine.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conf_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tagline', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('venue_name', 'text', (c) => c.notNull())
    .addColumn('venue_address', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    // Local calendar days of the event, YYYY-MM-DD.
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('registration_opens_at', 'text', (c) => c.notNull())
    .addColumn('registration_closes_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    // Seats confirmed or offered (an offer holds its seat until it is claimed or lapses).
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
    // The next waitlist position to hand out (arrival order).
    .addColumn('waitlist_next', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('offer_hold_hours', 'integer', (c) => c.notNull().defaultTo(48))
    .addColumn('meeting_cap', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published', 'closed')`))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('conf_events_held', sql`held >= 0 and held <= capacity`)
    .execute();

  await db.schema
    .createTable('conf_rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hall', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity > 0`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conf_rooms_name', ['event_id', 'name'])
    .execute();

  await db.schema
    .createTable('conf_ticket_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('price_cents', 'integer', (c) => c.notNull().check(sql`price_cents >= 0`))
    .addColumn('quota', 'integer', (c) => c.notNull())
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
    // Workshops (capacity-limited hands-on sessions) need a ticket that includes them.
    .addColumn('includes_workshops', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conf_ticket_types_code', ['event_id', 'code'])
    .addCheckConstraint('conf_ticket_types_held', sql`held >= 0 and held <= quota`)
    .execute();

  await db.schema
    .createTable('conf_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('ticket_type_id', 'text', (c) => c.notNull().references('conf_ticket_types.id'))
    .addColumn('user_id', 'text')
    .addColumn('email', 'text', (c) => c.notNull())
    // Lower-cased, trimmed: one registration per e-mail per event.
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('business_type', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('sells', 'text', (c) => c.notNull())
    .addColumn('china_experience', 'text', (c) => c.notNull())
    // JSON array of interest codes.
    .addColumn('interests', 'text', (c) => c.notNull())
    .addColumn('dietary', 'text', (c) => c.notNull())
    .addColumn('accessibility', 'text', (c) => c.notNull())
    .addColumn('consent_contact', 'integer', (c) => c.notNull())
    .addColumn('attendee_type', 'text', (c) => c.notNull().check(sql`attendee_type in ('business', 'expert', 'speaker', 'staff', 'press')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('confirmed', 'waitlisted', 'offered', 'cancelled')`))
    .addColumn('waitlist_position', 'integer')
    .addColumn('offer_expires_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('checked_in_at', 'text')
    // Random per registration, in the signed ticket token: a re-issued ticket invalidates the old code.
    .addColumn('ticket_nonce', 'text', (c) => c.notNull())
    // SHA-256 (hex) of the registrant's manage key (sent once, in the confirmation e-mail's link).
    .addColumn('manage_key_hash', 'text', (c) => c.notNull())
    .addColumn('seller_application_id', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conf_registrations_email', ['event_id', 'email_key'])
    .execute();
  await db.schema.createIndex('conf_registrations_status').on('conf_registrations').columns(['event_id', 'status', 'waitlist_position']).execute();
  await db.schema.createIndex('conf_registrations_offer').on('conf_registrations').columns(['status', 'offer_expires_at']).execute();
  await db.schema.createIndex('conf_registrations_user').on('conf_registrations').columns(['user_id']).execute();

  await db.schema
    .createTable('conf_speakers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('bio', 'text', (c) => c.notNull())
    .addColumn('photo_url', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conf_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('conf_rooms.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('keynote', 'breakout', 'workshop', 'networking')`))
    .addColumn('track', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    // Seats for sign-up; null: the room's capacity.
    .addColumn('capacity', 'integer')
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waitlist_next', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'cancelled')`))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('conf_sessions_time', sql`ends_at > starts_at and held >= 0`)
    .execute();
  await db.schema.createIndex('conf_sessions_room').on('conf_sessions').columns(['room_id', 'starts_at']).execute();
  await db.schema.createIndex('conf_sessions_event').on('conf_sessions').columns(['event_id', 'starts_at']).execute();

  await db.schema
    .createTable('conf_session_speakers')
    .addColumn('session_id', 'text', (c) => c.notNull().references('conf_sessions.id'))
    .addColumn('speaker_id', 'text', (c) => c.notNull().references('conf_speakers.id'))
    .addPrimaryKeyConstraint('conf_session_speakers_pk', ['session_id', 'speaker_id'])
    .execute();
  await db.schema.createIndex('conf_session_speakers_speaker').on('conf_session_speakers').columns(['speaker_id']).execute();

  await db.schema
    .createTable('conf_session_signups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('conf_sessions.id'))
    .addColumn('registration_id', 'text', (c) => c.notNull().references('conf_registrations.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('confirmed', 'waitlisted', 'cancelled')`))
    .addColumn('waitlist_position', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conf_session_signups_once', ['session_id', 'registration_id'])
    .execute();
  await db.schema.createIndex('conf_session_signups_registration').on('conf_session_signups').columns(['registration_id']).execute();

  await db.schema
    .createTable('conf_experts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('user_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('expertise', 'text', (c) => c.notNull().check(sql`expertise in ('category', 'logistics', 'payments', 'legal', 'marketing')`))
    .addColumn('bio', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conf_meeting_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expert_id', 'text', (c) => c.notNull().references('conf_experts.id'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'requested', 'booked', 'closed')`))
    .addColumn('registration_id', 'text')
    .addColumn('topic', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conf_meeting_slots_time', ['expert_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('conf_meeting_slots_registration').on('conf_meeting_slots').columns(['registration_id']).execute();

  await db.schema
    .createTable('conf_checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('registration_id', 'text', (c) => c.notNull().references('conf_registrations.id'))
    // The scanning device's own id for this scan: a queued scan replayed after an outage is stored once.
    .addColumn('scan_id', 'text', (c) => c.notNull().unique())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('staff_user_id', 'text', (c) => c.notNull())
    .addColumn('scanned_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('checked_in', 'duplicate')`))
    .execute();
  await db.schema.createIndex('conf_checkins_event').on('conf_checkins').columns(['event_id', 'scanned_at']).execute();
  await db.schema.createIndex('conf_checkins_registration').on('conf_checkins').columns(['registration_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['conf_checkins', 'conf_meeting_slots', 'conf_experts', 'conf_session_signups', 'conf_session_speakers', 'conf_sessions', 'conf_speakers', 'conf_registrations', 'conf_ticket_types', 'conf_rooms', 'conf_events']) {
    await db.schema.dropTable(table).execute();
  }
}
