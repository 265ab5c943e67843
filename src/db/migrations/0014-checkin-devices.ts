// Check-in devices: a phone or laptop at the conference door that checks attendees in without an
// operator's account. Each has its own key (only the key's SHA-256 is stored; the key is shown once),
// belongs to one event, and can be revoked; last_seen_at says which devices are still in use.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conf_checkin_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('conf_events.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_seen_at', 'text')
    .execute();
  await db.schema.createIndex('conf_checkin_devices_event').on('conf_checkin_devices').columns(['event_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conf_checkin_devices').execute();
}
