// The check's report, through the real route: what a seller sees for each kind of mistake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { cherryInput } from '../../../test/catalog.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { COLUMNS } from './columns.js';
import { catalogCsv, TEMPLATE_ROWS, type FileRow } from './template.js';

let app: TestApp;
let client: TestClient;

const csv = { headers: { 'content-type': 'text/csv' } };
const upload = (body: string | Buffer) => client.post('/api/v1/seller/catalog-imports', body, csv);
const row = (overrides: FileRow = {}): Record<string, string> => ({ ...TEMPLATE_ROWS[0], ...overrides }) as Record<string, string>;
const errorsOf = async (rows: Array<Record<string, string>>, columns?: readonly string[]) => {
  const res = await upload(catalogCsv(rows, columns ? { columns } : {}));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().errors as Array<{ row: number; column: string; message: string }>;
};
const storedImports = async () => Number((await app.db.selectFrom('catalog_imports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  app = await makeTestApp();
  ({ client } = await signedInAs(app, 'seller'));
});
afterAll(async () => app.cleanup());

describe('catalog import check', () => {
  it('refuses files that are not UTF-8 with 400 invalid_csv naming UTF-8, and stores nothing', async () => {
    const before = await storedImports();
    const text = catalogCsv([row()]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    // 美国樱桃干 in GBK, as Excel on a Chinese Windows saves "CSV".
    const gbk = Buffer.concat([Buffer.from(`${COLUMNS.join(',')}\n`), Buffer.from('c3c0b9fad3a3ccd2b8c9', 'hex')]);
    for (const bytes of [utf16, gbk]) {
      const res = await upload(bytes);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid_csv', message: expect.stringContaining('UTF-8') });
    }
    expect(await storedImports()).toBe(before);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const res = await upload(catalogCsv([row()], { columns: COLUMNS.filter((c) => c !== 'price_usd' && c !== 'hs_code') }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_csv', message: expect.stringContaining('hs_code, price_usd'), details: { missing: ['hs_code', 'price_usd'] } });
  });

  it('refuses empty files, header-only files, duplicate header columns and non-CSV bodies', async () => {
    const header = COLUMNS.join(',');
    for (const [body, text] of [[`${header}\n`, 'no product rows'], [`${header},sku\n`, 'names the column sku twice'], ['\u0000\u0001binary', 'binary']] as const) {
      const res = await upload(body);
      expect([res.statusCode, res.json().error.code], body.slice(0, 20)).toEqual([400, 'invalid_csv']);
      expect(res.json().error.message).toContain(text);
    }
    const json = await client.post('/api/v1/seller/catalog-imports', { rows: [] });
    expect([json.statusCode, json.json().error.code]).toEqual([415, 'csv_expected']);
    const empty = await client.post('/api/v1/seller/catalog-imports', '', csv);
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'invalid_csv']);
  });

  it('refuses more than 20000 rows', async () => {
    const line = catalogCsv([row()]).split('\n')[1]!;
    const res = await upload(`${COLUMNS.join(',')}\n${`${line}\n`.repeat(20_001)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('at most 20000');
  });

  it('refuses files over 10 MB before reading them', async () => {
    const res = await upload(`${COLUMNS.join(',')}\n${'x'.repeat(10 * 1024 * 1024)}`);
    expect([res.statusCode, res.json().error.code]).toEqual([413, 'payload_too_large']);
  });

  it('numbers rows as the spreadsheet does, even when a cell spans lines, and caps a product at 50 rows', async () => {
    const rows = Array.from({ length: 51 }, (_, i) => row({ handle: 'big', sku: `BIG-${i}`, description_en: 'First line.\nSecond line, with a comma.' }));
    rows[1]!['price_usd'] = 'free';
    const errors = await errorsOf(rows);
    expect(errors).toEqual([
      { row: 3, column: 'price_usd', message: 'must be a price in US dollars like 12.99 (got "free")' },
      { row: 52, column: 'handle', message: 'product big has more than 50 rows: a product has at most 50 variants' },
    ]);
  });

  it('reports unknown columns once, on row 1, and still checks the rows', async () => {
    const res = await upload(catalogCsv([row({ sku: 'UNK-1' })], { columns: [...COLUMNS, 'colour', 'title_zn'] }));
    expect(res.json()).toMatchObject({ validRows: 1, errorCount: 1, errors: [{ row: 1, column: 'colour, title_zn', message: expect.stringContaining('unknown columns') }] });
  });

  it('reports a SKU repeated in the file (any case) on the later row', async () => {
    const errors = await errorsOf([row({ sku: 'DUP-1' }), row({ sku: 'dup-1' }), row({ sku: 'DUP-2' })]);
    expect(errors).toEqual([{ row: 3, column: 'sku', message: 'repeats the SKU of row 2' }]);
  });

  it('reports product columns that disagree between rows of one product, naming the column and the first row', async () => {
    const errors = await errorsOf([row({ sku: 'AGREE-1' }), row({ sku: 'AGREE-2', brand: 'Other Brand', hs_code: '0813.40.90' }), row({ sku: 'AGREE-3', shipping_modes: '1210 | 9610' })]);
    expect(errors).toEqual([
      { row: 3, column: 'brand', message: 'is "Other Brand" but "Traverse Bay" on row 2 of the same product (dried-montmorency-tart-cherries): a product\'s rows must repeat the same brand' },
      { row: 4, column: 'shipping_modes', message: expect.stringContaining('"1210|9610" but "9610|1210" on row 2') },
    ]);
    // A first row that is itself wrong is reported once; the rows after it are compared among themselves.
    const wrongFirst = await errorsOf([row({ handle: 'ref', sku: 'REF-1', category: 'weapons' }), row({ handle: 'ref', sku: 'REF-2' }), row({ handle: 'ref', sku: 'REF-3', category: 'home' })]);
    expect(wrongFirst).toEqual([
      { row: 2, column: 'category', message: expect.stringContaining('must be one of food, health') },
      { row: 4, column: 'category', message: expect.stringContaining('is "home" but "food" on row 3 of the same product (ref)') },
    ]);
  });

  it('reads prices as dollars and cents, refusing anything ambiguous', async () => {
    const prices = ['12.99', '7', '0.5', '012.30', '12.999', '-1', '0', '0.00', '1,299.00', '12,99', '$5', 'abc', '1000000.01', '1e3'];
    const res = (await upload(catalogCsv(prices.map((price, i) => row({ sku: `PRICE-${i}`, price_usd: price }))))).json();
    const byRow = Object.fromEntries(res.errors.map((e: { row: number; column: string; message: string }) => [prices[e.row - 2], `${e.column}: ${e.message}`]));
    expect(byRow).toEqual({
      '12.999': 'price_usd: has more than 2 decimals (got "12.999"): prices are in whole cents',
      '-1': 'price_usd: must be more than 0 (got "-1")',
      '0': 'price_usd: must be more than 0',
      '0.00': 'price_usd: must be more than 0',
      '1,299.00': 'price_usd: must not contain thousands separators (got "1,299.00"): write 1299.00',
      '12,99': 'price_usd: must use a point before the cents (got "12,99"): write 12.99',
      $5: 'price_usd: must be a number without a currency sign (got "$5"): write 5',
      abc: 'price_usd: must be a price in US dollars like 12.99 (got "abc")',
      '1000000.01': 'price_usd: must be at most 1000000.00',
      '1e3': 'price_usd: must be a price in US dollars like 12.99 (got "1e3")',
    });
    expect(res.validRows).toBe(4);
  });

  it('words every other column problem for the seller', async () => {
    const cases: Array<[FileRow, string, string]> = [
      [{ handle: 'Dried Cherries' }, 'handle', 'must be lower-case letters'],
      [{ sku: 'has space' }, 'sku', 'must be 1 to 64 letters'],
      [{ title_en: '' }, 'title_en', 'is required'],
      [{ title_zh: '樱'.repeat(101) }, 'title_zh', 'must be at most 100 characters'],
      [{ origin_state: 'XX' }, 'origin_state', 'two-letter US state code'],
      [{ hs_code: '8134090' }, 'hs_code', 'must be an 8- or 10-digit China tariff code (7 digits: a spreadsheet may have dropped a leading zero'],
      [{ shipping_modes: '9610|9610' }, 'shipping_modes', 'names the same value twice'],
      [{ shipping_modes: 'air' }, 'shipping_modes', 'must be 9610, 1210 or both'],
      [{ barcode: '1.23457E+12' }, 'barcode', 'was turned into a number by a spreadsheet'],
      [{ barcode: '12345678905' }, 'barcode', 'is not a valid GTIN/EAN/UPC (11 digits: a spreadsheet may have dropped a leading zero'],
      [{ weight_g: '0' }, 'weight_g', 'must be at least 1'],
      [{ weight_g: '2.5' }, 'weight_g', 'must be a whole number'],
      [{ statutory_unit: 'kg' }, 'statutory_unit', 'must be ml, g or piece'],
      [{ statutory_qty: '' }, 'statutory_qty', 'is required'],
      [{ option1_name: '' }, 'option1_name', 'is required when option1_value is filled'],
      [{ option2_name: '规格', option2_value: '大' }, 'option2_name', 'repeats option1_name "规格"'],
      [{ label_storage: 'x'.repeat(1001) }, 'label_storage', 'must be at most 1000 characters'],
    ];
    const errors = await errorsOf(cases.map(([overrides], i) => row({ handle: `case-${i}`, sku: `CASE-${i}`, ...overrides })));
    const found = errors.map((e) => [e.row, e.column, e.message]);
    cases.forEach(([, column, message], i) => {
      expect(found, column).toContainEqual([i + 2, column, expect.stringContaining(message)]);
    });
    expect(errors).toHaveLength(cases.length);
  });

  it('reports rows with more cells than the header, and accepts case-insensitive codes', async () => {
    const header = COLUMNS.join(',');
    const good = catalogCsv([row({ sku: 'CASE-OK', category: 'FOOD', origin_state: 'mi', statutory_unit: 'G' })]).split('\n')[1];
    const res = (await upload(`${header}\n${good}\n${good!.replace('CASE-OK', 'EXTRA-1')},oops\n`)).json();
    expect(res.validRows).toBe(1);
    expect(res.errors).toEqual([{ row: 3, column: 'row', message: expect.stringContaining(`has ${COLUMNS.length + 1} cells`) }]);
  });

  it('checks rows against the catalog: a SKU of another product, an archived product', async () => {
    await client.post('/api/v1/seller/products', cherryInput({ handle: 'kept', variants: [{ ...cherryInput().variants[0]!, sku: 'OWNED-1' }] }));
    const archived = (await client.post('/api/v1/seller/products', cherryInput({ handle: 'old', variants: [{ ...cherryInput().variants[0]!, sku: 'OLD-1' }] }))).json();
    await client.post(`/api/v1/seller/products/${archived.id}/archive`);
    const res = (await upload(catalogCsv([row({ handle: 'fresh', sku: 'OWNED-1' }), row({ handle: 'old', sku: 'OLD-2' }), row({ handle: 'kept', sku: 'KEPT-2' })]))).json();
    expect(res.errors).toEqual([
      { row: 2, column: 'sku', message: 'OWNED-1 is already used by your product "kept" (a SKU belongs to one product)' },
      { row: 3, column: 'handle', message: expect.stringContaining('"old" is archived') },
    ]);
    expect(res).toMatchObject({ validRows: 1, products: { toCreate: 0, toUpdate: 1 }, variants: { toCreate: 1, toUpdate: 0 } });
  });
});
