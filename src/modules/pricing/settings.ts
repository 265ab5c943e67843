// Operator-set pricing settings, stored as one JSON document in platform_settings ('pricing') and
// validated by this schema on every read and write; missing keys take the defaults below.
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { Db, DbOrTrx } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { bumpPricingVersion } from './pricing-version.js';
import { findSetting, upsertSetting } from './tables-repo.js';

const Bp = (max: number, description: string) => Type.Integer({ minimum: 0, maximum: max, description });

export const PricingSettingsSchema = Type.Object(
  {
    markupBp: Bp(5000, 'Platform markup on the converted USD price, in basis points'),
    rounding: Type.Union([
      Type.Object({ mode: Type.Literal('fen') }, { additionalProperties: false }),
      Type.Object({ mode: Type.Literal('jiao_up') }, { additionalProperties: false }),
      Type.Object({ mode: Type.Literal('ending_9'), step: Type.Union([Type.Literal('yuan'), Type.Literal('jiao')]) }, { additionalProperties: false }),
    ]),
    limits: Type.Object(
      {
        singleLimitFen: Type.Integer({ minimum: 1 }),
        annualLimitFen: Type.Integer({ minimum: 1 }),
        singleInclusive: Type.Boolean({ description: 'Whether exactly the single limit is allowed' }),
        annualInclusive: Type.Boolean({ description: 'Whether exactly the annual limit is allowed' }),
        annualBasis: Type.Union([Type.Literal('dutiable'), Type.Literal('paid')]),
      },
      { additionalProperties: false },
    ),
    cosmeticsThresholdBasis: Type.Union([Type.Literal('goods_price'), Type.Literal('dutiable_value')]),
    insuranceBp: Bp(500, 'Insurance charged to the shopper, on the goods value (0: none)'),
    commission: Type.Object(
      { defaultBp: Bp(3000, 'Commission on goods'), byCategory: Type.Record(Type.String({ maxLength: 40 }), Bp(3000, 'Commission for a category')) },
      { additionalProperties: false },
    ),
    paymentFeeBp: Bp(1000, 'Payment processing fee on what the shopper pays'),
    quoteValidityMinutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }),
  },
  { additionalProperties: false },
);
export type PricingSettings = Static<typeof PricingSettingsSchema>;

export const DEFAULT_PRICING_SETTINGS: PricingSettings = {
  markupBp: 0,
  rounding: { mode: 'jiao_up' },
  limits: { singleLimitFen: 500_000, annualLimitFen: 2_600_000, singleInclusive: true, annualInclusive: true, annualBasis: 'dutiable' },
  cosmeticsThresholdBasis: 'goods_price',
  insuranceBp: 0,
  // Public sources put Tmall Global's commission at 2–5 % by category (DOMAIN.md §8): verify before use.
  commission: { defaultBp: 500, byCategory: { food: 300, health: 400, baby: 300, beauty: 500, wine: 500, bags: 500, apparel: 500, home: 500 } },
  paymentFeeBp: 100,
  quoteValidityMinutes: 30,
};

const KEY = 'pricing';

export async function loadPricingSettings(db: DbOrTrx): Promise<PricingSettings> {
  const row = await findSetting(db, KEY);
  if (!row) return DEFAULT_PRICING_SETTINGS;
  const merged = { ...DEFAULT_PRICING_SETTINGS, ...(JSON.parse(row.value) as Partial<PricingSettings>) };
  return Value.Check(PricingSettingsSchema, merged) ? merged : DEFAULT_PRICING_SETTINGS;
}

export async function savePricingSettings(ctx: Ctx & { db: Db }, next: PricingSettings): Promise<PricingSettings> {
  if (!Value.Check(PricingSettingsSchema, next)) throw new AppError('invalid', 'invalid_settings', 'The settings do not match their schema');
  if (next.limits.singleLimitFen > next.limits.annualLimitFen) {
    throw new AppError('invalid', 'invalid_settings', 'limits.singleLimitFen: cannot exceed the annual limit', { fields: [{ field: 'limits.singleLimitFen', message: 'cannot exceed the annual limit' }] });
  }
  const before = await loadPricingSettings(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await upsertSetting(trx, KEY, JSON.stringify(next), ctx.actor?.userId ?? null, ctx.now.toISOString());
    await bumpPricingVersion(trx, ctx.now.toISOString());
    await recordAudit({ ...ctx, db: trx }, { action: 'pricing.settings_changed', subjectType: 'settings', subjectId: KEY, data: { before, after: next } });
  });
  return next;
}
