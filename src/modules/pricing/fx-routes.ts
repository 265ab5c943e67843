import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import type { FxRatesTable } from '../../db/schema.js';
import { contextOf } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { errorResponses, Page, PageQuery, toPage, type App } from '../../platform/http.js';
import { listFxRates } from './fx-repo.js';
import { addFxRates, formatRate, importFxRates, rateInForce } from './fx-rates.js';

const Currency = Type.Union([Type.Literal('USD'), Type.Literal('CNY')]);
const FxRate = Type.Object({
  id: Type.String(),
  base: Currency,
  quote: Currency,
  rate: Type.String({ description: 'Units of quote per 1 base, exact decimal' }),
  source: Type.String(),
  effectiveFrom: Type.String(),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
export const toFxRate = (r: FxRatesTable) => ({
  id: r.id,
  base: r.base,
  quote: r.quote,
  rate: formatRate(r.rate_micro),
  source: r.source,
  effectiveFrom: r.effective_from,
  createdBy: r.created_by,
  createdAt: r.created_at,
});
const RateBody = Type.Object(
  {
    base: Currency,
    quote: Currency,
    rate: Type.String({ pattern: '^\\d{1,4}(\\.\\d{1,6})?$', description: 'e.g. 7.1234' }),
    source: Type.String({ minLength: 2, maxLength: 200 }),
    effectiveFrom: Type.Optional(Type.String({ format: 'date-time', description: 'Defaults to now' })),
  },
  { additionalProperties: false },
);

export function registerFxRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/fx-rates/current',
    {
      config: { access: 'public' },
      schema: { tags: ['pricing'], summary: 'The USD→CNY and CNY→USD rates in force now', response: { 200: Type.Object({ usdCny: Type.Union([FxRate, Type.Null()]), cnyUsd: Type.Union([FxRate, Type.Null()]) }) } },
    },
    async () => {
      const now = new Date();
      const either = async (base: 'USD' | 'CNY', quote: 'USD' | 'CNY') => rateInForce(db, { base, quote }, now).then(toFxRate, () => null);
      return { usdCny: await either('USD', 'CNY'), cnyUsd: await either('CNY', 'USD') };
    },
  );

  app.get(
    '/api/v1/ops/fx-rates',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['pricing'],
        summary: 'FX-rate history, newest entered first',
        querystring: Type.Intersect([PageQuery, Type.Object({ pair: Type.Optional(Type.Union([Type.Literal('USD-CNY'), Type.Literal('CNY-USD')])) })]),
        response: { 200: Page(FxRate), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, cursor, pair } = request.query;
      const [base, quote] = (pair?.split('-') ?? []) as Array<'USD' | 'CNY'>;
      return toPage(await listFxRates(db, base && quote ? { base, quote } : undefined, limit + 1, cursor), limit, toFxRate);
    },
  );

  app.post(
    '/api/v1/ops/fx-rates',
    { config: { access: ['operator'] }, schema: { tags: ['pricing'], summary: 'Add a rate (history is kept; the latest effective one is in force)', body: RateBody, response: { 201: FxRate, ...errorResponses } } },
    async (request, reply) => {
      const [row] = await addFxRates({ ...contextOf(db, request), db }, [{ ...request.body, effectiveFrom: request.body.effectiveFrom ?? new Date().toISOString() }]);
      return reply.status(201).send(toFxRate(row!));
    },
  );

  app.post(
    '/api/v1/ops/fx-rates/import',
    {
      config: { access: ['operator'] },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ['pricing'],
        summary: 'Import rates from CSV (base, quote, rate, source, effective_from); any problem refuses the file with every row named',
        response: { 201: Type.Object({ imported: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', 'csv_expected', 'Send the rates as the request body with content-type text/csv');
      const rows = await importFxRates({ ...contextOf(db, request), db }, request.body);
      return reply.status(201).send({ imported: rows.length });
    },
  );
}
