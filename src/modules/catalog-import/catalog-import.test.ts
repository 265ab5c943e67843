import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput, loadTestList, productImage, storeOwner, type StoreOwner } from '../../../test/catalog.js';
import { signedInAs } from '../../../test/factories.js';
import { COLUMNS } from './columns.js';
import { catalogCsv, TEMPLATE_ROWS, type FileRow } from './template.js';

let app: TestApp;
type Seller = StoreOwner;
let seller: Seller;
let other: Seller;

const csv = { headers: { 'content-type': 'text/csv' } };
const upload = (who: Seller, body: string, fileName = 'products.csv') => who.client.post(`/api/v1/seller/catalog-imports?fileName=${encodeURIComponent(fileName)}`, body, csv);
const commit = (who: Seller, id: string) => who.client.post(`/api/v1/seller/catalog-imports/${id}/commit`);
/** A cherry product row: the template's first row with overrides. */
const row = (overrides: FileRow = {}): Record<string, string> => ({ ...TEMPLATE_ROWS[0], ...overrides }) as Record<string, string>;

const variantsOf = (sellerId: string) =>
  app.db.selectFrom('product_variants').innerJoin('products', 'products.id', 'product_variants.product_id').select(['sku', 'price_minor', 'handle', 'products.id as productId', 'revision', 'status']).where('product_variants.seller_id', '=', sellerId).orderBy('sku').execute();

beforeAll(async () => {
  app = await makeTestApp();
  await loadTestList(app);
  seller = await storeOwner(app);
  other = await storeOwner(app);
});
afterAll(async () => app.cleanup());

