// Little Meadow (Chippewa Falls, Wisconsin): infant formula, milk powder and cheese. Infant formula
// (1901.10.10) may only enter as bonded goods (网购保税, 1210), so it ships from Ningbo only.
import { upc, variant, type DemoCatalog } from './demo-catalog.js';

const MAKER = 'Little Meadow Nutrition Inc.（美国威斯康星州奇珀瓦福尔斯）';
const PREFIX = '0810264';
const FORMULA_STORAGE = '未开罐时置于阴凉干燥处；开罐后请盖紧罐盖，置于阴凉干燥处（勿冷藏），并在4周内食用完毕';
const BREASTFEEDING = '对于0–6月龄的婴儿，最理想的食品是母乳，在母乳不足或无母乳时可食用本产品。';
const formulaIngredients = (protein: string) =>
  `${protein}、乳糖、植物油（高油酸葵花籽油、大豆油、椰子油）、浓缩乳清蛋白粉、低聚半乳糖、二十二碳六烯酸（DHA）、花生四烯酸（ARA）、维生素（A、D、E、K、C、B族）、矿物质（钙、铁、锌等）`;

export const littleMeadowCatalog: DemoCatalog = {
  legalName: 'Little Meadow Nutrition Inc.',
  brand: 'Little Meadow',
  products: [
    {
      handle: 'infant-formula-stage-1',
      titleEn: 'Grass-Fed Infant Formula Stage 1 (0–6 Months), 900 g',
      descriptionEn: `Made from the milk of grass-grazing Wisconsin cows, with DHA, ARA and GOS. Breast milk is best for babies; use formula when breast milk is not enough or not available. Ships only from our bonded warehouse in Ningbo.`,
      titleZh: 'Little Meadow 小牧场 美国威斯康星草饲奶源 婴儿配方奶粉1段（0–6月龄）900克',
      descriptionZh: `奶源来自威斯康星州西部的草饲家庭牧场，添加DHA、ARA和低聚半乳糖。${BREASTFEEDING}本品仅通过网购保税（1210）模式由宁波保税仓发货。`,
      category: 'baby',
      hsCode: '19011010',
      shippingModes: ['1210'],
      attributes: { 产地: '美国威斯康星州', 适用月龄: '0–6月龄', 段位: '1段', 发货仓: '宁波保税仓' },
      label: { ingredients: formulaIngredients('脱脂牛乳'), manufacturer: MAKER, storage: FORMULA_STORAGE, shelfLife: '24个月', netContent: '900克' },
      variants: [variant('LM-INF1-900', {}, { price: 4299, grams: 1250, unit: 'g', qty: 900, barcode: upc(PREFIX, 101) })],
      art: { kind: 'tin', main: '#f4f1e8', accent: '#6fa85a', bg: '#e1f0d8' },
    },
    {
      handle: 'follow-on-formula-stage-2',
      titleEn: 'Grass-Fed Follow-On Formula Stage 2 (6–12 Months), 900 g',
      descriptionEn: 'Our stage 2 formula for older babies starting solid food, with more iron and vitamin D. Ships only from our bonded warehouse in Ningbo.',
      titleZh: 'Little Meadow 小牧场 美国威斯康星草饲奶源 较大婴儿配方奶粉2段（6–12月龄）900克',
      descriptionZh: '为开始添加辅食的6–12月龄宝宝设计，适当提高铁和维生素D含量，草饲奶源口味清淡。本品仅通过网购保税（1210）模式由宁波保税仓发货。',
      category: 'baby',
      hsCode: '19011010',
      shippingModes: ['1210'],
      attributes: { 产地: '美国威斯康星州', 适用月龄: '6–12月龄', 段位: '2段', 发货仓: '宁波保税仓' },
      label: { ingredients: formulaIngredients('脱脂牛乳'), manufacturer: MAKER, storage: FORMULA_STORAGE, shelfLife: '24个月', netContent: '900克' },
      variants: [variant('LM-INF2-900', {}, { price: 4299, grams: 1250, unit: 'g', qty: 900, barcode: upc(PREFIX, 201) })],
      art: { kind: 'tin', main: '#f4f1e8', accent: '#3f8fb5', bg: '#d8e9f2' },
    },
    {
      handle: 'toddler-formula-stage-3',
      titleEn: 'Grass-Fed Toddler Formula Stage 3 (12–36 Months), 900 g',
      descriptionEn: 'A milk drink for toddlers alongside a varied diet. Ships only from our bonded warehouse in Ningbo.',
      titleZh: 'Little Meadow 小牧场 美国威斯康星草饲奶源 幼儿配方奶粉3段（12–36月龄）900克',
      descriptionZh: '适合12–36月龄幼儿在均衡膳食之外饮用，补充优质乳蛋白和钙。本品仅通过网购保税（1210）模式由宁波保税仓发货。',
      category: 'baby',
      hsCode: '19011010',
      shippingModes: ['1210'],
      attributes: { 产地: '美国威斯康星州', 适用月龄: '12–36月龄', 段位: '3段', 发货仓: '宁波保税仓' },
      label: { ingredients: formulaIngredients('生牛乳'), manufacturer: MAKER, storage: FORMULA_STORAGE, shelfLife: '24个月', netContent: '900克' },
      variants: [variant('LM-INF3-900', {}, { price: 3899, grams: 1250, unit: 'g', qty: 900, barcode: upc(PREFIX, 301) })],
      art: { kind: 'tin', main: '#f4f1e8', accent: '#e08a3c', bg: '#f6e2cc' },
    },
    {
      handle: 'grass-fed-whole-milk-powder',
      titleEn: 'Grass-Fed Whole Milk Powder, 800 g',
      descriptionEn: 'Whole milk from our farms, spray-dried and nitrogen-flushed. For the whole family: stir into warm water, coffee or baking.',
      titleZh: 'Little Meadow 小牧场 美国威斯康星草饲全脂奶粉 800克',
      descriptionZh: '成员牧场的草饲全脂牛奶喷雾干燥、充氮罐装，奶香浓郁。全家适用，可用温水冲调，也可加入咖啡或用于烘焙。',
      category: 'food',
      hsCode: '04022100',
      attributes: { 产地: '美国威斯康星州', 脂肪含量: '≥26%', 保质期: '18个月' },
      label: { ingredients: '生牛乳', manufacturer: MAKER, storage: '未开罐时置于阴凉干燥处；开罐后盖紧罐盖，4周内食用完毕', shelfLife: '18个月', netContent: '800克' },
      variants: [variant('LM-WMP-800', {}, { price: 2499, grams: 1100, unit: 'g', qty: 800, barcode: upc(PREFIX, 401) })],
      art: { kind: 'tin', main: '#2f6db3', accent: '#7fb8e6', bg: '#d5e3f3' },
    },
    {
      handle: 'two-year-aged-cheddar',
      titleEn: 'Two-Year Aged Wisconsin Cheddar, 227 g',
      descriptionEn: 'Sharp, nutty cheddar aged for two years, with the little crunchy crystals cheese lovers look for. Ships chilled from the bonded warehouse.',
      titleZh: 'Little Meadow 小牧场 美国威斯康星陈年切达奶酪 熟成两年 227克',
      descriptionZh: '熟成两年的切达奶酪，风味浓郁带坚果香，切开能看到细小的酪氨酸结晶，口感脆沙。由保税仓冷链发货。',
      category: 'food',
      hsCode: '04069000',
      shippingModes: ['1210'],
      attributes: { 产地: '美国威斯康星州', 熟成时间: '24个月', 储存方式: '2–6°C冷藏' },
      label: { ingredients: '生牛乳、食用盐、发酵菌、凝乳酶', manufacturer: MAKER, storage: '2–6°C冷藏；开封后用保鲜膜包好，2周内食用完毕', shelfLife: '9个月', netContent: '227克' },
      variants: [variant('LM-CHED-227', {}, { price: 1199, grams: 300, unit: 'g', qty: 227, barcode: upc(PREFIX, 501) })],
      art: { kind: 'cheese', main: '#f2b632', accent: '#8d5a2b', bg: '#fbe7b8' },
    },
  ],
};
