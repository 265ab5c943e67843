// Fern Hollow Vineyard (Dundee Hills, Oregon): estate wines and the hazelnuts from the orchard
// beside the vines. Wine is a food category: it needs the food label and the facility number.
import { upc, variant, type DemoCatalog } from './demo-catalog.js';

const MAKER = 'Fern Hollow Vineyard LLC（美国俄勒冈州邓迪）';
const PREFIX = '0850021';
const WINE_LABEL = {
  ingredients: '葡萄、二氧化硫（抗氧化剂）',
  manufacturer: MAKER,
  storage: '避光、恒温（12–16°C）卧放保存',
  shelfLife: '10年（酒精度≥10%vol的葡萄酒可不标示保质期，此为建议饮用期）',
  netContent: '750毫升',
};
const bottle = (sku: string, price: number, item: number) => variant(sku, { 容量: '750毫升' }, { price, grams: 1400, unit: 'ml', qty: 750, barcode: upc(PREFIX, item) });

export const fernHollowCatalog: DemoCatalog = {
  legalName: 'Fern Hollow Vineyard LLC',
  brand: 'Fern Hollow',
  products: [
    {
      handle: 'dundee-hills-pinot-noir-2021',
      titleEn: 'Dundee Hills Pinot Noir 2021, 750 ml',
      descriptionEn:
        'Our flagship, from the oldest vines on the estate: red cherry, raspberry and a hint of forest floor, with fine tannins. Aged 11 months in French oak, a third of it new. Lovely now with duck or mushrooms; it will keep for a decade.',
      titleZh: 'Fern Hollow 美国俄勒冈邓迪山黑皮诺干红葡萄酒 2021 750毫升',
      descriptionZh: '酒庄的招牌酒款，来自园内树龄最老的葡萄藤。红樱桃和覆盆子的果香中带有一丝林间泥土气息，单宁细腻。法国橡木桶陈酿11个月，现在饮用搭配烤鸭或菌菇类菜肴正好，也可窖藏十年。',
      category: 'wine',
      hsCode: '22042100',
      attributes: { 产区: '美国俄勒冈州威拉米特河谷邓迪山', 葡萄品种: '黑皮诺', 年份: '2021', 酒精度: '13.5%vol' },
      label: WINE_LABEL,
      variants: [bottle('FH-PN-2021', 4800, 101)],
      art: { kind: 'wine', main: '#24331f', accent: '#7b1e3a', bg: '#ead3dc' },
    },
    {
      handle: 'willamette-valley-pinot-gris-2022',
      titleEn: 'Willamette Valley Pinot Gris 2022, 750 ml',
      descriptionEn: 'Crisp and bright, with pear, white peach and a touch of ginger. Fermented cool in stainless steel. Try it with steamed fish or Cantonese dim sum.',
      titleZh: 'Fern Hollow 美国俄勒冈威拉米特河谷灰皮诺干白葡萄酒 2022 750毫升',
      descriptionZh: '清爽明亮，带有梨、白桃和一丝姜的气息，不锈钢罐低温发酵。适合搭配清蒸鱼或粤式点心。',
      category: 'wine',
      hsCode: '22042100',
      attributes: { 产区: '美国俄勒冈州威拉米特河谷', 葡萄品种: '灰皮诺', 年份: '2022', 酒精度: '13%vol' },
      label: WINE_LABEL,
      variants: [bottle('FH-PG-2022', 2600, 201)],
      art: { kind: 'wine', main: '#c9b458', accent: '#5b7f3a', bg: '#f1ecd0' },
    },
    {
      handle: 'estate-chardonnay-2021',
      titleEn: 'Estate Chardonnay 2021, 750 ml',
      descriptionEn: 'Lemon, green apple and hazelnut, with a creamy texture from ten months on the lees in neutral oak.',
      titleZh: 'Fern Hollow 美国俄勒冈庄园霞多丽干白葡萄酒 2021 750毫升',
      descriptionZh: '柠檬、青苹果和榛子的香气，在旧橡木桶中带酒泥陈酿10个月，口感圆润。适合搭配白灼虾或奶油类菜肴。',
      category: 'wine',
      hsCode: '22042100',
      attributes: { 产区: '美国俄勒冈州邓迪山', 葡萄品种: '霞多丽', 年份: '2021', 酒精度: '13%vol' },
      label: WINE_LABEL,
      variants: [bottle('FH-CH-2021', 3800, 301)],
      art: { kind: 'wine', main: '#b59a3c', accent: '#8d6e3f', bg: '#f3e9c8' },
    },
    {
      handle: 'rose-of-pinot-noir-2023',
      titleEn: 'Rosé of Pinot Noir 2023, 750 ml',
      descriptionEn: 'Pale salmon pink, dry, with strawberry and watermelon. Made from Pinot Noir pressed straight after picking.',
      titleZh: 'Fern Hollow 美国俄勒冈黑皮诺桃红葡萄酒 2023 750毫升',
      descriptionZh: '淡淡的三文鱼粉色，干型，草莓和西瓜的清新果香。黑皮诺采摘后直接压榨酿造，适合夏日冰镇饮用。',
      category: 'wine',
      hsCode: '22042100',
      attributes: { 产区: '美国俄勒冈州威拉米特河谷', 葡萄品种: '黑皮诺', 年份: '2023', 酒精度: '12.5%vol' },
      label: WINE_LABEL,
      variants: [bottle('FH-ROSE-2023', 2400, 401)],
      art: { kind: 'wine', main: '#e8917f', accent: '#c2185b', bg: '#f9dede' },
    },
    {
      handle: 'dundee-hills-hazelnuts',
      titleEn: 'Oregon Hazelnuts, Shelled, 340 g',
      descriptionEn: 'Oregon grows nearly all of America\'s hazelnuts. Ours come from the orchard beside the vines: shelled and dried, never roasted.',
      titleZh: 'Fern Hollow 美国俄勒冈榛子仁 去壳原味 340克',
      descriptionZh: '美国几乎所有的榛子都产自俄勒冈。我们的榛子来自葡萄园旁的自家果园，去壳晾干，不烘烤，可自行烤香或做甜点。',
      category: 'food',
      hsCode: '08022200',
      attributes: { 产地: '美国俄勒冈州', 保质期: '12个月', 储存方式: '开封后冷藏' },
      label: { ingredients: '榛子仁', manufacturer: MAKER, storage: '阴凉干燥处保存；开封后密封冷藏', shelfLife: '12个月', netContent: '340克' },
      variants: [variant('FH-HAZEL-340', {}, { price: 1299, grams: 380, unit: 'g', qty: 340, barcode: upc(PREFIX, 501) })],
      art: { kind: 'nuts', main: '#9a6034', accent: '#4e6b3a', bg: '#efdfca' },
    },
    {
      // Deliberately not publishable: wine in containers over 2 litres (2204.22) is not on the list.
      handle: 'pinot-noir-3-litre-box',
      titleEn: 'House Pinot Noir, 3 L Bag-in-Box',
      descriptionEn: 'Our everyday Pinot Noir in a 3-litre box that stays fresh for six weeks after opening.',
      titleZh: 'Fern Hollow 美国俄勒冈黑皮诺干红葡萄酒 3升盒装',
      descriptionZh: '日常餐酒款黑皮诺，3升盒中袋包装，开启后六周内风味不减。',
      category: 'wine',
      hsCode: '22042200',
      attributes: { 产区: '美国俄勒冈州', 葡萄品种: '黑皮诺', 酒精度: '13%vol' },
      label: { ...WINE_LABEL, netContent: '3升' },
      variants: [variant('FH-PN-BOX-3L', { 容量: '3升' }, { price: 9500, grams: 3400, unit: 'ml', qty: 3000, barcode: upc(PREFIX, 601) })],
      art: { kind: 'box', main: '#5d1a2e', accent: '#c9a227', bg: '#ecd3da' },
      state: 'draft',
    },
  ],
};
