// Operators keep the consumption-tax rules, tariffs and freight brackets. Every change is audited
// with what it replaced; quotes read the tables as they are at the moment of quoting.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { errorResponses, type App } from '../../platform/http.js';
import { recordAudit } from '../audit/index.js';
import { bumpPricingVersion } from './pricing-version.js';
import { listZones } from './tables-repo.js';
import { registerTariffRoutes } from './tariff-routes.js';

const Bp = Type.Integer({ minimum: 0, maximum: 10_000 });
const Rule = Type.Union([
  Type.Object({ kind: Type.Literal('none') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('ad_valorem'), rateBp: Bp }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('cosmetics_high_end'), rateBp: Bp, perMlOrGFen: Type.Integer({ minimum: 1 }), perPieceFen: Type.Integer({ minimum: 1 }), inclusive: Type.Boolean() }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('watch'), rateBp: Bp, perItemFen: Type.Integer({ minimum: 1 }), inclusive: Type.Boolean() }, { additionalProperties: false }),
]);
const Prefix = Type.String({ pattern: '^\\d{2,10}$', description: 'HS heading or line; the longest matching prefix applies' });

export function registerRuleRoutes(app: App, db: Db): void {
  registerTariffRoutes(app, db);
  app.get(
    '/api/v1/ops/pricing/consumption-tax-rules',
    { config: { access: ['operator'] }, schema: { tags: ['pricing'], summary: 'Consumption-tax rules by HS prefix', response: { 200: Type.Object({ items: Type.Array(Type.Object({ hsPrefix: Type.String(), rule: Rule, note: Type.Union([Type.String(), Type.Null()]), updatedAt: Type.String() })) }), ...errorResponses } } },
    async () => ({
      items: (await db.selectFrom('consumption_tax_rules').selectAll().orderBy('hs_prefix').execute()).map((r) => ({ hsPrefix: r.hs_prefix, rule: JSON.parse(r.rule) as never, note: r.note, updatedAt: r.updated_at })),
    }),
  );

  app.put(
    '/api/v1/ops/pricing/consumption-tax-rules/:hsPrefix',
    {
      config: { access: ['operator'] },
      schema: { tags: ['pricing'], summary: 'Set the consumption-tax rule of an HS prefix', params: Type.Object({ hsPrefix: Prefix }), body: Type.Object({ rule: Rule, note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }), response: { 200: Type.Object({ hsPrefix: Type.String() }), ...errorResponses } },
    },
    async (request) => {
      const ctx = { ...contextOf(db, request), db };
      const { hsPrefix } = request.params;
      const row = { hs_prefix: hsPrefix, rule: JSON.stringify(request.body.rule), note: request.body.note ?? null, updated_by: ctx.actor?.userId ?? null, updated_at: ctx.now.toISOString() };
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('consumption_tax_rules').selectAll().where('hs_prefix', '=', hsPrefix).executeTakeFirst();
        if (before) await trx.updateTable('consumption_tax_rules').set(row).where('hs_prefix', '=', hsPrefix).execute();
        else await trx.insertInto('consumption_tax_rules').values(row).execute();
        await bumpPricingVersion(trx, ctx.now.toISOString());
        await recordAudit({ ...ctx, db: trx }, { action: 'pricing.consumption_tax_rule_set', subjectType: 'consumption_tax_rule', subjectId: hsPrefix, data: { before: before ? JSON.parse(before.rule) : null, after: request.body.rule } });
      });
      return { hsPrefix };
    },
  );

  app.post(
    '/api/v1/ops/pricing/tariffs',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['pricing'],
        summary: 'Add an MFN or additional (origin-specific) tariff rate for an HS prefix from a date; charged on the full-tax path only',
        body: Type.Object(
          { hsPrefix: Prefix, kind: Type.Union([Type.Literal('mfn'), Type.Literal('additional')]), origin: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })), rateBp: Bp, effectiveFrom: Type.String({ format: 'date' }), effectiveTo: Type.Optional(Type.String({ format: 'date' })), note: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = { ...contextOf(db, request), db };
      const b = request.body;
      const row = { id: newId('trf'), hs_prefix: b.hsPrefix, kind: b.kind, origin: b.kind === 'additional' ? (b.origin ?? 'US') : null, rate_bp: b.rateBp, effective_from: b.effectiveFrom, effective_to: b.effectiveTo ?? null, note: b.note ?? null, updated_by: ctx.actor?.userId ?? null, updated_at: ctx.now.toISOString() };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('tariff_rates').values(row).execute();
        await bumpPricingVersion(trx, ctx.now.toISOString());
        await recordAudit({ ...ctx, db: trx }, { action: 'pricing.tariff_added', subjectType: 'tariff_rate', subjectId: row.id, data: { hsPrefix: row.hs_prefix, kind: row.kind, origin: row.origin, rateBp: row.rate_bp, effectiveFrom: row.effective_from } });
      });
      return reply.status(201).send({ id: row.id });
    },
  );

  app.get(
    '/api/v1/ops/pricing/freight',
    {
      config: { access: ['operator'] },
      schema: { tags: ['pricing'], summary: 'Freight brackets by mode and zone, and the zone of each province', response: { 200: Type.Object({ brackets: Type.Array(Type.Unknown()), provinces: Type.Array(Type.Unknown()) }), ...errorResponses } },
    },
    async () => ({
      brackets: (await db.selectFrom('freight_rates').selectAll().orderBy('mode').orderBy('zone').orderBy('max_weight_g').execute()).map((r) => ({ id: r.id, mode: r.mode, zone: r.zone, maxWeightG: r.max_weight_g, feeFen: r.fee_fen, minDays: r.min_days, maxDays: r.max_days })),
      provinces: (await listZones(db)).map((z) => ({ province: z.province, nameZh: z.name_zh, zone: z.zone })),
    }),
  );

  app.patch(
    '/api/v1/ops/pricing/freight/:bracketId',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['pricing'],
        summary: 'Change a freight bracket’s fee or delivery days',
        params: Type.Object({ bracketId: Type.String({ pattern: '^frt_[0-9a-z]{26}$' }) }),
        body: Type.Object({ feeFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })), minDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 90 })), maxDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 90 })) }, { additionalProperties: false, minProperties: 1 }),
        response: { 200: Type.Object({ id: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = { ...contextOf(db, request), db };
      const { bracketId } = request.params;
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('freight_rates').selectAll().where('id', '=', bracketId).executeTakeFirst();
        if (!before) throw notFound('Freight bracket');
        const after = { fee_fen: request.body.feeFen ?? before.fee_fen, min_days: request.body.minDays ?? before.min_days, max_days: request.body.maxDays ?? before.max_days };
        if (after.min_days > after.max_days) throw new AppError('invalid', 'invalid_days', 'minDays: cannot exceed maxDays', { fields: [{ field: 'minDays', message: 'cannot exceed maxDays' }] });
        await trx.updateTable('freight_rates').set({ ...after, updated_by: ctx.actor?.userId ?? null, updated_at: ctx.now.toISOString() }).where('id', '=', bracketId).execute();
        await bumpPricingVersion(trx, ctx.now.toISOString());
        await recordAudit({ ...ctx, db: trx }, { action: 'pricing.freight_changed', subjectType: 'freight_rate', subjectId: bracketId, data: { before: { feeFen: before.fee_fen, minDays: before.min_days, maxDays: before.max_days }, after: { feeFen: after.fee_fen, minDays: after.min_days, maxDays: after.max_days } } });
      });
      return { id: bracketId };
    },
  );
}
