import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput } from '../../../test/catalog.js';
import { buildSeller } from '../../../test/factories.js';
import { AppError } from '../../platform/errors.js';
import { createProduct, previewCatalogUpsert, upsertCatalogRows, type CatalogRow } from './index.js';

let app: TestApp;
const settings = { foodFacilityRequired: false };
const ctx = () => ({ db: app.db, actor: null, now: new Date(), requestId: null });

function catalogRow(handle: string, sku: string, overrides: { product?: Partial<CatalogRow['product']>; variant?: Partial<CatalogRow['variant']> } = {}, row = 2): CatalogRow {
  return {
    row,
    handle,
    sku,
    product: { titleEn: 'Dried Tart Cherries', category: 'food', brand: 'Traverse Bay', originState: 'MI', hsCode: '08134090', shippingModes: ['9610'], ...overrides.product },
    variant: { weightGrams: 260, priceMinor: 1299, statutoryUnit: 'g', statutoryQty: 227, ...overrides.variant },
  };
}

const upsert = (sellerId: string, rows: CatalogRow[]) => app.db.transaction().execute((trx) => upsertCatalogRows({ ...ctx(), db: trx }, sellerId, rows, settings));
const productOf = (sellerId: string, handle: string) => app.db.selectFrom('products').selectAll().where('seller_id', '=', sellerId).where('handle', '=', handle).executeTakeFirstOrThrow();
const variantsOf = (productId: string) => app.db.selectFrom('product_variants').selectAll().where('product_id', '=', productId).orderBy('position').execute();

beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

