// A small excerpt of the cross-border retail positive list, so a fresh demo can publish products.
// It is NOT the official list: operators import the official file (1,476 lines in the 2022 edition)
// through the positive-list module, and the latest list in force wins. Every code below is a real
// 8-digit China tariff line; where the national subdivision is our best reading rather than checked
// against the printed tariff, the line says so. Remarks show each kind the list uses.
import type { Db } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { importPositiveList, lookupTariffLine, type ListProvenance } from '../positive-list/index.js';

type Line = [hsCode: string, description: string, remark?: { type: 'trade_mode' | 'exclusion' | 'quantity_cap'; text: string; cap?: [number, 'kg'] }];

const LINES: Line[] = [
  ['04022100', '未加糖的固状乳及奶油，按重量计脂肪含量超过1.5%'],
  ['04069000', '其他乳酪'],
  ['04090000', '天然蜂蜜'],
  ['08021100', '鲜或干的未去壳扁桃核及仁'],
  ['08021200', '鲜或干的去壳扁桃核及仁'],
  ['08022200', '鲜或干的去壳榛子'],
  ['08023100', '鲜或干的未去壳核桃'],
  ['08023200', '鲜或干的去壳核桃仁'],
  ['08025100', '鲜或干的未去壳阿月浑子果（开心果）'],
  ['08025200', '鲜或干的去壳阿月浑子果（开心果）'],
  // HS 2017 split the old 0802.90 ("other nuts") into 0802.91/.92 (pine nuts) and 0802.99, so the
  // 2022 list carries 0802.99; 08029900 is our best reading of its national line.
  ['08029900', '其他鲜或干的坚果'],
  ['08134090', '其他干果'],
  ['08135000', '本章的坚果或干果的混合物'],
  ['09012100', '未浸除咖啡碱的已焙炒咖啡'],
  // Best reading of the national split of 1006.30 (semi-milled or wholly milled rice).
  ['10063020', '精米（半碾或全碾大米）', { type: 'quantity_cap', text: '个人年度限购数量', cap: [20, 'kg'] }],
  ['11041200', '滚压或制片的燕麦'],
  // Best reading: 1211.20 (ginseng roots) is split nationally; 12112011 is our reading of
  // "fresh or dried American ginseng (西洋参)".
  ['12112011', '鲜或干的西洋参，不论是否切割、压碎或研磨成粉'],
  ['17019990', '其他精制糖', { type: 'quantity_cap', text: '个人年度限购数量', cap: [2, 'kg'] }],
  ['17022000', '槭糖及槭糖浆'],
  ['18069000', '其他巧克力及含可可的食品'],
  ['19011010', '供婴幼儿食用的零售包装配方奶粉', { type: 'trade_mode', text: '仅限网购保税商品' }],
  // Best reading of the national lines under 2007.99 (other jams and fruit jellies).
  ['20079990', '其他果酱、果冻、果泥及果膏'],
  // Best reading of the national lines under 2008.19 (other nuts, roasted or otherwise prepared).
  ['20081999', '用其他方法制作或保藏的其他坚果及果仁'],
  ['20089300', '用其他方法制作或保藏的蔓越橘'],
  // Best reading: the national subdivision of 2009.89 (juice of any other single fruit) has
  // changed between tariff editions.
  ['20098990', '其他未发酵及未加酒精的单一水果汁'],
  ['21069090', '其他编号未列名的食品'],
  ['22042100', '装入2升及以下容器的鲜葡萄酿造的酒'],
  ['23091090', '其他零售包装的狗食或猫食'],
  ['33030000', '香水及花露水'],
  ['33041000', '唇用化妆品'],
  ['33049900', '其他美容品或化妆品及护肤品', { type: 'exclusion', text: '不包括含濒危野生动植物成分的商品' }],
  ['33051000', '洗发剂（香波）'],
  ['34011100', '盥洗用肥皂及有机表面活性产品（条状、块状或模制形状）'],
  ['42022100', '以皮革或再生皮革作面的手提包'],
  ['42023100', '以皮革或再生皮革作面的钱包、卡包等通常置于口袋或手提包内的物品'],
  ['42033000', '皮革或再生皮革制的腰带及子弹带'],
  // Best reading of the national split of 4419.90 (other wooden tableware and kitchenware).
  ['44199090', '其他木制餐具及厨房用具'],
  ['61091000', '棉制针织或钩编的T恤衫、汗衫及其他背心'],
  ['64035900', '其他皮革外底、皮革鞋面的鞋靴'],
];

/** The excerpt as the CSV operators upload (columns of the positive-list importer). */
export function demoListCsv(): string {
  const field = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  const rows = LINES.map(([hs, description, remark]) =>
    [hs, description, remark?.type ?? 'none', remark?.text ?? '', remark?.cap?.[0] ?? '', remark?.cap?.[1] ?? ''].map(field).join(','),
  );
  return ['hs_code,description,remark_type,remark,cap_quantity,cap_unit', ...rows].join('\n') + '\n';
}

export const DEMO_LIST_PROVENANCE: ListProvenance = {
  announcement: '财政部等八部门公告2022年第7号 (demo excerpt)',
  effectiveFrom: '2022-03-01',
  sourceName: 'demo-positive-list-excerpt.csv',
  notes:
    'A small demo excerpt (about 40 tariff lines) loaded by the demo seed so the sample catalog can be published. It is not the official list: import the official file to replace it.',
};

/**
 * Imports the excerpt when no list is in force yet; returns how many lines it added (0 when a list,
 * demo or official, is already there: an operator's official list is never shadowed by the demo).
 */
export async function ensureDemoPositiveList(ctx: { db: Db; now: Date; requestId: string | null }): Promise<number> {
  if ((await lookupTariffLine(ctx.db, '08134090', ctx.now)).status !== 'no_list') return 0;
  try {
    const outcome = await importPositiveList({ ...ctx, actor: null }, Buffer.from(demoListCsv()), DEMO_LIST_PROVENANCE, { dryRun: false });
    return outcome.dryRun ? 0 : outcome.version.line_count;
  } catch (err) {
    // Imported before with a later effective date than `now`: nothing to add.
    if (err instanceof AppError && err.code === 'list_already_imported') return 0;
    throw err;
  }
}

export const DEMO_LIST_CODES: ReadonlySet<string> = new Set(LINES.map(([hs]) => hs));
