// Payments: one per checkout attempt to pay (it may pay several orders of one checkout), with the
// provider's trade number and whether the payer was the buyer; and every verified notification,
// kept once per (provider, notify_id) with the payer's identity fields removed.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('checkout_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('order_ids', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'captured', 'held', 'declined', 'closed', 'refunded')`))
    .addColumn('provider_trade_no', 'text')
    .addColumn('payer_check', 'text')
    .addColumn('captured_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('payments_checkout').on('payments').columns(['checkout_id', 'created_at']).execute();

  await db.schema
    .createTable('payment_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('notify_id', 'text', (c) => c.notNull())
    .addColumn('payment_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payment_notifications_once', ['provider', 'notify_id'])
    .execute();
  await db.schema.createIndex('payment_notifications_payment').on('payment_notifications').columns(['payment_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('payment_notifications').execute();
  await db.schema.dropTable('payments').execute();
}
