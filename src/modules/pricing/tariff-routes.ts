// Operators read the tariff table and end a rate from a date (rates are never deleted or rewritten:
// a quote from last month must still be explainable by the row it used).
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { errorResponses, Page, toPage, type App } from '../../platform/http.js';
import { recordAudit } from '../audit/index.js';
import { bumpPricingVersion } from './pricing-version.js';

const Tariff = Type.Object({
  id: Type.String(),
  hsPrefix: Type.String(),
  kind: Type.Union([Type.Literal('mfn'), Type.Literal('additional')]),
  origin: Type.Union([Type.String(), Type.Null()]),
  rateBp: Type.Integer(),
  effectiveFrom: Type.String(),
  effectiveTo: Type.Union([Type.String(), Type.Null()]),
  inForce: Type.Boolean(),
  note: Type.Union([Type.String(), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String(),
});

export function registerTariffRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/ops/pricing/tariffs',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['pricing'],
        summary: 'MFN and additional tariff rates, by HS prefix then newest first; ended rates only when asked',
        querystring: Type.Object({
          hsPrefix: Type.Optional(Type.String({ pattern: '^\\d{1,10}$', description: 'Rates whose prefix starts with these digits' })),
          kind: Type.Optional(Type.Union([Type.Literal('mfn'), Type.Literal('additional')])),
          includeEnded: Type.Optional(Type.Boolean({ default: false })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          cursor: Type.Optional(Type.String({ pattern: '^trf_[0-9a-z]{26}$' })),
        }),
        response: { 200: Page(Tariff), ...errorResponses },
      },
    },
    async (request) => {
      const { hsPrefix, kind, includeEnded = false, limit = 50, cursor } = request.query;
      const today = new Date().toISOString().slice(0, 10);
      let q = db.selectFrom('tariff_rates').selectAll().orderBy('id', 'desc').limit(limit + 1);
      if (hsPrefix) q = q.where('hs_prefix', 'like', `${hsPrefix}%`);
      if (kind) q = q.where('kind', '=', kind);
      if (!includeEnded) q = q.where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', today)]));
      if (cursor) q = q.where('id', '<', cursor);
      return toPage(await q.execute(), limit, (r) => ({
        id: r.id,
        hsPrefix: r.hs_prefix,
        kind: r.kind,
        origin: r.origin,
        rateBp: r.rate_bp,
        effectiveFrom: r.effective_from,
        effectiveTo: r.effective_to,
        inForce: r.effective_from <= today && (r.effective_to === null || r.effective_to > today),
        note: r.note,
        updatedBy: r.updated_by,
        updatedAt: r.updated_at,
      }));
    },
  );

  app.post(
    '/api/v1/ops/pricing/tariffs/:tariffId/end',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['pricing'],
        summary: 'End a tariff rate: it no longer applies from effectiveTo (exclusive end; quotes before that date keep it)',
        params: Type.Object({ tariffId: Type.String({ pattern: '^trf_[0-9a-z]{26}$' }) }),
        body: Type.Object({ effectiveTo: Type.String({ format: 'date' }), note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ id: Type.String(), effectiveTo: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = { ...contextOf(db, request), db };
      const { tariffId } = request.params;
      const { effectiveTo, note } = request.body;
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('tariff_rates').selectAll().where('id', '=', tariffId).executeTakeFirst();
        if (!before) throw notFound('Tariff rate');
        if (effectiveTo <= before.effective_from) {
          throw conflict('invalid_end', `effectiveTo: must be after the rate's start (${before.effective_from})`, { fields: [{ field: 'effectiveTo', message: `must be after ${before.effective_from}` }] });
        }
        if (before.effective_to !== null && before.effective_to <= effectiveTo) {
          throw conflict('already_ended', `This rate already ends on ${before.effective_to}; an end can only be brought forward`, { fields: [{ field: 'effectiveTo', message: `must be before ${before.effective_to}` }] });
        }
        await trx.updateTable('tariff_rates').set({ effective_to: effectiveTo, note: note ?? before.note, updated_by: ctx.actor?.userId ?? null, updated_at: ctx.now.toISOString() }).where('id', '=', tariffId).execute();
        await bumpPricingVersion(trx, ctx.now.toISOString());
        await recordAudit({ ...ctx, db: trx }, { action: 'pricing.tariff_ended', subjectType: 'tariff_rate', subjectId: tariffId, data: { hsPrefix: before.hs_prefix, kind: before.kind, before: before.effective_to, after: effectiveTo } });
      });
      return { id: tariffId, effectiveTo };
    },
  );
}
