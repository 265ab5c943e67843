// Stock per variant per location (US warehouse for 9610 direct mail, bonded warehouse for 1210), and the
// ledger of every movement: stock is never overwritten without a row saying who, why and by how much.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_levels')
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addColumn('seller_id', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().check(sql`location in ('us_warehouse', 'bonded')`))
    .addColumn('on_hand', 'integer', (c) => c.notNull().check(sql`on_hand >= 0`))
    .addColumn('reserved', 'integer', (c) => c.notNull().defaultTo(0).check(sql`reserved >= 0`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_levels_pk', ['variant_id', 'location'])
    .addCheckConstraint('stock_levels_available', sql`on_hand >= reserved`)
    .execute();
  await db.schema.createIndex('stock_levels_seller').on('stock_levels').columns(['seller_id', 'variant_id']).execute();

  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addColumn('seller_id', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('on_hand_after', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stock_movements_variant').on('stock_movements').columns(['variant_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stock_movements').execute();
  await db.schema.dropTable('stock_levels').execute();
}
