import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { recordAudit } from '../audit/index.js';
import { bumpPricingVersion } from './pricing-version.js';
import { loadPricingSettings, PricingSettingsSchema, savePricingSettings } from './settings.js';
import { listVatRates, upsertVatRate } from './tables-repo.js';
import { importVatRates } from './vat-import.js';

const VatRate = Type.Object({ hsCode: Type.String(), vatBp: Type.Integer(), note: Type.Union([Type.String(), Type.Null()]), updatedBy: Type.Union([Type.String(), Type.Null()]), updatedAt: Type.String() });

export function registerPricingTableRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/ops/pricing/settings',
    { config: { access: ['operator'] }, schema: { tags: ['pricing'], summary: 'Markup, rounding, limits, commission, payment fee, quote validity', response: { 200: PricingSettingsSchema, ...errorResponses } } },
    async () => loadPricingSettings(db),
  );

  app.put(
    '/api/v1/ops/pricing/settings',
    { config: { access: ['operator'] }, schema: { tags: ['pricing'], summary: 'Replace the pricing settings (audited with before and after)', body: PricingSettingsSchema, response: { 200: PricingSettingsSchema, ...errorResponses } } },
    async (request) => savePricingSettings({ ...contextOf(db, request), db }, request.body),
  );

  app.get(
    '/api/v1/ops/pricing/vat-rates',
    { config: { access: ['operator'] }, schema: { tags: ['pricing'], summary: 'VAT rate per 8-digit tariff line', response: { 200: Type.Object({ items: Type.Array(VatRate) }), ...errorResponses } } },
    async () => ({ items: (await listVatRates(db)).map((r) => ({ hsCode: r.hs_code, vatBp: r.vat_bp, note: r.note, updatedBy: r.updated_by, updatedAt: r.updated_at })) }),
  );

  app.put(
    '/api/v1/ops/pricing/vat-rates/:hsCode',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['pricing'],
        summary: 'Set the VAT rate of a tariff line: 13 % in general, 9 % for the goods of 财政部 税务总局 海关总署公告2019年第39号',
        params: Type.Object({ hsCode: Type.String({ pattern: '^\\d{8}$' }) }),
        body: Type.Object({ vatBp: Type.Union([Type.Literal(1300), Type.Literal(900)]), note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
        response: { 200: VatRate, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = { ...contextOf(db, request), db };
      const row = { hs_code: request.params.hsCode, vat_bp: request.body.vatBp, note: request.body.note ?? null, updated_by: ctx.actor?.userId ?? null, updated_at: ctx.now.toISOString() };
      await db.transaction().execute(async (trx) => {
        const before = await upsertVatRate(trx, row);
        await bumpPricingVersion(trx, ctx.now.toISOString());
        await recordAudit({ ...ctx, db: trx }, { action: 'pricing.vat_rate_set', subjectType: 'vat_rate', subjectId: row.hs_code, data: { fromBp: before?.vat_bp ?? null, toBp: row.vat_bp } });
      });
      return { hsCode: row.hs_code, vatBp: row.vat_bp, note: row.note, updatedBy: row.updated_by, updatedAt: row.updated_at };
    },
  );

  app.post(
    '/api/v1/ops/pricing/vat-rates/import',
    {
      config: { access: ['operator'] },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['pricing'],
        summary: 'Import VAT rates from CSV (hs_code, vat_percent 13 or 9, note); any problem refuses the file with every row named',
        response: { 200: Type.Object({ created: Type.Integer(), changed: Type.Integer(), unchanged: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', 'csv_expected', 'Send the rates as the request body with content-type text/csv');
      return importVatRates({ ...contextOf(db, request), db }, request.body);
    },
  );
}
