// The template sellers download: every column, and one product (Michigan dried cherries) in two
// sizes. It starts with a UTF-8 byte-order mark so that Excel shows the Chinese text correctly.
import { stringify } from 'csv-stringify/sync';
import { COLUMNS, type Column } from './columns.js';

const cherries: Partial<Record<Column, string>> = {
  handle: 'dried-montmorency-tart-cherries',
  title_en: 'Dried Montmorency Tart Cherries',
  title_zh: '美国密歇根蒙莫朗西酸樱桃干',
  description_en: 'Sun-ripened Michigan tart cherries, gently dried.',
  description_zh: '产自密歇根特拉弗斯城，低温烘干，酸甜适口。',
  category: 'food',
  brand: 'Traverse Bay',
  origin_state: 'MI',
  hs_code: '08134090',
  shipping_modes: '9610|1210',
  option1_name: '规格',
  statutory_unit: 'g',
  label_ingredients: '酸樱桃、蔗糖、葵花籽油',
  label_manufacturer: 'Traverse Bay Orchards LLC',
  label_storage: '常温避光，开封后冷藏',
  label_shelf_life: '12个月',
  label_net_content: '227克 / 454克',
};

export type FileRow = Partial<Record<Column, string>>;

export const TEMPLATE_ROWS: readonly FileRow[] = [
  { ...cherries, sku: 'TBC-227', option1_value: '227 g', barcode: '0012345678905', weight_g: '260', price_usd: '12.99', statutory_qty: '227' },
  { ...cherries, sku: 'TBC-454', option1_value: '454 g', barcode: '0012345678912', weight_g: '500', price_usd: '22.99', statutory_qty: '454' },
];

export const TEMPLATE_FILE_NAME = 'gateway-products-template.csv';

/** A product file with the given rows (tests and benchmarks write files with other columns too). */
export function catalogCsv(rows: ReadonlyArray<Record<string, string>>, options: { columns?: readonly string[]; bom?: boolean } = {}): string {
  const columns = [...(options.columns ?? COLUMNS)];
  return stringify(
    rows.map((row) => columns.map((c) => row[c] ?? '')),
    { header: true, columns, bom: options.bom ?? false },
  );
}

export const catalogTemplate = (): string => catalogCsv(TEMPLATE_ROWS as Array<Record<string, string>>, { bom: true });
