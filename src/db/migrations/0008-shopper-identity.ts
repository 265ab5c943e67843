// What a shopper must give before a cross-border order (DOMAIN.md §6–§7): verified identities (real
// name, resident ID, mainland mobile) with the ID number encrypted (AES-256-GCM) and findable only
// by a keyed hash; the separate consent to process it for customs; the address book; and the risk
// notice each shopper confirmed, by notice version.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shopper_identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('real_name', 'text', (c) => c.notNull())
    // "v1:" + base64url(iv | tag | ciphertext); the key version leads, so keys can be rotated.
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    // HMAC-SHA256 of the normalised ID number under a key of its own: the annual limit's key.
    .addColumn('id_number_hash', 'text', (c) => c.notNull())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'removed')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addUniqueConstraint('shopper_identities_person', ['user_id', 'id_number_hash'])
    .execute();
  await db.schema.createIndex('shopper_identities_hash').on('shopper_identities').columns(['id_number_hash']).execute();

  await db.schema
    .createTable('identity_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('identity_id', 'text', (c) => c.notNull().references('shopper_identities.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('notice_version', 'text', (c) => c.notNull())
    .addColumn('consented_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('identity_consents_identity').on('identity_consents').columns(['identity_id', 'consented_at']).execute();

  await db.schema
    .createTable('shopper_addresses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text', (c) => c.notNull())
    // The default address is the one made default most recently (no flag to clear on the others).
    .addColumn('made_default_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('shopper_addresses_user').on('shopper_addresses').columns(['user_id', 'deleted_at']).execute();

  await db.schema
    .createTable('risk_notice_confirmations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('notice_version', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('risk_notice_confirmations_once', ['user_id', 'notice_version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('risk_notice_confirmations').execute();
  await db.schema.dropTable('shopper_addresses').execute();
  await db.schema.dropTable('identity_consents').execute();
  await db.schema.dropTable('shopper_identities').execute();
}
