// The ops pricing tables as the API returns them: settings, VAT rates, consumption-tax rules, freight.
// Rates are basis points (1300 = 13 %) and money is integer fen on the wire.
export type Rounding = { mode: 'fen' } | { mode: 'jiao_up' } | { mode: 'ending_9'; step: 'yuan' | 'jiao' };

export type PricingSettings = {
  markupBp: number;
  rounding: Rounding;
  limits: { singleLimitFen: number; annualLimitFen: number; singleInclusive: boolean; annualInclusive: boolean; annualBasis: 'dutiable' | 'paid' };
  cosmeticsThresholdBasis: 'goods_price' | 'dutiable_value';
  insuranceBp: number;
  commission: { defaultBp: number; byCategory: Record<string, number> };
  paymentFeeBp: number;
  quoteValidityMinutes: number;
};

export type VatRate = { hsCode: string; vatBp: number; note: string | null; updatedBy: string | null; updatedAt: string };

export type ConsumptionTaxRule =
  | { kind: 'none' }
  | { kind: 'ad_valorem'; rateBp: number }
  | { kind: 'cosmetics_high_end'; rateBp: number; perMlOrGFen: number; perPieceFen: number; inclusive: boolean }
  | { kind: 'watch'; rateBp: number; perItemFen: number; inclusive: boolean };

export type ConsumptionTaxLine = { hsPrefix: string; rule: ConsumptionTaxRule; note: string | null; updatedAt: string };

export type ShippingMode = '9610' | '1210';
export type FreightBracket = { id: string; mode: ShippingMode; zone: string; maxWeightG: number; feeFen: number; minDays: number; maxDays: number };
export type ProvinceZone = { province: string; nameZh: string; zone: string };
export type FreightTables = { brackets: FreightBracket[]; provinces: ProvinceZone[] };
export type TariffRate = { id: string; hsPrefix: string; kind: 'mfn' | 'additional'; origin: string | null; rateBp: number; effectiveFrom: string; effectiveTo: string | null; inForce: boolean; note: string | null; updatedBy: string | null; updatedAt: string };
