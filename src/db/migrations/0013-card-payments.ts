// Card payments in US dollars, for what US businesses buy from Gateway itself (the conference's paid
// passes): one payment per thing paid for (purpose + subject), its provider's charge, its refund; and
// every verified provider event, kept once per (provider, event_id) so a redelivered webhook changes nothing.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('card_payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('currency', 'text', (c) => c.notNull().check(sql`currency = 'USD'`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'paid', 'void', 'refund_requested', 'refunded')`))
    .addColumn('provider_charge_id', 'text')
    .addColumn('last_failure', 'text')
    .addColumn('paid_at', 'text')
    .addColumn('refund_reason', 'text')
    .addColumn('refund_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('provider_refund_id', 'text')
    .addColumn('refunded_at', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // One payment per thing paid for: starting again returns the same payment, never a second charge.
    .addUniqueConstraint('card_payments_subject', ['purpose', 'subject_id'])
    .execute();
  await db.schema.createIndex('card_payments_status').on('card_payments').columns(['status', 'updated_at']).execute();

  await db.schema
    .createTable('card_payment_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('payment_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('card_payment_events_once', ['provider', 'event_id'])
    .execute();
  await db.schema.createIndex('card_payment_events_payment').on('card_payment_events').columns(['payment_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('card_payment_events').execute();
  await db.schema.dropTable('card_payments').execute();
}
