// The 31 provincial-level divisions of mainland China and the default freight zone of each.
// Codes are the two-letter subdivision codes of ISO 3166-2:CN without the "CN-" prefix (the same
// letters as the alphabetic codes of GB/T 2260); Hong Kong, Macao and Taiwan are not in this channel.
//
// Zones are a platform default, not a fact: an operator edits province_zones (and the freight table)
// to match the contracted carrier's own zoning. A: the east-coast hubs where cross-border parcels
// land and most bonded zones sit; C: remote regions where carriers surcharge; B: everything else
// (central, north-east and south-west China).
export type FreightZone = 'A' | 'B' | 'C';

export type ProvinceZone = { province: string; nameZh: string; zone: FreightZone };

export const PROVINCE_ZONES: readonly ProvinceZone[] = [
  { province: 'BJ', nameZh: '北京市', zone: 'A' },
  { province: 'TJ', nameZh: '天津市', zone: 'A' },
  { province: 'HE', nameZh: '河北省', zone: 'B' },
  { province: 'SX', nameZh: '山西省', zone: 'B' },
  { province: 'NM', nameZh: '内蒙古自治区', zone: 'C' },
  { province: 'LN', nameZh: '辽宁省', zone: 'B' },
  { province: 'JL', nameZh: '吉林省', zone: 'B' },
  { province: 'HL', nameZh: '黑龙江省', zone: 'B' },
  { province: 'SH', nameZh: '上海市', zone: 'A' },
  { province: 'JS', nameZh: '江苏省', zone: 'A' },
  { province: 'ZJ', nameZh: '浙江省', zone: 'A' },
  { province: 'AH', nameZh: '安徽省', zone: 'B' },
  { province: 'FJ', nameZh: '福建省', zone: 'A' },
  { province: 'JX', nameZh: '江西省', zone: 'B' },
  { province: 'SD', nameZh: '山东省', zone: 'A' },
  { province: 'HA', nameZh: '河南省', zone: 'B' },
  { province: 'HB', nameZh: '湖北省', zone: 'B' },
  { province: 'HN', nameZh: '湖南省', zone: 'B' },
  { province: 'GD', nameZh: '广东省', zone: 'A' },
  { province: 'GX', nameZh: '广西壮族自治区', zone: 'B' },
  // An island: parcels cross the Qiongzhou Strait, so carriers price it with the remote regions.
  { province: 'HI', nameZh: '海南省', zone: 'C' },
  { province: 'CQ', nameZh: '重庆市', zone: 'B' },
  { province: 'SC', nameZh: '四川省', zone: 'B' },
  { province: 'GZ', nameZh: '贵州省', zone: 'B' },
  { province: 'YN', nameZh: '云南省', zone: 'B' },
  { province: 'XZ', nameZh: '西藏自治区', zone: 'C' },
  { province: 'SN', nameZh: '陕西省', zone: 'B' },
  { province: 'GS', nameZh: '甘肃省', zone: 'C' },
  { province: 'QH', nameZh: '青海省', zone: 'C' },
  { province: 'NX', nameZh: '宁夏回族自治区', zone: 'C' },
  { province: 'XJ', nameZh: '新疆维吾尔自治区', zone: 'C' },
];
