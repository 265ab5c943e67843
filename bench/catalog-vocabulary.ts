// Words the catalog generator composes titles from: what US farms, small businesses and brands sell
// to shoppers in China. Every kind carries a category and an 8-digit HS code that are on the demo
// positive list (src/modules/demo/demo-positive-list.ts), so generated products are ones a seller
// could publish. `pinyin` names the Chinese search words the recall test spells in pinyin.
import type { ShippingMode } from '../src/db/schema.js';
import type { CategoryCode } from '../src/modules/products/categories.js';

export type Kind = {
  zh: string;
  en: string;
  category: CategoryCode;
  hs: string;
  unit: 'g' | 'ml' | 'piece';
  /** Statutory quantities of the variants, smallest first (1–3 are used). */
  sizes: readonly number[];
  /** Grams shipped per statutory unit (packaging included roughly). */
  gramsPer: number;
  /** USD cents of the smallest size. */
  basePrice: number;
  ingredients: string;
  /** Bonded-only goods (infant formula): the positive list allows no direct mail. */
  modes?: readonly ShippingMode[];
};

const food = (zh: string, en: string, hs: string, unit: 'g' | 'ml', sizes: number[], basePrice: number, ingredients: string): Kind => ({
  zh, en, category: 'food', hs, unit, sizes, gramsPer: unit === 'ml' ? 1.3 : 1.15, basePrice, ingredients,
});

