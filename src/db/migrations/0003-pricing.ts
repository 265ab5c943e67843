// Landed-cost tables: FX-rate history, VAT rates per tariff line, consumption-tax rules by HS heading,
// MFN and additional tariffs, freight by mode and zone, platform settings, and issued quotes.
import { sql, type Kysely } from 'kysely';

const checkIn = (column: string, values: string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fx_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('base', 'text', (c) => c.notNull().check(checkIn('base', ['USD', 'CNY'])))
    .addColumn('quote', 'text', (c) => c.notNull().check(checkIn('quote', ['USD', 'CNY'])))
    .addColumn('rate_micro', 'bigint', (c) => c.notNull().check(sql`rate_micro > 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fx_rates_pair_effective').on('fx_rates').columns(['base', 'quote', 'effective_from', 'id']).execute();

  await db.schema
    .createTable('vat_rates')
    .addColumn('hs_code', 'text', (c) => c.primaryKey())
    .addColumn('vat_bp', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('consumption_tax_rules')
    .addColumn('hs_prefix', 'text', (c) => c.primaryKey())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tariff_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hs_prefix', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['mfn', 'additional'])))
    .addColumn('origin', 'text')
    .addColumn('rate_bp', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tariff_rates_lookup').on('tariff_rates').columns(['kind', 'hs_prefix', 'effective_from']).execute();

  await db.schema
    .createTable('freight_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mode', 'text', (c) => c.notNull().check(checkIn('mode', ['9610', '1210'])))
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('max_weight_g', 'integer', (c) => c.notNull())
    .addColumn('fee_fen', 'integer', (c) => c.notNull())
    .addColumn('min_days', 'integer', (c) => c.notNull())
    .addColumn('max_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('freight_rates_bracket', ['mode', 'zone', 'max_weight_g'])
    .execute();

  await db.schema
    .createTable('province_zones')
    .addColumn('province', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('zone', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('platform_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('quotes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('buyer_user_id', 'text')
    .addColumn('fx_rate_id', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('total_fen', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['quotes', 'platform_settings', 'province_zones', 'freight_rates', 'tariff_rates', 'consumption_tax_rules', 'vat_rates', 'fx_rates']) {
    await db.schema.dropTable(t).execute();
  }
}
