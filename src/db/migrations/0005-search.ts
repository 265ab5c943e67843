// Product search: search_documents (one denormalised row per published product, with the facet
// columns) and its full-text index, which differs by engine — an FTS5 virtual table on SQLite
// (rowid = doc_id), a weighted tsvector column with a GIN index on PostgreSQL. search_meta holds
// the index version (the search answers' ETag).
import { sql, SqliteAdapter, type Kysely } from 'kysely';

const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = isSqlite(db);
  await db.schema
    .createTable('search_documents')
    .addColumn('doc_id', sqlite ? 'integer' : 'bigserial', (c) => (sqlite ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('product_id', 'text', (c) => c.notNull().unique())
    .addColumn('seller_id', 'text', (c) => c.notNull())
    .addColumn('seller_name', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('title_en_key', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('origin_state', 'text', (c) => c.notNull())
    .addColumn('mode_9610', 'integer', (c) => c.notNull())
    .addColumn('mode_1210', 'integer', (c) => c.notNull())
    .addColumn('in_stock', 'integer', (c) => c.notNull())
    .addColumn('price_from_fen', 'bigint')
    .addColumn('sales_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('image_media_id', 'text')
    .addColumn('image_url', 'text')
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['category', 'origin_state', 'seller_id', 'price_from_fen']) {
    await db.schema.createIndex(`search_documents_${column}`).on('search_documents').column(column).execute();
  }
  // The browsing orders (newest, best-selling) read these backwards instead of sorting every document.
  await db.schema.createIndex('search_documents_newest').on('search_documents').columns(['published_at', 'product_id']).execute();
  await db.schema.createIndex('search_documents_popular').on('search_documents').columns(['sales_count', 'published_at', 'product_id']).execute();
  if (sqlite) {
    // Contentless: the terms live only in the index; rows are replaced by rowid (contentless_delete).
    await sql`create virtual table search_fts using fts5(title, attrs, body, meta, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  } else {
    await sql`alter table search_documents add column tsv tsvector`.execute(db);
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
  }
  await db.schema
    .createTable('search_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('fx_rate_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('search_meta').ifExists().execute();
  await db.schema.dropTable('search_documents').ifExists().execute();
}