describe('catalog import', () => {
  it('serves a template that imports cleanly, and imports it as one draft product with two variants', async () => {
    const template = await seller.client.get('/api/v1/seller/catalog-imports/template.csv');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    expect(template.headers['content-disposition']).toBe('attachment; filename="gateway-products-template.csv"');
    expect(template.body.startsWith('\uFEFF')).toBe(true);
    expect(template.body.slice(1).split('\n')[0]).toBe(COLUMNS.join(','));
    // The copy in docs/ is the same file.
    expect(readFileSync(new URL('../../../docs/catalog-import-template.csv', import.meta.url), 'utf8')).toBe(template.body);

    const checked = await upload(seller, template.body, 'template.csv');
    expect(checked.statusCode).toBe(201);
    const report = checked.json();
    expect(report).toMatchObject({ fileName: 'template.csv', status: 'validated', totalRows: 2, validRows: 2, errorCount: 0, errors: [], products: { toCreate: 1, toUpdate: 0 }, variants: { toCreate: 2, toUpdate: 0 }, result: null });
    expect(await variantsOf(seller.sellerId)).toEqual([]);

    const done = await commit(seller, report.id);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'imported', result: { productsCreated: 1, productsUpdated: 0, variantsCreated: 2, variantsUpdated: 0, publishedNowIneligible: [] } });
    const products = (await seller.client.get('/api/v1/seller/products')).json().items;
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({
      handle: 'dried-montmorency-tart-cherries',
      status: 'draft',
      titleZh: '美国密歇根蒙莫朗西酸樱桃干',
      shippingModes: ['9610', '1210'],
      label: { ingredients: '酸樱桃、蔗糖、葵花籽油', netContent: '227克 / 454克' },
      variants: [
        { sku: 'TBC-227', options: { 规格: '227 g' }, barcode: '0012345678905', weightGrams: 260, price: { amountMinor: 1299, currency: 'USD' }, statutoryUnit: 'g', statutoryQty: 227 },
        { sku: 'TBC-454', options: { 规格: '454 g' }, price: { amountMinor: 2299, currency: 'USD' }, statutoryQty: 454 },
      ],
    });
  });

  it('reports each bad row by row and column, and commits exactly the good ones', async () => {
    const file = catalogCsv([
      row({ handle: 'mixed-a', sku: 'MIX-A1' }),
      row({ handle: 'mixed-a', sku: 'MIX-A2', price_usd: '12.999' }),
      row({ handle: 'mixed-b', sku: 'MIX-B1', category: 'weapons' }),
      row({ handle: 'mixed-c', sku: 'MIX-C1', barcode: '0012345678901' }),
      row({ handle: 'mixed-c', sku: 'MIX-C2', barcode: '' }),
    ]);
    const report = (await upload(seller, file)).json();
    expect(report).toMatchObject({ totalRows: 5, validRows: 2, errorCount: 3, products: { toCreate: 2 }, variants: { toCreate: 2 } });
    expect(report.errors).toEqual([
      { row: 3, column: 'price_usd', message: expect.stringContaining('more than 2 decimals') },
      { row: 4, column: 'category', message: expect.stringContaining('must be one of food, health') },
      { row: 5, column: 'barcode', message: expect.stringContaining('check digit') },
    ]);
    expect((await commit(seller, report.id)).json().result).toMatchObject({ productsCreated: 2, variantsCreated: 2 });
    const skus = (await variantsOf(seller.sellerId)).map((v) => v.sku).filter((s) => s.startsWith('MIX'));
    expect(skus).toEqual(['MIX-A1', 'MIX-C2']);
  });

  it('updates by SKU on re-import: no duplicates, prices changed and audited, unchanged rows left alone', async () => {
    const rows = [row({ handle: 'again', sku: 'AGN-1', price_usd: '10.00' }), row({ handle: 'again', sku: 'AGN-2', price_usd: '20.00' })];
    const first = (await upload(seller, catalogCsv(rows))).json();
    await commit(seller, first.id);
    const [before] = await variantsOf(seller.sellerId).then((vs) => vs.filter((v) => v.sku === 'AGN-1'));

    const same = (await upload(seller, catalogCsv(rows))).json();
    expect(same).toMatchObject({ validRows: 2, products: { toCreate: 0, toUpdate: 0 }, variants: { toCreate: 0, toUpdate: 0 } });

    // AGN-2 is not in the file: an import adds and updates, it never removes.
    const changed = catalogCsv([{ ...rows[0]!, price_usd: '11.50' }, row({ handle: 'again', sku: 'AGN-3', price_usd: '30' })]);
    const second = (await upload(seller, changed)).json();
    expect(second).toMatchObject({ products: { toCreate: 0, toUpdate: 1 }, variants: { toCreate: 1, toUpdate: 1 } });
    expect((await commit(seller, second.id)).json().result).toMatchObject({ productsCreated: 0, productsUpdated: 1, variantsCreated: 1, variantsUpdated: 1 });

    const after = (await variantsOf(seller.sellerId)).filter((v) => v.handle === 'again');
    expect(after.map((v) => [v.sku, v.price_minor])).toEqual([['AGN-1', 1150], ['AGN-2', 2000], ['AGN-3', 3000]]);
    expect(new Set(after.map((v) => v.productId)).size).toBe(1);
    expect(after[0]!.revision).toBe(before!.revision + 1);
    const audit = await app.db.selectFrom('audit_log').select(['action', 'subject_id', 'data']).where('action', 'in', ['product.price_changed', 'catalog.imported']).where('actor_id', '=', seller.userId).orderBy('id').execute();
    expect(audit.filter((a) => a.action === 'product.price_changed').map((a) => [a.subject_id, JSON.parse(a.data!)])).toEqual([[before!.productId, { sku: 'AGN-1', fromMinor: 1000, toMinor: 1150, currency: 'USD' }]]);
    expect(JSON.parse(audit.filter((a) => a.action === 'catalog.imported').at(-1)!.data!)).toMatchObject({ rows: 2, productsUpdated: 1, variantsCreated: 1, variantsUpdated: 1 });
  });

  it('commits an import once: a second commit, concurrent or later, gets 409 and writes nothing', async () => {
    const checked = (await upload(seller, catalogCsv([row({ handle: 'once', sku: 'ONCE-1' })]))).json();
    const answers = await Promise.all([commit(seller, checked.id), commit(seller, checked.id)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error.code).toBe('import_already_committed');
    expect((await commit(seller, checked.id)).json().error.code).toBe('import_already_committed');
    expect((await variantsOf(seller.sellerId)).filter((v) => v.sku === 'ONCE-1')).toHaveLength(1);
    expect((await seller.client.post(`/api/v1/seller/catalog-imports/${checked.id}/discard`)).json().error.code).toBe('import_already_committed');
  });

  it('discards a checked file; a discarded import cannot be committed', async () => {
    const checked = (await upload(seller, catalogCsv([row({ handle: 'dropped', sku: 'DROP-1' })]))).json();
    const discarded = await seller.client.post(`/api/v1/seller/catalog-imports/${checked.id}/discard`);
    expect(discarded.json()).toMatchObject({ id: checked.id, status: 'discarded' });
    expect((await seller.client.post(`/api/v1/seller/catalog-imports/${checked.id}/discard`)).statusCode).toBe(200);
    const res = await commit(seller, checked.id);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'import_discarded']);
    expect((await variantsOf(seller.sellerId)).some((v) => v.sku === 'DROP-1')).toBe(false);
  });

  it('refuses to commit a file with no valid row', async () => {
    const checked = (await upload(seller, catalogCsv([row({ handle: 'bad', sku: 'BAD-1', price_usd: '0' })]))).json();
    expect(checked).toMatchObject({ validRows: 0, errors: [{ row: 2, column: 'price_usd', message: 'must be more than 0' }] });
    const res = await commit(seller, checked.id);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'nothing_to_import']);
  });

  it('fails the whole commit, naming the SKU, when a SKU was taken by another product after the check', async () => {
    const checked = (await upload(seller, catalogCsv([row({ handle: 'race-a', sku: 'RACE-1' }), row({ handle: 'race-b', sku: 'RACE-2' })]))).json();
    expect(checked.validRows).toBe(2);
    const taken = await seller.client.post('/api/v1/seller/products', cherryInput({ handle: 'race-elsewhere', variants: [{ ...cherryInput().variants[0]!, sku: 'RACE-2' }] }));
    expect(taken.statusCode).toBe(201);
    const countBefore = await variantsOf(seller.sellerId);

    const res = await commit(seller, checked.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'import_conflict', message: expect.stringContaining('RACE-2'), details: { errors: [{ row: 3, column: 'sku' }] } });
    expect(await variantsOf(seller.sellerId)).toEqual(countBefore);
    expect((await app.db.selectFrom('products').select('id').where('handle', '=', 'race-a').execute()).length).toBe(0);
    expect((await seller.client.get(`/api/v1/seller/catalog-imports/${checked.id}`)).json()).toMatchObject({ status: 'validated', result: null });
  });

  it('keeps statuses, and reports published products that an update made ineligible', async () => {
    const imageId = await productImage(app, seller.sellerId, seller.userId);
    const product = (await seller.client.post('/api/v1/seller/products', cherryInput({ handle: 'listed', imageIds: [imageId], variants: [{ ...cherryInput().variants[0]!, sku: 'PUB-1' }] }))).json();
    expect((await seller.client.post(`/api/v1/seller/products/${product.id}/publish`)).json().status).toBe('published');
    const checked = (await upload(seller, catalogCsv([row({ handle: 'listed', sku: 'PUB-1', hs_code: '24022000' })]))).json();
    expect(checked.products).toEqual({ toCreate: 0, toUpdate: 1 });
    const done = (await commit(seller, checked.id)).json();
    expect(done.result.publishedNowIneligible).toEqual([product.id]);
    const now = (await seller.client.get(`/api/v1/seller/products/${product.id}`)).json();
    expect(now).toMatchObject({ status: 'published', hsCode: '24022000', revision: product.revision + 2, images: [{ mediaId: imageId }] });
  });

  it('keeps sellers apart, and answers 403 to a seller without an organisation', async () => {
    const mine = (await upload(seller, catalogCsv([row({ handle: 'private', sku: 'PRIV-IMP' })]))).json();
    const url = `/api/v1/seller/catalog-imports/${mine.id}`;
    expect((await other.client.get(url)).statusCode).toBe(404);
    expect((await commit(other, mine.id)).statusCode).toBe(404);
    expect((await other.client.post(`${url}/discard`)).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/seller/catalog-imports')).json().items.map((i: { id: string }) => i.id)).not.toContain(mine.id);
    expect((await seller.client.get(url)).json().status).toBe('validated');

    const { client: applicant } = await signedInAs(app, 'applicant');
    const refused = await applicant.post('/api/v1/seller/catalog-imports', catalogCsv([row()]), csv);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'no_organisation']);
  });

  it('lists imports newest first with cursor pagination', async () => {
    const { client } = await signedInAs(app, 'seller');
    const me: Seller = { client, sellerId: '', userId: '' };
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await upload(me, catalogCsv([row({ sku: `PAGE-${n}` })]), `page-${n}.csv`)).json().id);
    const page1 = (await client.get('/api/v1/seller/catalog-imports?limit=2')).json();
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    expect(page1.items[0]).toMatchObject({ fileName: 'page-3.csv', status: 'validated', totalRows: 1, validRows: 1, products: { toCreate: 1 } });
    expect(page1.items[0].errors).toBeUndefined();
    const page2 = (await client.get(`/api/v1/seller/catalog-imports?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
  });
});
