// The answer of POST /calculator/landed-cost: one result per shipping mode, and (with series: true) how
// the shopper's price and the seller's take move with the USD price.
export type Mode = '9610' | '1210';
export const MODES: readonly Mode[] = ['9610', '1210'];

export type LineTax = { dutiableFen: number; tariffFen: number; consumptionTaxFen: number; vatFen: number; totalFen: number; effectiveRateBp: number };
export type QuoteLine = { sku: string; hsCode: string; quantity: number; unitPriceFen: number; goodsFen: number; freightFen: number; insuranceFen: number; tax: LineTax };
export type Totals = {
  goodsFen: number;
  freightFen: number;
  insuranceFen: number;
  discountFen: number;
  dutiableFen: number;
  tariffFen: number;
  consumptionTaxFen: number;
  vatFen: number;
  taxFen: number;
  totalFen: number;
  weightGrams: number;
};
export type SellerSide = { goodsFen: number; markupFen: number; commissionFen: number; paymentFeeFen: number; receivesFen: number; receivesUsdCents: number; settlement: string };

export type ModeResult = {
  mode: Mode;
  province: string;
  zone: string;
  delivery: { minDays: number; maxDays: number };
  fx: { rate: string; source: string; effectiveFrom: string; rateId: string };
  taxPath: 'preferential' | 'full_tax';
  payable: boolean;
  classification: { kind: 'preferential' | 'full_tax' | 'rejected'; reason?: { code: string; message: string; roomLeftFen?: number } };
  lines: QuoteLine[];
  totals: Totals;
  rounding: string;
  seller: SellerSide;
};

export type SeriesPoint = {
  usdCents: number;
  shopperPaysFen_9610?: number | null;
  sellerReceivesUsdCents_9610?: number | null;
  shopperPaysFen_1210?: number | null;
  sellerReceivesUsdCents_1210?: number | null;
};

export type LandedCostAnswer = { results: ModeResult[]; series?: SeriesPoint[] };

export type StatutoryUnit = 'g' | 'ml' | 'piece';

/** What the form holds, as typed (strings), so half-typed numbers stay on screen. */
export type CalculatorInputs = {
  price: string;
  weight: string;
  hsCode: string;
  category: string;
  quantity: string;
  statutoryUnit: StatutoryUnit;
  statutoryQty: string;
  province: string;
};

export const DEFAULT_INPUTS: CalculatorInputs = {
  price: '24.00',
  weight: '454',
  hsCode: '08134090',
  category: 'food',
  quantity: '1',
  statutoryUnit: 'g',
  statutoryQty: '454',
  province: 'SH',
};

/** Common destination provinces (two-letter codes the server knows), with their Chinese names. */
export const PROVINCES: ReadonlyArray<{ code: string; zh: string; en: string }> = [
  { code: 'SH', zh: '上海', en: 'Shanghai' },
  { code: 'BJ', zh: '北京', en: 'Beijing' },
  { code: 'GD', zh: '广东', en: 'Guangdong' },
  { code: 'ZJ', zh: '浙江', en: 'Zhejiang' },
  { code: 'JS', zh: '江苏', en: 'Jiangsu' },
  { code: 'TJ', zh: '天津', en: 'Tianjin' },
  { code: 'FJ', zh: '福建', en: 'Fujian' },
  { code: 'SD', zh: '山东', en: 'Shandong' },
  { code: 'HB', zh: '湖北', en: 'Hubei' },
  { code: 'SC', zh: '四川', en: 'Sichuan' },
  { code: 'CQ', zh: '重庆', en: 'Chongqing' },
  { code: 'XJ', zh: '新疆', en: 'Xinjiang' },
];
