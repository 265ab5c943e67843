// Traverse Bay Tart Cherry Farm (Traverse City, Michigan): tart cherries and what the farm makes
// from them, plus Michigan maple syrup and a board cut from retired orchard trees.
import { upc, variant, type DemoCatalog } from './demo-catalog.js';

const MAKER = 'Traverse Bay Orchards LLC（美国密歇根州特拉弗斯城）';
const BRAND_PREFIX = '0860012';

export const traverseBayCatalog: DemoCatalog = {
  legalName: 'Traverse Bay Orchards LLC',
  brand: 'Traverse Bay',
  products: [
    {
      handle: 'dried-tart-cherries-unsweetened',
      titleEn: 'Unsweetened Dried Montmorency Tart Cherries',
      descriptionEn:
        'Montmorency tart cherries from our own orchard, pitted the day they are picked and slow-dried at low heat. No added sugar, no preservatives: just the bright, tangy fruit. Eat them by the handful or add them to yogurt, oatmeal and baking.',
      titleZh: 'Traverse Bay 美国密歇根蒙莫朗西酸樱桃干 无添加糖 原味果干',
      descriptionZh:
        '选用密歇根州特拉弗斯城自家果园的蒙莫朗西酸樱桃，采摘当天去核，低温慢烘而成。不加糖、不加防腐剂，保留酸樱桃天然的酸甜和果香。可直接食用，也适合搭配酸奶、燕麦片或用于烘焙。',
      category: 'food',
      hsCode: '08134090',
      attributes: { 产地: '美国密歇根州', 品种: '蒙莫朗西酸樱桃', 保质期: '12个月', 储存方式: '常温避光，开封后冷藏' },
      label: { ingredients: '酸樱桃（蒙莫朗西品种）、葵花籽油（防粘）', manufacturer: MAKER, storage: '常温、阴凉干燥处保存，避免阳光直射；开封后请密封冷藏', shelfLife: '12个月', netContent: '227克、454克或1千克（以所选规格为准）' },
      variants: [
        variant('TBC-DRY-227', { 规格: '227克' }, { price: 1199, grams: 260, unit: 'g', qty: 227, barcode: upc(BRAND_PREFIX, 101) }),
        variant('TBC-DRY-454', { 规格: '454克' }, { price: 1999, grams: 500, unit: 'g', qty: 454, barcode: upc(BRAND_PREFIX, 102) }),
        variant('TBC-DRY-1000', { 规格: '1千克' }, { price: 3800, grams: 1080, unit: 'g', qty: 1000, barcode: upc(BRAND_PREFIX, 103) }),
      ],
      art: { kind: 'pouch', main: '#a8322a', accent: '#c0392b', bg: '#f2b8b0' },
    },
    {
      handle: 'tart-cherry-juice-concentrate',
      titleEn: '100% Tart Cherry Juice Concentrate',
      descriptionEn:
        'Pressed from Montmorency cherries and gently concentrated: nothing added. Mix one ounce with seven ounces of water or sparkling water, or blend it into a smoothie. Refrigerate after opening.',
      titleZh: 'Traverse Bay 美国密歇根100%酸樱桃浓缩汁 无添加',
      descriptionZh:
        '由蒙莫朗西酸樱桃压榨后低温浓缩而成，不加糖、不加色素和防腐剂。每次取30毫升，兑7倍清水或气泡水饮用，也可加入奶昔。开封后请冷藏，并在30天内饮用完毕。',
      category: 'food',
      hsCode: '20098990',
      attributes: { 产地: '美国密歇根州', 保质期: '24个月', 储存方式: '开封后冷藏', 饮用方法: '1份浓缩汁兑7份水' },
      label: { ingredients: '酸樱桃浓缩汁（100%）', manufacturer: MAKER, storage: '未开封常温避光保存；开封后0–4°C冷藏，30天内饮用完毕', shelfLife: '24个月', netContent: '473毫升或946毫升（以所选规格为准）' },
      variants: [
        variant('TBC-JUICE-473', { 规格: '473毫升' }, { price: 1699, grams: 620, unit: 'ml', qty: 473, barcode: upc(BRAND_PREFIX, 201) }),
        variant('TBC-JUICE-946', { 规格: '946毫升' }, { price: 2899, grams: 1180, unit: 'ml', qty: 946, barcode: upc(BRAND_PREFIX, 202) }),
      ],
      art: { kind: 'bottle', main: '#7a1020', accent: '#2e7d32', bg: '#f5c6cb' },
    },
    {
      handle: 'tart-cherry-preserves',
      titleEn: 'Tart Cherry Preserves, 340 g',
      descriptionEn: 'Whole tart cherries cooked in small kettles with cane sugar and a squeeze of lemon, so every spoonful has big pieces of fruit. Lovely on toast, with cheese or stirred into yogurt.',
      titleZh: 'Traverse Bay 美国密歇根酸樱桃果酱 大颗果肉 340克',
      descriptionZh: '用当季蒙莫朗西酸樱桃加蔗糖和少许柠檬汁小锅慢熬，每一勺都有大块果肉。果味浓郁、酸甜平衡，适合涂抹吐司、搭配奶酪或拌入酸奶。',
      category: 'food',
      hsCode: '20079990',
      attributes: { 产地: '美国密歇根州', 保质期: '24个月', 储存方式: '开封后冷藏' },
      label: { ingredients: '酸樱桃、蔗糖、柠檬汁、果胶', manufacturer: MAKER, storage: '未开封常温保存；开封后冷藏，并在3周内食用完毕', shelfLife: '24个月', netContent: '340克' },
      variants: [variant('TBC-JAM-340', {}, { price: 949, grams: 560, unit: 'g', qty: 340, barcode: upc(BRAND_PREFIX, 301) })],
      art: { kind: 'jar', main: '#8e1b2c', accent: '#d4a017', bg: '#f7d6c8' },
    },
    {
      handle: 'dried-michigan-blueberries',
      titleEn: 'Unsweetened Dried Michigan Blueberries, 142 g',
      descriptionEn: 'Michigan grows more highbush blueberries than anywhere else in the US. We dry ripe July berries from a neighbouring farm whole and unsweetened, so they stay soft and full of flavour.',
      titleZh: 'Traverse Bay 美国密歇根蓝莓干 无添加糖 142克',
      descriptionZh: '密歇根州是美国高丛蓝莓的主产区。我们选用邻近农场七月采摘的成熟蓝莓，整颗低温烘干，不加糖，口感柔软、果香浓郁。',
      category: 'food',
      hsCode: '08134090',
      attributes: { 产地: '美国密歇根州', 保质期: '12个月', 储存方式: '常温避光，开封后冷藏' },
      label: { ingredients: '蓝莓、葵花籽油（防粘）', manufacturer: MAKER, storage: '常温、阴凉干燥处保存；开封后请密封冷藏', shelfLife: '12个月', netContent: '142克' },
      variants: [variant('TBC-BLUE-142', {}, { price: 999, grams: 170, unit: 'g', qty: 142, barcode: upc(BRAND_PREFIX, 401) })],
      art: { kind: 'pouch', main: '#2c3e73', accent: '#3b4f9a', bg: '#c5cae9' },
    },
    {
      handle: 'dried-cranberries-lightly-sweetened',
      titleEn: 'Lightly Sweetened Dried Cranberries, 340 g',
      descriptionEn: 'Great Lakes cranberries, halved, infused with a little cane sugar and dried. Tart, chewy and perfect for baking, salads and trail mix.',
      titleZh: 'Traverse Bay 美国蔓越莓干 低糖 烘焙可用 340克',
      descriptionZh: '蔓越莓来自美国五大湖地区的沼泽果园，切半后用少量蔗糖浸渍再烘干，酸甜适中、口感有嚼劲。适合烘焙、拌沙拉或直接当零食。',
      category: 'food',
      hsCode: '20089300',
      attributes: { 产地: '美国密歇根州', 保质期: '12个月', 储存方式: '常温避光' },
      label: { ingredients: '蔓越莓、蔗糖、葵花籽油', manufacturer: MAKER, storage: '常温、阴凉干燥处保存；开封后请密封', shelfLife: '12个月', netContent: '340克' },
      variants: [variant('TBC-CRAN-340', {}, { price: 899, grams: 380, unit: 'g', qty: 340, barcode: upc(BRAND_PREFIX, 501) })],
      art: { kind: 'pouch', main: '#8b1a3a', accent: '#d62d4f', bg: '#f8c8d4' },
    },
    {
      handle: 'dark-chocolate-tart-cherries',
      titleEn: 'Dark Chocolate Covered Tart Cherries, 227 g',
      descriptionEn: 'Whole dried tart cherries coated in 60% dark chocolate: tangy first, then rich. Chocolate melts above 25 °C, so summer orders ship with a cold pack.',
      titleZh: 'Traverse Bay 黑巧克力酸樱桃 美国密歇根 227克',
      descriptionZh: '整颗酸樱桃干裹上可可含量60%的黑巧克力，先酸后甜，层次丰富。巧克力在25°C以上容易融化，夏季订单会加冰袋保温发货。',
      category: 'food',
      hsCode: '18069000',
      attributes: { 产地: '美国密歇根州', 可可含量: '60%', 保质期: '9个月', 储存方式: '阴凉干燥处，22°C以下' },
      label: {
        ingredients: '黑巧克力（可可液块、白砂糖、可可脂、大豆磷脂、香草提取物）、酸樱桃干（酸樱桃、蔗糖、葵花籽油）、阿拉伯胶、虫胶',
        manufacturer: MAKER,
        storage: '阴凉干燥处保存，建议温度低于22°C，避免阳光直射',
        shelfLife: '9个月',
        netContent: '227克',
      },
      variants: [variant('TBC-CHOC-227', {}, { price: 1299, grams: 300, unit: 'g', qty: 227, barcode: upc(BRAND_PREFIX, 601) })],
      art: { kind: 'box', main: '#4e2a1e', accent: '#b71c1c', bg: '#ecd5c8' },
    },
    {
      handle: 'michigan-maple-syrup-amber',
      titleEn: 'Pure Michigan Maple Syrup, Grade A Amber',
      descriptionEn:
        'Every March we tap the sugar maples on the hill behind the orchard and boil about 40 litres of sap over a wood fire for each litre of syrup. Pure maple syrup, nothing added: pour it on pancakes and waffles, or stir it into coffee.',
      titleZh: 'Traverse Bay 美国密歇根纯枫糖浆 A级琥珀色 浓郁风味',
      descriptionZh: '每年三月，我们在果园后山的糖枫林采集树液，用柴火慢慢熬煮，约40升树液才得1升糖浆。纯枫糖浆，无任何添加，适合搭配松饼、华夫饼，或调入咖啡和酸奶。',
      category: 'food',
      hsCode: '17022000',
      attributes: { 产地: '美国密歇根州', 等级: 'A级琥珀色（浓郁风味）', 保质期: '36个月', 储存方式: '开封后冷藏' },
      label: { ingredients: '纯枫糖浆（100%）', manufacturer: MAKER, storage: '未开封常温避光保存；开封后冷藏', shelfLife: '36个月', netContent: '250毫升或500毫升（以所选规格为准）' },
      variants: [
        variant('TBC-MAPLE-250', { 规格: '250毫升' }, { price: 1399, grams: 480, unit: 'ml', qty: 250, barcode: upc(BRAND_PREFIX, 701) }),
        variant('TBC-MAPLE-500', { 规格: '500毫升' }, { price: 2299, grams: 860, unit: 'ml', qty: 500, barcode: upc(BRAND_PREFIX, 702) }),
      ],
      art: { kind: 'bottle', main: '#b5651d', accent: '#c0392b', bg: '#f6dcb8' },
    },
    {
      // Deliberately not publishable: prepared beef (1602.50) is not on the demo list excerpt, so the
      // seller center shows a draft with the "not on the positive list" reason.
      handle: 'cherry-pepper-beef-jerky',
      titleEn: 'Cherry Pepper Beef Jerky, 85 g',
      descriptionEn: 'Michigan beef marinated with tart cherry juice and cracked black pepper, then slow-smoked. A favourite at our farm stand.',
      titleZh: 'Traverse Bay 酸樱桃黑胡椒牛肉干 85克',
      descriptionZh: '美国密歇根牛肉用酸樱桃汁和现磨黑胡椒腌制后慢火烟熏，是我们农场小店最受欢迎的零食。',
      category: 'food',
      hsCode: '16025090',
      attributes: { 产地: '美国密歇根州', 保质期: '12个月', 储存方式: '常温避光，开封后尽快食用' },
      label: { ingredients: '牛肉、酸樱桃汁、红糖、酱油（水、大豆、小麦、食用盐）、黑胡椒、食用盐、洋葱粉、大蒜粉', manufacturer: MAKER, storage: '常温、阴凉干燥处保存；开封后冷藏并在3天内食用完毕', shelfLife: '12个月', netContent: '85克' },
      variants: [variant('TBC-JERKY-85', {}, { price: 899, grams: 110, unit: 'g', qty: 85, barcode: upc(BRAND_PREFIX, 801) })],
      art: { kind: 'pouch', main: '#5d3a1a', accent: '#8e2b1f', bg: '#e8d0b8' },
      state: 'draft',
    },
    {
      handle: 'cherry-wood-cutting-board',
      titleEn: 'Cherry Wood Cutting Board from Our Orchard',
      descriptionEn:
        'Cherry trees are replanted after about 25 years of fruit. A woodworker in town turns our retired trees into solid cutting boards, finished only with food-grade mineral oil and beeswax. The grain deepens to a warm red-brown with use.',
      titleZh: 'Traverse Bay 美国樱桃木砧板 果园老树整木 手工打磨',
      descriptionZh: '樱桃树结果约25年后就要更新换种。我们把退役的老果树交给镇上的木工坊，制成整木砧板，表面只用食品级矿物油和蜂蜡保养。木纹会随使用慢慢加深成温暖的红褐色。',
      category: 'home',
      hsCode: '44199090',
      attributes: { 材质: '美国樱桃木（整木）', 产地: '美国密歇根州', 保养方式: '手洗后晾干，勿浸泡，勿放入洗碗机' },
      variants: [
        variant('TBC-BOARD-S', { 尺寸: '30×20厘米' }, { price: 3900, grams: 1100, unit: 'piece', qty: 1 }),
        variant('TBC-BOARD-L', { 尺寸: '45×30厘米' }, { price: 6900, grams: 2300, unit: 'piece', qty: 1 }),
      ],
      art: { kind: 'board', main: '#9c5a35', accent: '#c0392b', bg: '#f0dcc8' },
    },
  ],
};
