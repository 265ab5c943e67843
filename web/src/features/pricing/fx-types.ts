// FX rates as the ops API returns them.
export type Currency = 'USD' | 'CNY';
export type FxRate = { id: string; base: Currency; quote: Currency; rate: string; source: string; effectiveFrom: string; createdBy: string | null; createdAt: string };
export type CurrentRates = { usdCny: FxRate | null; cnyUsd: FxRate | null };