export const KINDS: readonly Kind[] = [
  food('酸樱桃干', 'Dried Tart Cherries', '08134090', 'g', [113, 227, 454], 899, '酸樱桃、葵花籽油'),
  food('樱桃果酱', 'Cherry Preserves', '20079990', 'g', [227, 340], 749, '樱桃、蔗糖、柠檬汁、果胶'),
  food('酸樱桃汁', 'Tart Cherry Juice', '20098990', 'ml', [473, 946], 1299, '酸樱桃浓缩汁'),
  food('蔓越莓干', 'Dried Cranberries', '20089300', 'g', [170, 340, 907], 599, '蔓越莓、蔗糖、葵花籽油'),
  food('蓝莓干', 'Dried Blueberries', '08134090', 'g', [142, 284], 999, '蓝莓'),
  food('纯枫糖浆', 'Pure Maple Syrup', '17022000', 'ml', [250, 500, 946], 1199, '枫树汁'),
  food('枫糖', 'Maple Sugar', '17019990', 'g', [170, 340], 899, '枫糖'),
  food('野花蜂蜜', 'Wildflower Honey', '04090000', 'g', [340, 500, 1000], 1099, '蜂蜜'),
  food('三叶草蜂蜜', 'Clover Honey', '04090000', 'g', [340, 680], 999, '蜂蜜'),
  food('烤扁桃仁', 'Roasted Almonds', '08021200', 'g', [227, 454, 907], 799, '扁桃仁、海盐'),
  food('开心果', 'Pistachios', '08025100', 'g', [227, 454], 1299, '开心果、海盐'),
  food('碧根果', 'Pecans', '08029900', 'g', [227, 454], 1399, '碧根果'),
  food('核桃仁', 'Walnuts', '08023200', 'g', [227, 454, 907], 999, '核桃仁'),
  food('榛子仁', 'Hazelnuts', '08022200', 'g', [227, 340], 1199, '榛子仁'),
  food('混合坚果', 'Mixed Nuts', '08135000', 'g', [300, 600], 1499, '扁桃仁、核桃仁、腰果、蔓越莓干'),
  food('坚果酱', 'Nut Butter', '20081999', 'g', [340, 454], 899, '扁桃仁、海盐'),
  food('燕麦片', 'Rolled Oats', '11041200', 'g', [500, 1000], 599, '燕麦'),
  food('烘焙咖啡豆', 'Roasted Coffee Beans', '09012100', 'g', [340, 907], 1599, '阿拉比卡咖啡豆'),
  food('黑巧克力', 'Dark Chocolate', '18069000', 'g', [85, 227], 499, '可可液块、蔗糖、可可脂'),
  food('野生稻米', 'Wild Rice', '10063020', 'g', [454, 907], 899, '稻米'),
  food('切达奶酪', 'Cheddar Cheese', '04069000', 'g', [227, 454], 1099, '牛乳、食用盐、凝乳酶'),
  food('全脂奶粉', 'Whole Milk Powder', '04022100', 'g', [400, 800], 1899, '全脂牛乳'),
  food('西洋参片', 'American Ginseng Slices', '12112011', 'g', [57, 113, 227], 3999, '西洋参'),
  food('西洋参原枝', 'American Ginseng Roots', '12112011', 'g', [113, 227, 454], 5999, '西洋参'),
  { ...food('维生素C软糖', 'Vitamin C Gummies', '21069090', 'g', [120, 240], 1499, '葡萄糖浆、蔗糖、维生素C、果胶'), category: 'health' },
  { ...food('复合维生素片', 'Multivitamin Tablets', '21069090', 'g', [90, 180], 1999, '维生素A、维生素C、维生素D3、维生素E'), category: 'health' },
  { ...food('深海鱼油软胶囊', 'Omega-3 Fish Oil Softgels', '21069090', 'g', [100, 200], 2499, '鱼油、明胶、甘油'), category: 'health' },
  { ...food('西洋参胶囊', 'American Ginseng Capsules', '21069090', 'g', [45, 90], 2999, '西洋参粉、明胶'), category: 'health' },
  { ...food('婴儿配方奶粉', 'Infant Formula Stage 1', '19011010', 'g', [800, 900], 3999, '生牛乳、乳清蛋白粉、植物油'), category: 'baby', modes: ['1210'] },
  { ...food('幼儿配方奶粉', 'Toddler Formula Stage 3', '19011010', 'g', [800, 900], 3599, '生牛乳、乳糖、植物油'), category: 'baby', modes: ['1210'] },
  { ...food('赤霞珠红葡萄酒', 'Cabernet Sauvignon Red Wine', '22042100', 'ml', [750], 2499, '葡萄'), category: 'wine' },
  { ...food('黑皮诺红葡萄酒', 'Pinot Noir Red Wine', '22042100', 'ml', [750], 2999, '葡萄'), category: 'wine' },
  { ...food('霞多丽白葡萄酒', 'Chardonnay White Wine', '22042100', 'ml', [750], 1999, '葡萄'), category: 'wine' },
  { zh: '护手霜', en: 'Hand Cream', category: 'beauty', hs: '33049900', unit: 'ml', sizes: [50, 100], gramsPer: 1.5, basePrice: 899, ingredients: '水、乳木果油、甘油' },
  { zh: '保湿面霜', en: 'Moisturizing Face Cream', category: 'beauty', hs: '33049900', unit: 'ml', sizes: [30, 50], gramsPer: 2.5, basePrice: 2499, ingredients: '水、甘油、角鲨烷' },
  { zh: '润唇膏', en: 'Lip Balm', category: 'beauty', hs: '33041000', unit: 'g', sizes: [5, 10], gramsPer: 6, basePrice: 399, ingredients: '蜂蜡、椰子油' },
  { zh: '洗发水', en: 'Shampoo', category: 'beauty', hs: '33051000', unit: 'ml', sizes: [250, 500], gramsPer: 1.2, basePrice: 1299, ingredients: '水、椰油酰胺丙基甜菜碱' },
  { zh: '手工皂', en: 'Handmade Soap', category: 'beauty', hs: '34011100', unit: 'g', sizes: [113, 340], gramsPer: 1.2, basePrice: 699, ingredients: '橄榄油、椰子油、山羊奶' },
  { zh: '淡香水', en: 'Eau de Parfum', category: 'beauty', hs: '33030000', unit: 'ml', sizes: [30, 50, 100], gramsPer: 4, basePrice: 5999, ingredients: '乙醇、香精、水' },
  { zh: '真皮卡包', en: 'Leather Card Wallet', category: 'bags', hs: '42023100', unit: 'piece', sizes: [1], gramsPer: 120, basePrice: 3900, ingredients: '' },
  { zh: '真皮托特包', en: 'Leather Tote Bag', category: 'bags', hs: '42022100', unit: 'piece', sizes: [1], gramsPer: 900, basePrice: 18900, ingredients: '' },
  { zh: '真皮腰带', en: 'Leather Belt', category: 'bags', hs: '42033000', unit: 'piece', sizes: [1], gramsPer: 300, basePrice: 6900, ingredients: '' },
  { zh: '纯棉T恤', en: 'Cotton T-Shirt', category: 'apparel', hs: '61091000', unit: 'piece', sizes: [1], gramsPer: 250, basePrice: 2900, ingredients: '' },
  { zh: '真皮短靴', en: 'Leather Boots', category: 'apparel', hs: '64035900', unit: 'piece', sizes: [1], gramsPer: 1600, basePrice: 24900, ingredients: '' },
  { zh: '樱桃木砧板', en: 'Cherry Wood Cutting Board', category: 'home', hs: '44199090', unit: 'piece', sizes: [1], gramsPer: 1400, basePrice: 5900, ingredients: '' },
  { zh: '胡桃木餐盘', en: 'Walnut Serving Tray', category: 'home', hs: '44199090', unit: 'piece', sizes: [1], gramsPer: 900, basePrice: 4900, ingredients: '' },
];

