// The 31 mainland provinces, with the codes the address API expects (ISO 3166-2:CN letters, as in
// src/modules/pricing/reference-provinces.ts). No endpoint lists them, and they change about once in a
// generation, so the form carries them.
export type ProvinceOption = { code: string; zh: string; en: string };

export const PROVINCES: readonly ProvinceOption[] = [
  { code: 'BJ', zh: '北京市', en: 'Beijing' },
  { code: 'TJ', zh: '天津市', en: 'Tianjin' },
  { code: 'HE', zh: '河北省', en: 'Hebei' },
  { code: 'SX', zh: '山西省', en: 'Shanxi' },
  { code: 'NM', zh: '内蒙古自治区', en: 'Inner Mongolia' },
  { code: 'LN', zh: '辽宁省', en: 'Liaoning' },
  { code: 'JL', zh: '吉林省', en: 'Jilin' },
  { code: 'HL', zh: '黑龙江省', en: 'Heilongjiang' },
  { code: 'SH', zh: '上海市', en: 'Shanghai' },
  { code: 'JS', zh: '江苏省', en: 'Jiangsu' },
  { code: 'ZJ', zh: '浙江省', en: 'Zhejiang' },
  { code: 'AH', zh: '安徽省', en: 'Anhui' },
  { code: 'FJ', zh: '福建省', en: 'Fujian' },
  { code: 'JX', zh: '江西省', en: 'Jiangxi' },
  { code: 'SD', zh: '山东省', en: 'Shandong' },
  { code: 'HA', zh: '河南省', en: 'Henan' },
  { code: 'HB', zh: '湖北省', en: 'Hubei' },
  { code: 'HN', zh: '湖南省', en: 'Hunan' },
  { code: 'GD', zh: '广东省', en: 'Guangdong' },
  { code: 'GX', zh: '广西壮族自治区', en: 'Guangxi' },
  { code: 'HI', zh: '海南省', en: 'Hainan' },
  { code: 'CQ', zh: '重庆市', en: 'Chongqing' },
  { code: 'SC', zh: '四川省', en: 'Sichuan' },
  { code: 'GZ', zh: '贵州省', en: 'Guizhou' },
  { code: 'YN', zh: '云南省', en: 'Yunnan' },
  { code: 'XZ', zh: '西藏自治区', en: 'Tibet' },
  { code: 'SN', zh: '陕西省', en: 'Shaanxi' },
  { code: 'GS', zh: '甘肃省', en: 'Gansu' },
  { code: 'QH', zh: '青海省', en: 'Qinghai' },
  { code: 'NX', zh: '宁夏回族自治区', en: 'Ningxia' },
  { code: 'XJ', zh: '新疆维吾尔自治区', en: 'Xinjiang' },
];
