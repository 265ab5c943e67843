// Seller onboarding (applications, attachments, invitations), store profiles, the positive list,
// products with variants and images, uploaded media, and bulk imports.
import { sql, type Kysely } from 'kysely';

const checkIn = (column: string, values: string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('media_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_kind', 'text', (c) => c.notNull().check(checkIn('owner_kind', ['seller', 'user'])))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().check(checkIn('purpose', ['product_image', 'store_logo', 'application_attachment'])))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('variants', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('media_files_owner').on('media_files').columns(['owner_kind', 'owner_id', 'purpose']).execute();

  await db.schema
    .createTable('seller_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('applicant_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['draft', 'submitted', 'changes_requested', 'approved', 'rejected'])))
    .addColumn('legal_name', 'text')
    .addColumn('trade_name', 'text')
    .addColumn('ein', 'text')
    .addColumn('state', 'text')
    .addColumn('city', 'text')
    .addColumn('business_type', 'text')
    .addColumn('year_founded', 'integer')
    .addColumn('headcount', 'integer')
    .addColumn('website', 'text')
    .addColumn('products_description', 'text')
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('china_experience', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('food_facility_number', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('seller_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seller_applications_applicant').on('seller_applications').column('applicant_user_id').execute();
  await db.schema.createIndex('seller_applications_status').on('seller_applications').columns(['status', 'id']).execute();

  await db.schema
    .createTable('application_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('seller_applications.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['trademark_registration', 'trademark_authorisation', 'food_facility_registration', 'other'])))
    .addColumn('media_id', 'text', (c) => c.notNull().references('media_files.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_attachments_app').on('application_attachments').column('application_id').execute();

  await db.schema
    .createTable('seller_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seller_id', 'text', (c) => c.notNull().references('sellers.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seller_invitations_seller').on('seller_invitations').columns(['seller_id', 'created_at']).execute();

  for (const [column, type] of [
    ['store_name_en', 'text'],
    ['store_name_zh', 'text'],
    ['story_en', 'text'],
    ['story_zh', 'text'],
    ['logo_media_id', 'text'],
    ['shipping_modes', 'text'],
    ['ein', 'text'],
    ['food_facility_number', 'text'],
    ['website', 'text'],
  ] as const) {
    await db.schema.alterTable('sellers').addColumn(column, type).execute();
  }

  await db.schema
    .createTable('positive_list_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('announcement', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('source_sha256', 'text', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('imported_by', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('positive_list_versions_effective').on('positive_list_versions').columns(['effective_from', 'id']).execute();

  await db.schema
    .createTable('positive_list_lines')
    .addColumn('version_id', 'text', (c) => c.notNull().references('positive_list_versions.id').onDelete('cascade'))
    .addColumn('hs_code', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('remark_type', 'text', (c) => c.notNull().check(checkIn('remark_type', ['none', 'exclusion', 'trade_mode', 'product_name', 'quantity_cap'])))
    .addColumn('remark', 'text')
    .addColumn('cap_quantity', 'integer')
    .addColumn('cap_unit', 'text')
    .addPrimaryKeyConstraint('positive_list_lines_pk', ['version_id', 'hs_code'])
    .execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seller_id', 'text', (c) => c.notNull().references('sellers.id'))
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['draft', 'published', 'suspended', 'archived'])))
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('description_zh', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('origin_state', 'text', (c) => c.notNull())
    .addColumn('hs_code', 'text', (c) => c.notNull())
    .addColumn('shipping_modes', 'text', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('published_at', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('products_seller_handle', ['seller_id', 'handle'])
    .execute();
  await db.schema.createIndex('products_seller_status').on('products').columns(['seller_id', 'status', 'id']).execute();
  await db.schema.createIndex('products_status').on('products').columns(['status', 'id']).execute();

  await db.schema
    .createTable('product_variants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('seller_id', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('barcode', 'text')
    .addColumn('weight_grams', 'integer', (c) => c.notNull())
    .addColumn('price_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('statutory_unit', 'text', (c) => c.notNull().check(checkIn('statutory_unit', ['ml', 'g', 'piece'])))
    .addColumn('statutory_qty', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('product_variants_seller_sku', ['seller_id', 'sku'])
    .execute();
  await db.schema.createIndex('product_variants_product').on('product_variants').columns(['product_id', 'position']).execute();

  await db.schema
    .createTable('product_images')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('media_id', 'text', (c) => c.notNull().references('media_files.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('alt_zh', 'text')
    .addPrimaryKeyConstraint('product_images_pk', ['product_id', 'media_id'])
    .execute();

  await db.schema
    .createTable('catalog_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seller_id', 'text', (c) => c.notNull().references('sellers.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['validated', 'imported', 'discarded'])))
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('valid_rows', 'integer', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .addColumn('rows', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text')
    .execute();
  await db.schema.createIndex('catalog_imports_seller').on('catalog_imports').columns(['seller_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['catalog_imports', 'product_images', 'product_variants', 'products', 'positive_list_lines', 'positive_list_versions', 'seller_invitations', 'application_attachments', 'seller_applications', 'media_files']) {
    await db.schema.dropTable(t).execute();
  }
  for (const c of ['store_name_en', 'store_name_zh', 'story_en', 'story_zh', 'logo_media_id', 'shipping_modes', 'ein', 'food_facility_number', 'website']) {
    await db.schema.alterTable('sellers').dropColumn(c).execute();
  }
}