describe('bulk upsert of catalog rows', () => {
  it('updates only the columns the file has, merges the label, and keeps what imports do not carry', async () => {
    const { seller } = await buildSeller(app.db);
    const input = cherryInput({ handle: 'merge', attributes: { 产地: '密歇根' }, variants: [{ ...cherryInput().variants[0]!, sku: 'MRG-1' }] });
    const created = await createProduct(ctx(), seller.id, input);

    const result = await upsert(seller.id, [
      catalogRow('merge', 'MRG-1', { product: { titleEn: 'Tart Cherries', label: { storage: '', shelfLife: '18个月' } }, variant: { priceMinor: 1499 } }),
      catalogRow('merge', 'MRG-2', { variant: { options: { 规格: '454 g' }, barcode: null } }, 3),
    ]);
    expect(result).toEqual({ productsCreated: 0, productsUpdated: 1, variantsCreated: 1, variantsUpdated: 1, publishedNowIneligible: [] });

    const product = await productOf(seller.id, 'merge');
    expect(product).toMatchObject({ id: created.id, title_en: 'Tart Cherries', title_zh: input.titleZh, description_zh: input.descriptionZh, revision: 2, status: 'draft' });
    expect(JSON.parse(product.attributes)).toEqual({ 产地: '密歇根' });
    const { storage: _dropped, ...label } = input.label!;
    expect(JSON.parse(product.label)).toEqual({ ...label, shelfLife: '18个月' });
    const variants = await variantsOf(product.id);
    expect(variants.map((v) => [v.sku, v.position, v.price_minor, v.barcode, JSON.parse(v.options)])).toEqual([
      ['MRG-1', 0, 1499, '0012345678905', { 规格: '227 g' }],
      ['MRG-2', 1, 1299, null, { 规格: '454 g' }],
    ]);
  });

  it('writes nothing for rows that change nothing', async () => {
    const { seller } = await buildSeller(app.db);
    const rows = [catalogRow('same', 'SAME-1', { product: { label: { ingredients: '樱桃', netContent: '227克' } } }), catalogRow('same', 'SAME-2', {}, 3)];
    expect(await upsert(seller.id, rows)).toMatchObject({ productsCreated: 1, variantsCreated: 2 });
    const before = await productOf(seller.id, 'same');
    // The stored label's key order does not matter.
    await app.db.updateTable('products').set({ label: JSON.stringify({ netContent: '227克', ingredients: '樱桃' }) }).where('id', '=', before.id).execute();
    expect(await previewCatalogUpsert(app.db, seller.id, rows)).toEqual({ errors: [], counts: { products: { toCreate: 0, toUpdate: 0 }, variants: { toCreate: 0, toUpdate: 0 } } });
    expect(await upsert(seller.id, rows)).toMatchObject({ productsUpdated: 0, variantsUpdated: 0 });
    expect((await productOf(seller.id, 'same')).revision).toBe(before.revision);
  });

  it('updates and creates across statement chunks (1200 variants), in one go', async () => {
    const { seller } = await buildSeller(app.db);
    const rows = Array.from({ length: 1200 }, (_, i) => catalogRow(`bulk-${Math.floor(i / 4)}`, `BULK-${i}`, { variant: { priceMinor: 1000 + i } }, i + 2));
    expect(await upsert(seller.id, rows)).toMatchObject({ productsCreated: 300, variantsCreated: 1200 });
    const changed = rows.map((r) => ({ ...r, product: { ...r.product, titleZh: '酸樱桃干' }, variant: { ...r.variant, priceMinor: r.variant.priceMinor + 1 } }));
    expect(await upsert(seller.id, changed)).toMatchObject({ productsCreated: 0, productsUpdated: 300, variantsCreated: 0, variantsUpdated: 1200 });
    const stored = await app.db.selectFrom('product_variants').select(['sku', 'price_minor']).where('seller_id', '=', seller.id).execute();
    expect(stored).toHaveLength(1200);
    expect(stored.every((v) => v.price_minor === 1001 + Number(v.sku.slice(5)))).toBe(true);
    const titles = await app.db.selectFrom('products').select(['title_zh', 'revision']).where('seller_id', '=', seller.id).execute();
    expect(titles.every((p) => p.title_zh === '酸樱桃干' && p.revision === 2)).toBe(true);
    const audits = await app.db.selectFrom('audit_log').select('subject_id').where('action', '=', 'product.price_changed').where('data', 'like', '%"BULK-%').execute();
    expect(audits).toHaveLength(1200);
  });

  it('refuses the whole batch when a row no longer fits the catalog, and writes nothing', async () => {
    const { seller } = await buildSeller(app.db);
    await createProduct(ctx(), seller.id, cherryInput({ handle: 'owner', variants: [{ ...cherryInput().variants[0]!, sku: 'TAKEN-1' }] }));
    const full = await createProduct(ctx(), seller.id, cherryInput({ handle: 'full', variants: Array.from({ length: 50 }, (_, i) => ({ ...cherryInput().variants[0]!, sku: `FULL-${i}` })) }));
    const rows = [catalogRow('new-one', 'NEW-1'), catalogRow('new-one', 'TAKEN-1', {}, 3), catalogRow('full', 'FULL-50', {}, 4), catalogRow('full', 'FULL-0', { variant: { priceMinor: 1 } }, 5)];
    const preview = await previewCatalogUpsert(app.db, seller.id, rows);
    expect(preview.errors).toEqual([
      { row: 3, column: 'sku', message: 'TAKEN-1 is already used by your product "owner" (a SKU belongs to one product)' },
      { row: 4, column: 'sku', message: 'product "full" would have more than 50 variants' },
    ]);
    expect(preview.counts).toEqual({ products: { toCreate: 1, toUpdate: 1 }, variants: { toCreate: 1, toUpdate: 1 } });

    const failure = await upsert(seller.id, rows).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'import_conflict', message: expect.stringContaining('TAKEN-1') });
    expect(await app.db.selectFrom('products').select('id').where('handle', '=', 'new-one').execute()).toEqual([]);
    expect((await variantsOf(full.id)).find((v) => v.sku === 'FULL-0')!.price_minor).toBe(1299);
  });
});
