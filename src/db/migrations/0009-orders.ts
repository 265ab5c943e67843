// Orders: one per parcel (one seller, one shipping mode) of a checkout, priced by a fresh quote and
// holding its stock as reservations (stock_levels.reserved) until shipped, cancelled or expired. The
// buyer is a verified identity; its keyed ID hash is copied onto the order, because the annual limit
// counts per person, across accounts. Every status change is an order event. Idempotency keys keep
// the first answer of a create request for a day, so a retried checkout never orders twice.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Customs orderNo: ≤ 30 characters, unique per platform.
    .addColumn('order_no', 'text', (c) => c.notNull().unique())
    .addColumn('checkout_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('seller_id', 'text', (c) => c.notNull())
    .addColumn('identity_id', 'text', (c) => c.notNull())
    .addColumn('buyer_id_hash', 'text', (c) => c.notNull())
    .addColumn('buyer_name', 'text', (c) => c.notNull())
    .addColumn('address_id', 'text', (c) => c.notNull())
    .addColumn('consignee', 'text', (c) => c.notNull())
    .addColumn('consignee_phone', 'text', (c) => c.notNull())
    .addColumn('consignee_address', 'text', (c) => c.notNull())
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('9610', '1210')`))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('quote_id', 'text', (c) => c.notNull())
    .addColumn('fx_rate_id', 'text', (c) => c.notNull())
    .addColumn('tax_path', 'text', (c) => c.notNull())
    .addColumn('goods_fen', 'bigint', (c) => c.notNull())
    .addColumn('freight_fen', 'bigint', (c) => c.notNull())
    .addColumn('insurance_fen', 'bigint', (c) => c.notNull())
    .addColumn('discount_fen', 'bigint', (c) => c.notNull())
    .addColumn('tax_fen', 'bigint', (c) => c.notNull())
    .addColumn('total_fen', 'bigint', (c) => c.notNull())
    .addColumn('dutiable_fen', 'bigint', (c) => c.notNull())
    // What this order adds to the buyer's year, on the limits' basis at the time it was placed.
    .addColumn('counts_toward_year_fen', 'bigint', (c) => c.notNull())
    // The calendar year (China time) the order counts toward.
    .addColumn('limit_year', 'integer', (c) => c.notNull())
    .addColumn('payment_due_at', 'text', (c) => c.notNull())
    .addColumn('paid_at', 'text')
    .addColumn('cleared_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('refund_from', 'text')
    .addColumn('refund_requested_at', 'text')
    .addColumn('refund_approved_at', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('orders_total', sql`total_fen >= 0 and tax_fen >= 0 and goods_fen >= 0`)
    .execute();
  await db.schema.createIndex('orders_user').on('orders').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('orders_seller').on('orders').columns(['seller_id', 'id']).execute();
  await db.schema.createIndex('orders_buyer_year').on('orders').columns(['buyer_id_hash', 'limit_year']).execute();
  await db.schema.createIndex('orders_due').on('orders').columns(['status', 'payment_due_at']).execute();
  await db.schema.createIndex('orders_checkout').on('orders').columns(['checkout_id']).execute();

  await db.schema
    .createTable('order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('hs_code', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().check(sql`location in ('us_warehouse', 'bonded')`))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('unit_price_fen', 'bigint', (c) => c.notNull())
    .addColumn('goods_fen', 'bigint', (c) => c.notNull())
    .addColumn('freight_fen', 'bigint', (c) => c.notNull())
    .addColumn('insurance_fen', 'bigint', (c) => c.notNull())
    .addColumn('dutiable_fen', 'bigint', (c) => c.notNull())
    .addColumn('tariff_fen', 'bigint', (c) => c.notNull())
    .addColumn('consumption_tax_fen', 'bigint', (c) => c.notNull())
    .addColumn('vat_fen', 'bigint', (c) => c.notNull())
    .addColumn('tax_fen', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('order_lines_position', ['order_id', 'position'])
    .execute();
  await db.schema.createIndex('order_lines_variant').on('order_lines').columns(['variant_id']).execute();

  await db.schema
    .createTable('order_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('order_events_order').on('order_events').columns(['order_id', 'id']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'scope', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_expiry').on('idempotency_keys').columns(['expires_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
  await db.schema.dropTable('order_events').execute();
  await db.schema.dropTable('order_lines').execute();
  await db.schema.dropTable('orders').execute();
}
