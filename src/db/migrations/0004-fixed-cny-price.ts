// A seller may fix a variant's CNY shelf price instead of having it converted from USD.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('product_variants').addColumn('price_cny_fen', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('product_variants').dropColumn('price_cny_fen').execute();
}
