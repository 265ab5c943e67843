// Wausau Ginseng Gardens (Marathon County, Wisconsin): American ginseng (西洋参, 花旗参) roots,
// slices, powder and tea, capsules, and honey from the hives around the ginseng gardens.
import { upc, variant, type DemoCatalog } from './demo-catalog.js';

const MAKER = 'Marathon County Ginseng Co.（美国威斯康星州沃索）';
const PREFIX = '0850473';
const GINSENG_LABEL = { manufacturer: MAKER, storage: '密封置于阴凉干燥处，防潮防虫', shelfLife: '36个月' };

export const wausauCatalog: DemoCatalog = {
  legalName: 'Marathon County Ginseng Co.',
  brand: 'Wausau Ginseng Gardens',
  products: [
    {
      handle: 'wisconsin-american-ginseng-roots',
      titleEn: 'Wisconsin American Ginseng Roots, 4-Year, Hand-Graded',
      descriptionEn:
        'Four-year roots grown under shade on our own gardens in Marathon County, dug in the autumn and air-dried at low temperature. Graded by hand by size: firm, well-ringed roots for slicing, steeping or soups.',
      titleZh: 'Wausau 美国威斯康星花旗参 西洋参原枝 四年生 手工分级',
      descriptionZh:
        '产自威斯康星州马拉松县自家参园，四年生、遮阴种植，秋季采挖后低温风干。按支头大小手工分级，参体紧实、环纹清晰，可切片含服、泡水或煲汤。',
      category: 'food',
      hsCode: '12112011',
      attributes: { 产地: '美国威斯康星州马拉松县', 参龄: '四年生', 采收季节: '秋季', 储存方式: '密封防潮' },
      label: { ...GINSENG_LABEL, ingredients: '西洋参（Panax quinquefolius L.）根', netContent: '113克或227克（以所选规格为准）' },
      variants: [
        variant('WGG-ROOT-L-113', { 等级: '特级大支', 规格: '113克' }, { price: 8900, grams: 180, unit: 'g', qty: 113, barcode: upc(PREFIX, 101) }),
        variant('WGG-ROOT-M-113', { 等级: '精选中支', 规格: '113克' }, { price: 6200, grams: 180, unit: 'g', qty: 113, barcode: upc(PREFIX, 102) }),
        variant('WGG-ROOT-S-227', { 等级: '实惠小支', 规格: '227克' }, { price: 7800, grams: 300, unit: 'g', qty: 227, barcode: upc(PREFIX, 103) }),
      ],
      art: { kind: 'root', main: '#e2c79a', accent: '#4f7a28', bg: '#dcebc8' },
    },
    {
      handle: 'american-ginseng-slices',
      titleEn: 'American Ginseng Slices',
      descriptionEn: 'Whole four-year roots, softened with steam and cut into thin slices so they are ready to hold in the mouth or steep in hot water.',
      titleZh: 'Wausau 美国威斯康星西洋参片 四年生 薄切 含片泡水',
      descriptionZh: '选用四年生西洋参整支，蒸软后切成薄片，可直接含服，也可用热水冲泡或炖汤。片形完整，入口先苦后甘。',
      category: 'food',
      hsCode: '12112011',
      attributes: { 产地: '美国威斯康星州', 参龄: '四年生', 片厚: '约1.5毫米', 储存方式: '密封防潮' },
      label: { ...GINSENG_LABEL, ingredients: '西洋参（Panax quinquefolius L.）根', netContent: '57克或113克（以所选规格为准）' },
      variants: [
        variant('WGG-SLICE-57', { 规格: '57克' }, { price: 3400, grams: 120, unit: 'g', qty: 57, barcode: upc(PREFIX, 201) }),
        variant('WGG-SLICE-113', { 规格: '113克' }, { price: 6200, grams: 190, unit: 'g', qty: 113, barcode: upc(PREFIX, 202) }),
      ],
      art: { kind: 'slices', main: '#ead3a8', accent: '#3f6b35', bg: '#e3eed2' },
    },
    {
      handle: 'american-ginseng-powder',
      titleEn: 'Fine-Ground American Ginseng Powder, 100 g',
      descriptionEn: 'Whole roots stone-ground to a fine powder. Stir a small spoonful into warm water, milk or porridge.',
      titleZh: 'Wausau 美国威斯康星西洋参粉 超细研磨 100克',
      descriptionZh: '西洋参整支低温研磨成细粉，无任何添加。取一小勺用温水、牛奶冲调，或拌入粥中食用。',
      category: 'food',
      hsCode: '12112011',
      attributes: { 产地: '美国威斯康星州', 保质期: '24个月', 储存方式: '开封后密封防潮' },
      label: { ...GINSENG_LABEL, ingredients: '西洋参（Panax quinquefolius L.）根粉', shelfLife: '24个月', netContent: '100克' },
      variants: [variant('WGG-POWDER-100', {}, { price: 4200, grams: 240, unit: 'g', qty: 100, barcode: upc(PREFIX, 301) })],
      art: { kind: 'jar', main: '#e8d6b0', accent: '#4f7a28', bg: '#e6efd6' },
    },
    {
      handle: 'american-ginseng-root-tea',
      titleEn: 'American Ginseng Root Tea, 20 Bags',
      descriptionEn: 'Cut and sifted four-year ginseng root in unbleached tea bags: nothing else. Steep one bag in hot water for five minutes.',
      titleZh: 'Wausau 花旗参茶 西洋参袋泡茶 2克×20袋',
      descriptionZh: '只用四年生西洋参根切碎装袋，不添加茶叶或其他成分。每袋用热水冲泡5分钟即可，可反复冲泡两到三次。',
      category: 'health',
      hsCode: '12112011',
      attributes: { 产地: '美国威斯康星州', 规格: '2克×20袋', 保质期: '24个月' },
      label: { ...GINSENG_LABEL, ingredients: '西洋参（Panax quinquefolius L.）根', shelfLife: '24个月', netContent: '40克（2克×20袋）' },
      variants: [variant('WGG-TEA-20', {}, { price: 1999, grams: 120, unit: 'g', qty: 40, barcode: upc(PREFIX, 401) })],
      art: { kind: 'teabags', main: '#3f6b35', accent: '#c9a227', bg: '#e3eed2' },
    },
    {
      handle: 'american-ginseng-capsules',
      titleEn: 'American Ginseng Root Capsules, 500 mg × 90',
      descriptionEn: 'Each plant-based capsule holds 500 mg of ground four-year Wisconsin ginseng root, with no fillers.',
      titleZh: 'Wausau 美国威斯康星西洋参胶囊 500毫克×90粒',
      // The claim "增强免疫力" is why the operator suspended this listing (ordinary food may not claim
      // health functions): the seller center shows a suspended product with its reason.
      descriptionZh: '每粒植物胶囊含500毫克威斯康星四年生西洋参根粉，无填充剂。可帮助缓解疲劳、增强免疫力。每日2粒，随餐温水送服。',
      category: 'health',
      hsCode: '21069090',
      attributes: { 产地: '美国威斯康星州', 规格: '500毫克×90粒', 保质期: '24个月' },
      label: { ...GINSENG_LABEL, ingredients: '西洋参根粉、羟丙基甲基纤维素（胶囊壳）', shelfLife: '24个月', netContent: '45克（500毫克×90粒）' },
      variants: [variant('WGG-CAPS-90', {}, { price: 2999, grams: 110, unit: 'g', qty: 45, barcode: upc(PREFIX, 501) })],
      art: { kind: 'capsules', main: '#f4efe6', accent: '#4f7a28', bg: '#dcebc8' },
      state: 'suspended',
      suspendReason: '中文描述含“增强免疫力”等保健功能宣称，普通食品不得宣称功能；修改描述后可申请恢复。',
    },
    {
      handle: 'wisconsin-raw-basswood-honey',
      titleEn: 'Wisconsin Raw Basswood Honey, 500 g',
      descriptionEn: 'Our hives sit at the edge of the basswood woods around the ginseng gardens, and the bees make this honey when the basswood blooms in July. Raw and unfiltered; it crystallises naturally. Not for infants under one year.',
      titleZh: 'Wausau 美国威斯康星椴树蜜 天然生蜂蜜 500克',
      descriptionZh: '蜂箱就放在参园四周的椴树林边，七月椴树开花时由蜜蜂采集酿成。未经高温处理和精滤，天然结晶属正常现象，口感清甜并带淡淡的薄荷清香。一岁以下婴儿不宜食用蜂蜜。',
      category: 'food',
      hsCode: '04090000',
      attributes: { 产地: '美国威斯康星州', 蜜源: '椴树', 保质期: '24个月', 储存方式: '常温密封' },
      label: { ingredients: '蜂蜜', manufacturer: MAKER, storage: '常温密封保存，避免阳光直射；请勿使用湿勺取用', shelfLife: '24个月', netContent: '500克' },
      variants: [variant('WGG-HONEY-500', {}, { price: 1699, grams: 720, unit: 'g', qty: 500, barcode: upc(PREFIX, 601) })],
      art: { kind: 'honey', main: '#d99a1e', accent: '#5d4037', bg: '#f7e3b0' },
    },
    {
      // A complete, eligible product left as a draft: fresh roots are only dug in September.
      handle: 'fresh-american-ginseng-preorder',
      titleEn: 'Fresh American Ginseng Roots (September Harvest Pre-order), 454 g',
      descriptionEn: 'Fresh four-year roots shipped chilled within two days of digging. We open pre-orders each August.',
      titleZh: 'Wausau 美国威斯康星鲜西洋参 四年生 九月采挖预售 454克',
      descriptionZh: '四年生鲜参，采挖后两天内冷链直邮发货。每年八月开放预售，九月采挖后按订单顺序发出。',
      category: 'food',
      hsCode: '12112011',
      shippingModes: ['9610'],
      attributes: { 产地: '美国威斯康星州', 参龄: '四年生', 发货时间: '每年九月', 储存方式: '0–4°C冷藏' },
      label: { ingredients: '鲜西洋参（Panax quinquefolius L.）根', manufacturer: MAKER, storage: '0–4°C冷藏；收货后7天内食用，或自行切片晾干', shelfLife: '冷藏14天', netContent: '454克' },
      variants: [variant('WGG-FRESH-454', {}, { price: 12000, grams: 900, unit: 'g', qty: 454, barcode: upc(PREFIX, 701) })],
      art: { kind: 'root', main: '#f0dcb4', accent: '#5c8f2f', bg: '#e8f2dc' },
      state: 'draft',
    },
  ],
};
