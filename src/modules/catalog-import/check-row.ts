// Checks one file row with the product API's own rules: the row becomes a one-variant ProductInput
// and goes through the ProductInput schema (compiled for the common case, Value.Errors to explain a
// failure); each problem is reported against the column it came from, in words a seller can act on.
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';
import { CATEGORY_CODES, ProductInputSchema, type CatalogRow, type ProductInput } from '../products/index.js';
import { hsCodeHint, normaliseHsCode, parseBarcode, parsePrice, parseShippingModes, parseWholeNumber, type Cell } from './cells.js';
import { LABEL_COLUMNS, PRODUCT_COLUMNS, REQUIRED_COLUMNS, type Column } from './columns.js';

const checker = Compile(ProductInputSchema);

/** Schema paths → the column the value came from (the longest matching prefix wins). */
const COLUMN_OF: Array<[string, Column]> = [
  ['/handle', 'handle'],
  ['/titleEn', 'title_en'],
  ['/titleZh', 'title_zh'],
  ['/descriptionEn', 'description_en'],
  ['/descriptionZh', 'description_zh'],
  ['/category', 'category'],
  ['/brand', 'brand'],
  ['/originState', 'origin_state'],
  ['/hsCode', 'hs_code'],
  ['/shippingModes', 'shipping_modes'],
  ...Object.entries(LABEL_COLUMNS).map(([field, column]): [string, Column] => [`/label/${field}`, column]),
  ['/variants/0/sku', 'sku'],
  ['/variants/0/options', 'option1_name'],
  ['/variants/0/barcode', 'barcode'],
  ['/variants/0/weightGrams', 'weight_g'],
  ['/variants/0/priceMinor', 'price_usd'],
  ['/variants/0/statutoryUnit', 'statutory_unit'],
  ['/variants/0/statutoryQty', 'statutory_qty'],
];

/** What a value must look like, for the columns whose schema rule is a pattern or a list. */
const EXPECTED: Partial<Record<Column, string>> = {
  handle: 'must be lower-case letters, digits and hyphens (at most 80, starting with a letter or digit), like dried-tart-cherries',
  sku: 'must be 1 to 64 letters, digits, ".", "_" or "-"',
  category: `must be one of ${CATEGORY_CODES.join(', ')}`,
  origin_state: 'must be a two-letter US state code such as MI or CA',
  hs_code: 'must be an 8- or 10-digit China tariff code',
  shipping_modes: 'must be 9610, 1210 or both as 9610|1210',
  statutory_unit: 'must be ml, g or piece',
  barcode: 'must be 8 to 14 digits',
  title_en: 'must not be blank',
  brand: 'must not be blank',
};

type SchemaError = { keyword: string; instancePath: string; params: Record<string, unknown>; message: string };

function describe(e: SchemaError): { column: string; message: string } {
  const missing = e.params['requiredProperties'];
  const path = Array.isArray(missing) ? `${e.instancePath}/${String(missing[0])}` : e.instancePath;
  const match = COLUMN_OF.filter(([p]) => path === p || path.startsWith(`${p}/`)).sort((a, b) => b[0].length - a[0].length)[0];
  const column = match?.[1] ?? (path || 'row');
  const limit = Number(e.params['limit']);
  const amount = (n: number) => (column === 'price_usd' ? (n / 100).toFixed(2) : String(n));
  switch (e.keyword) {
    case 'required':
    case 'minItems':
      return { column, message: 'is required' };
    case 'minLength':
      return { column, message: limit <= 1 ? 'is required' : `must be at least ${limit} characters` };
    case 'maxLength':
      return { column, message: `must be at most ${limit} characters` };
    case 'minimum':
      return { column, message: `must be at least ${amount(limit)}` };
    case 'maximum':
      return { column, message: `must be at most ${amount(limit)}` };
    case 'type':
      return { column, message: 'must be a whole number' };
    case 'uniqueItems':
      return { column, message: 'names the same value twice' };
  }
  return { column, message: EXPECTED[column as Column] ?? e.message };
}

export type CheckedRow = {
  /** The normalised row, when no column of it has a problem. */
  row: CatalogRow | null;
  /** First problem per column. */
  errors: Map<string, string>;
  /** Product-level columns, normalised for comparison with the product's other rows. */
  productKeys: Map<Column, string>;
};

