// The demo world: one operator, seven US sellers modelled on the kinds of business Gateway serves
// (with complete store profiles), their people, and a few shoppers in China. Shared password,
// printed at start-up. EINs, food-facility numbers and websites are fictional (.example domains).
import type { NewSeller } from '../sellers/index.js';

export const DEMO_PASSWORD = 'gateway-demo';

export type DemoPerson = { email: string; name: string; locale: 'zh-CN' | 'en-US' };
export type DemoSeller = NewSeller & { owner: DemoPerson; staff: DemoPerson[] };

export const demoOperators: DemoPerson[] = [{ email: 'ops@gateway.example', name: 'Grace Operator', locale: 'en-US' }];

const modes = (...m: Array<'9610' | '1210'>) => JSON.stringify(m);

export const demoSellers: DemoSeller[] = [
  {
    legal_name: 'Traverse Bay Orchards LLC',
    trade_name: 'Traverse Bay Tart Cherry Farm',
    state: 'MI',
    city: 'Traverse City',
    business_type: 'farm',
    ein: '38-4127765',
    website: 'https://www.tartcherry.example',
    food_facility_number: 'USA-MI-2022-001873',
    store_name_en: 'Traverse Bay Tart Cherry Farm',
    store_name_zh: '特拉弗斯湾樱桃农场',
    story_en:
      'Three generations of Kowalskis have grown Montmorency tart cherries on the hills above Grand Traverse Bay, where the lake keeps late spring frosts off the blossoms. We pit, dry and press our own fruit on the farm within hours of picking. Sarah and Mike run the orchard today, and every bag still carries the family name.',
    story_zh:
      '我们的果园位于密歇根州特拉弗斯城，俯瞰大特拉弗斯湾，湖水调节的气候让樱桃花躲过春季晚霜。科瓦尔斯基家族三代果农在这里种植蒙莫朗西酸樱桃，采摘后数小时内就在农场完成去核、烘干和压榨。如今由莎拉和迈克打理果园，每一袋果干上仍印着我们的家族姓氏。',
    shipping_modes: modes('9610', '1210'),
    owner: { email: 'sarah@tartcherry.example', name: 'Sarah Kowalski', locale: 'en-US' },
    staff: [{ email: 'mike@tartcherry.example', name: 'Mike Kowalski', locale: 'en-US' }],
  },
  {
    legal_name: 'Marathon County Ginseng Co.',
    trade_name: 'Wausau Ginseng Gardens',
    state: 'WI',
    city: 'Wausau',
    business_type: 'farm',
    ein: '39-2284106',
    website: 'https://www.wausauginseng.example',
    food_facility_number: 'USA-WI-2023-004417',
    store_name_en: 'Wausau Ginseng Gardens',
    store_name_zh: '沃索花旗参园',
    story_en:
      "Marathon County's sandy loam and long, cold winters grow some of the most prized American ginseng in the world. The Hsu family has farmed ginseng near Wausau since 1978, raising every root under shade for four years before the autumn dig. We wash, dry and grade each root by hand, and every box carries its harvest year.",
    story_zh:
      '威斯康星州马拉松县的沙质壤土和漫长寒冬，孕育了享誉世界的花旗参。徐家自1978年起在沃索附近种参，每一株参都在遮阴棚下生长满四年才在秋季采挖。我们手工清洗、低温干燥并逐支分级，每一盒都标注采收年份。',
    shipping_modes: modes('9610', '1210'),
    owner: { email: 'tom@wausauginseng.example', name: 'Tom Hsu', locale: 'en-US' },
    staff: [],
  },
  {
    legal_name: 'Woodward Leather Works Inc.',
    trade_name: 'Woodward Leather',
    state: 'MI',
    city: 'Detroit',
    business_type: 'small_business',
    ein: '38-3952210',
    website: 'https://www.woodwardleather.example',
    food_facility_number: null,
    store_name_en: 'Woodward Leather',
    store_name_zh: '伍德沃德皮具',
    story_en:
      'We cut, stitch and edge every piece by hand in a former auto-parts workshop off Woodward Avenue in Detroit. Our hides come from a Midwestern tannery and are finished with natural oils, so they darken beautifully with use. Dana started the shop in 2014 with two sewing machines; today eleven Detroiters make our goods.',
    story_zh:
      '我们的工坊位于底特律伍德沃德大道旁，由一间老汽车配件车间改造而成，每件皮具都由匠人手工裁切、缝制和封边。皮料来自美国中西部的制革厂，以天然油脂养护，越用越有光泽。达娜在2014年带着两台缝纫机创办了工坊，如今有十一位底特律本地匠人与我们一起制作。',
    shipping_modes: modes('9610'),
    owner: { email: 'dana@woodwardleather.example', name: 'Dana Brooks', locale: 'en-US' },
    staff: [{ email: 'omar@woodwardleather.example', name: 'Omar Haddad', locale: 'en-US' }],
  },
  {
    legal_name: 'Central Valley Almond Growers Cooperative',
    trade_name: 'Golden Valley Almonds',
    state: 'CA',
    city: 'Modesto',
    business_type: 'cooperative',
    ein: '94-3318850',
    website: 'https://www.valleyalmonds.example',
    food_facility_number: 'USA-CA-2022-007352',
    store_name_en: 'Golden Valley Almonds',
    store_name_zh: '金谷坚果合作社',
    story_en:
      "We are 140 family farms in California's Central Valley who pool our harvest and hull, shell, sort and pack it in our own plant in Modesto. Every lot of almonds, walnuts and pistachios can be traced to the orchard block it grew on. Maria Alvarez, a third-generation grower, leads our export team.",
    story_zh:
      '我们是加州中央谷地的140户家庭农场，联合在莫德斯托的自有工厂完成脱壳、分选和包装。每一批扁桃仁（巴旦木）、核桃和开心果都能追溯到成员果园的具体地块。第三代果农玛丽亚·阿尔瓦雷斯带领我们的出口团队。',
    shipping_modes: modes('9610', '1210'),
    owner: { email: 'maria@valleyalmonds.example', name: 'Maria Alvarez', locale: 'en-US' },
    staff: [],
  },
  {
    legal_name: 'Cascade Botanicals LLC',
    trade_name: 'Cascade Botanicals',
    state: 'OR',
    city: 'Portland',
    business_type: 'brand',
    ein: '93-1876604',
    website: 'https://www.cascadebotanicals.example',
    food_facility_number: null,
    store_name_en: 'Cascade Botanicals',
    store_name_zh: '喀斯喀特植萃',
    story_en:
      'Cascade Botanicals makes small-batch skincare in Portland, Oregon, from plants grown in the Willamette Valley and the Cascade foothills: lavender, calendula, rose hips and Douglas fir. Emma began by making balms for her own sensitive skin and still formulates every product. We print the full ingredient list on every label.',
    story_zh:
      '喀斯喀特植萃在俄勒冈州波特兰小批量制作护肤品，原料来自威拉米特河谷和喀斯喀特山麓：薰衣草、金盏花、玫瑰果和花旗松。创始人艾玛最初只是为自己的敏感肌调制润肤膏，如今仍亲自研发每一款配方。每件产品的标签上都印有完整成分表。',
    shipping_modes: modes('9610', '1210'),
    owner: { email: 'emma@cascadebotanicals.example', name: 'Emma Lindqvist', locale: 'en-US' },
    staff: [],
  },
  {
    legal_name: 'Fern Hollow Vineyard LLC',
    trade_name: 'Fern Hollow Vineyard',
    state: 'OR',
    city: 'Dundee',
    business_type: 'farm',
    ein: '93-2047719',
    website: 'https://www.fernhollowwine.example',
    food_facility_number: 'USA-OR-2023-002961',
    store_name_en: 'Fern Hollow Vineyard',
    store_name_zh: '蕨谷酒庄',
    story_en:
      "Fern Hollow is a 30-acre family vineyard in Oregon's Dundee Hills, planted in red volcanic Jory soil in 1991. We farm without herbicides, pick by hand and make about 4,000 cases a year of Pinot Noir, Pinot Gris and Chardonnay. Claire Bouchard, the founders' daughter, has made our wines since 2012.",
    story_zh:
      '蕨谷酒庄是俄勒冈州邓迪山上一座约30英亩的家族葡萄园，1991年在红色火山岩乔里土壤上种下第一批葡萄。我们不用除草剂，全部人工采摘，每年只酿造约四千箱黑皮诺、灰皮诺和霞多丽。创始人的女儿克莱尔·布沙尔自2012年起担任酿酒师。',
    shipping_modes: modes('9610', '1210'),
    owner: { email: 'claire@fernhollowwine.example', name: 'Claire Bouchard', locale: 'en-US' },
    staff: [],
  },
  {
    legal_name: 'Little Meadow Nutrition Inc.',
    trade_name: 'Little Meadow',
    state: 'WI',
    city: 'Chippewa Falls',
    business_type: 'brand',
    ein: '39-1765029',
    website: 'https://www.littlemeadow.example',
    food_facility_number: 'USA-WI-2021-000958',
    store_name_en: 'Little Meadow',
    store_name_zh: '小牧场乳业',
    story_en:
      'Little Meadow makes infant formula and milk powders from the milk of 60 grass-grazing family dairy farms in western Wisconsin. We spray-dry and can every batch in our own plant in Chippewa Falls and release it only after more than 200 quality tests. For families in China our formula ships from a bonded warehouse in Ningbo, so it arrives within days.',
    story_zh:
      '小牧场的婴幼儿配方奶粉和奶粉，奶源来自威斯康星州西部60家放牧草饲的家庭牧场。每一批产品都在我们位于奇珀瓦福尔斯的自有工厂完成喷雾干燥和充氮罐装，通过200余项质量检测后才放行。中国家庭购买的配方奶粉由宁波保税仓发货，几天即可送达。',
    shipping_modes: modes('9610', '1210'),
    owner: { email: 'karen@littlemeadow.example', name: 'Karen Lindahl', locale: 'en-US' },
    staff: [{ email: 'jun@littlemeadow.example', name: 'Jun Park', locale: 'en-US' }],
  },
];

export const demoShoppers: DemoPerson[] = [
  { email: 'li.wei@shopper.example', name: '李伟', locale: 'zh-CN' },
  { email: 'wang.fang@shopper.example', name: '王芳', locale: 'zh-CN' },
  { email: 'zhang.min@shopper.example', name: '张敏', locale: 'zh-CN' },
];