/** US states the sellers are in, with the Chinese name shoppers know. */
export const STATES: ReadonlyArray<readonly [code: string, zh: string, en: string]> = [
  ['MI', '密歇根', 'Michigan'], ['CA', '加州', 'California'], ['VT', '佛蒙特', 'Vermont'], ['WI', '威斯康星', 'Wisconsin'],
  ['WA', '华盛顿州', 'Washington'], ['OR', '俄勒冈', 'Oregon'], ['NY', '纽约', 'New York'], ['ME', '缅因', 'Maine'],
  ['AK', '阿拉斯加', 'Alaska'], ['HI', '夏威夷', 'Hawaii'], ['TX', '得克萨斯', 'Texas'], ['FL', '佛罗里达', 'Florida'],
  ['ID', '爱达荷', 'Idaho'], ['MN', '明尼苏达', 'Minnesota'], ['MA', '马萨诸塞', 'Massachusetts'], ['KY', '肯塔基', 'Kentucky'],
  ['IA', '爱荷华', 'Iowa'], ['CO', '科罗拉多', 'Colorado'], ['NC', '北卡罗来纳', 'North Carolina'], ['MT', '蒙大拿', 'Montana'],
];

/** Styles: [zh, en, edible only]; the first is the plain one. */
export const STYLES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['', '', false], ['有机', 'Organic', true], ['精选', 'Select', false], ['低温烘焙', 'Slow-Roasted', true], ['无添加', 'No Additives', true],
  ['小农直供', 'Small-Farm', true], ['经典款', 'Classic', false], ['家庭装', 'Family-Size', false], ['限量版', 'Limited Edition', false], ['手工', 'Handcrafted', false],
];

/** Packs: [zh, en]; 礼盒 (gift box) is what shoppers search before holidays. */
export const PACKS: ReadonlyArray<readonly [string, string]> = [
  ['', ''], ['', ''], ['', ''], ['礼盒装', 'Gift Box'], ['年货礼盒', 'New Year Gift Box'], ['两件装', '2-Pack'], ['旅行装', 'Travel Size'],
];

const PLACE = ['Blue Ridge', 'Cedar Creek', 'Golden Prairie', 'Maple Hollow', 'Silver Lake', 'Red Barn', 'Pine Valley', 'Harbor Point', 'Willow Bend', 'Stone Mill',
  'Bear Creek', 'Eagle Rock', 'Sunny Slope', 'Fox Run', 'Clear Spring', 'Oak Ridge', 'Twin Rivers', 'High Desert', 'North Star', 'Prairie Wind'];
const NOUN = ['Farms', 'Orchards', 'Naturals', 'Provisions', 'Apiaries', 'Goods', 'Kitchen', 'Trading Co', 'Botanicals', 'Workshop'];
const PLACE_ZH = ['蓝岭', '雪松溪', '金色草原', '枫谷', '银湖', '红谷仓', '松谷', '港湾角', '柳湾', '石磨坊',
  '熊溪', '鹰岩', '向阳坡', '狐径', '清泉', '橡树岭', '双河', '高原', '北极星', '草原风'];
const NOUN_ZH = ['农场', '果园', '自然', '食品', '蜂场', '良品', '厨房', '贸易', '植萃', '工坊'];

/** The i-th seller's English and Chinese store names (unique for i < 200). */
export function storeNames(i: number): { en: string; zh: string } {
  const p = i % PLACE.length;
  const n = Math.floor(i / PLACE.length) % NOUN.length;
  return { en: `${PLACE[p]} ${NOUN[n]}`, zh: `${PLACE_ZH[p]}${NOUN_ZH[n]}` };
}

export const CITIES: Record<string, string> = {
  MI: 'Traverse City', CA: 'Fresno', VT: 'Burlington', WI: 'Wausau', WA: 'Yakima', OR: 'Hood River', NY: 'Ithaca', ME: 'Portland',
  AK: 'Anchorage', HI: 'Hilo', TX: 'Austin', FL: 'Orlando', ID: 'Boise', MN: 'Duluth', MA: 'Cape Cod', KY: 'Lexington', IA: 'Des Moines',
  CO: 'Boulder', NC: 'Asheville', MT: 'Bozeman',
};

/** The Chinese unit word for a statutory quantity: 227克, 750毫升, 1件. */
export function sizeZh(unit: Kind['unit'], qty: number): string {
  return unit === 'g' ? `${qty}克` : unit === 'ml' ? `${qty}毫升` : `${qty}件`;
}