export function checkRow(rowNo: number, get: (column: Column) => string, present: ReadonlySet<Column>): CheckedRow {
  const errors = new Map<string, string>();
  const fail = (column: string, message: string) => void (errors.has(column) || errors.set(column, message));
  const optional = (column: Column) => (present.has(column) ? get(column) : undefined);
  const read = <T>(column: Column, cell: Cell<T>): T | undefined => ('error' in cell ? void fail(column, cell.error) : cell.value);
  for (const column of REQUIRED_COLUMNS) if (get(column) === '') fail(column, 'is required');

  const hsCode = normaliseHsCode(get('hs_code'));
  const shippingModes = parseShippingModes(get('shipping_modes'));
  const label = Object.fromEntries(Object.entries(LABEL_COLUMNS).flatMap(([field, column]) => (present.has(column) ? [[field, get(column)]] : [])));
  const options = readOptions(get, present, fail);
  const weightGrams = read('weight_g', parseWholeNumber(get('weight_g')));
  const priceMinor = read('price_usd', parsePrice(get('price_usd')));
  const statutoryQty = read('statutory_qty', parseWholeNumber(get('statutory_qty')));
  const barcode = present.has('barcode') ? read('barcode', parseBarcode(get('barcode'))) : undefined;

  const product = {
    titleEn: get('title_en'),
    titleZh: optional('title_zh'),
    descriptionEn: optional('description_en'),
    descriptionZh: optional('description_zh'),
    category: get('category').toLowerCase(),
    brand: get('brand'),
    originState: get('origin_state').toUpperCase(),
    hsCode,
    shippingModes,
    label: Object.keys(label).length > 0 ? label : undefined,
  };
  const variant = { options, barcode, weightGrams, priceMinor, statutoryUnit: get('statutory_unit').toLowerCase(), statutoryQty };
  const input = {
    handle: get('handle'),
    ...product,
    titleZh: product.titleZh ?? '',
    descriptionEn: product.descriptionEn ?? '',
    descriptionZh: product.descriptionZh ?? '',
    // Empty label fields clear the stored value; the schema checks only the ones given.
    label: Object.fromEntries(Object.entries(label).filter(([, v]) => v !== '')),
    attributes: {},
    variants: [{ sku: get('sku'), ...definedOnly({ ...variant, options: options ?? {} }) }],
    imageIds: [],
  };
  if (!checker.Check(input)) {
    for (const e of Value.Errors(ProductInputSchema, input) as SchemaError[]) {
      const { column, message } = describe(e);
      fail(column, column === 'hs_code' ? `${message}${hsCodeHint(hsCode)}` : message);
    }
  }
  const normalised: Partial<Record<Column, string>> = { category: product.category, origin_state: product.originState, hs_code: hsCode, shipping_modes: shippingModes.join('|') };
  const productKeys = new Map(PRODUCT_COLUMNS.filter((c) => present.has(c)).map((c) => [c, normalised[c] ?? get(c)]));
  if (errors.size > 0) return { row: null, errors, productKeys };
  const valid = input as unknown as ProductInput;
  return {
    row: {
      row: rowNo,
      handle: get('handle'),
      sku: get('sku'),
      product: definedOnly({ ...product, category: valid.category, shippingModes: valid.shippingModes, label: product.label as CatalogRow['product']['label'] }),
      variant: definedOnly({ ...valid.variants[0]!, options, barcode, sku: undefined }) as CatalogRow['variant'],
    },
    errors,
    productKeys,
  };
}

/** option1/option2 name and value pairs → the variant's options; undefined when the file has no option columns. */
function readOptions(get: (column: Column) => string, present: ReadonlySet<Column>, fail: (column: string, message: string) => void): Record<string, string> | undefined {
  const columns = ['option1_name', 'option1_value', 'option2_name', 'option2_value'] as const;
  if (!columns.some((c) => present.has(c))) return undefined;
  const options = new Map<string, string>();
  for (const n of [1, 2] as const) {
    const [nameColumn, valueColumn] = [`option${n}_name`, `option${n}_value`] as const;
    const [name, value] = [get(nameColumn), get(valueColumn)];
    if (!name && !value) continue;
    if (!name) fail(nameColumn, `is required when ${valueColumn} is filled`);
    else if (!value) fail(valueColumn, `is required when ${nameColumn} is filled`);
    else if (name.length > 40) fail(nameColumn, 'must be at most 40 characters');
    else if (value.length > 80) fail(valueColumn, 'must be at most 80 characters');
    else if (options.has(name)) fail(nameColumn, `repeats option1_name "${name}"`);
    else options.set(name, value);
  }
  return Object.fromEntries(options);
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
