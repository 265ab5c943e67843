import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import type { PositiveListLinesTable, PositiveListVersionsTable } from '../../db/schema.js';
import { contextOf } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { importPositiveList } from './import-list.js';
import { chinaDate, lookupTariffLine } from './lookup.js';
import { findVersion, findVersionInForce, listLines, listVersions } from './repo.js';

const Version = Type.Object({
  id: Type.String(),
  announcement: Type.String(),
  effectiveFrom: Type.String({ format: 'date' }),
  sourceName: Type.String(),
  sourceSha256: Type.String(),
  lineCount: Type.Integer(),
  notes: Type.Union([Type.String(), Type.Null()]),
  importedBy: Type.Union([Type.String(), Type.Null()]),
  importedAt: Type.String(),
  inForce: Type.Boolean(),
});
const RemarkType = Type.Union(['none', 'exclusion', 'trade_mode', 'product_name', 'quantity_cap'].map((v) => Type.Literal(v)));
const Line = Type.Object({
  hsCode: Type.String(),
  description: Type.String(),
  remarkType: RemarkType,
  remark: Type.Union([Type.String(), Type.Null()]),
  capQuantity: Type.Union([Type.Integer(), Type.Null()]),
  capUnit: Type.Union([Type.String(), Type.Null()]),
});
const VersionId = Type.String({ pattern: '^plv_[0-9a-z]{26}$' });

const toVersion = (v: PositiveListVersionsTable, inForceId: string | undefined) => ({
  id: v.id,
  announcement: v.announcement,
  effectiveFrom: v.effective_from,
  sourceName: v.source_name,
  sourceSha256: v.source_sha256,
  lineCount: v.line_count,
  notes: v.notes,
  importedBy: v.imported_by,
  importedAt: v.imported_at,
  inForce: v.id === inForceId,
});
export const toLine = (l: PositiveListLinesTable) => ({
  hsCode: l.hs_code,
  description: l.description,
  remarkType: l.remark_type,
  remark: l.remark,
  capQuantity: l.cap_quantity,
  capUnit: l.cap_unit,
});

export function registerPositiveListRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/ops/positive-list/versions',
    {
      config: { access: ['operator'] },
      schema: { tags: ['positive list'], summary: 'Every imported version of the positive list, newest effective date first', response: { 200: Type.Object({ items: Type.Array(Version) }), ...errorResponses } },
    },
    async () => {
      const inForce = await findVersionInForce(db, chinaDate(new Date()));
      return { items: (await listVersions(db)).map((v) => toVersion(v, inForce?.id)) };
    },
  );

  app.post(
    '/api/v1/ops/positive-list/versions',
    {
      config: { access: ['operator'] },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['positive list'],
        summary: 'Import the official list from a CSV file (body: text/csv, UTF-8); dryRun=true only validates',
        description: 'Columns: hs_code, description, remark_type (none | exclusion | trade_mode | product_name | quantity_cap), remark, cap_quantity, cap_unit. A file with any problem is refused whole, with the list of problems in error.details.problems.',
        querystring: Type.Object({
          announcement: Type.String({ minLength: 3, maxLength: 200 }),
          effectiveFrom: Type.String({ format: 'date' }),
          sourceName: Type.String({ minLength: 1, maxLength: 200 }),
          notes: Type.Optional(Type.String({ maxLength: 1000 })),
          dryRun: Type.Optional(Type.Boolean({ default: false })),
        }),
        response: {
          200: Type.Object({ dryRun: Type.Literal(true), lineCount: Type.Integer() }),
          201: Type.Object({ dryRun: Type.Literal(false), version: Version }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', 'csv_expected', 'Send the list as the request body with content-type text/csv');
      const { dryRun = false, ...provenance } = request.query;
      const outcome = await importPositiveList({ ...contextOf(db, request), db }, request.body, provenance, { dryRun });
      if (outcome.dryRun) return reply.status(200).send(outcome);
      const inForce = await findVersionInForce(db, chinaDate(new Date()));
      return reply.status(201).send({ dryRun: false as const, version: toVersion(outcome.version, inForce?.id) });
    },
  );

  app.get(
    '/api/v1/ops/positive-list/versions/:versionId/lines',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['positive list'],
        summary: 'The lines of one version, by tariff line; q searches the code prefix or the description',
        params: Type.Object({ versionId: VersionId }),
        querystring: Type.Object({
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          after: Type.Optional(Type.String({ pattern: '^\\d{8}$' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(Line), nextAfter: Type.Union([Type.String(), Type.Null()]) }), ...errorResponses },
      },
    },
    async (request) => {
      if (!(await findVersion(db, request.params.versionId))) throw notFound('List version');
      const { q, limit = 100, after } = request.query;
      const rows = await listLines(db, request.params.versionId, { q }, limit + 1, after);
      const page = rows.slice(0, limit);
      return { items: page.map(toLine), nextAfter: rows.length > limit ? (page.at(-1)?.hs_code ?? null) : null };
    },
  );

  app.get(
    '/api/v1/catalog/tariff-lines/:hsCode',
    {
      config: { access: ['seller', 'operator'] },
      schema: {
        tags: ['positive list'],
        summary: 'Whether an HS code may use the cross-border channel today, with the line and its remark',
        params: Type.Object({ hsCode: Type.String({ pattern: '^(\\d{8}|\\d{10})$', description: '8- or 10-digit China tariff code' }) }),
        response: {
          200: Type.Object({
            status: Type.Union([Type.Literal('listed'), Type.Literal('not_listed'), Type.Literal('no_list')]),
            line: Type.Union([Line, Type.Null()]),
            version: Type.Union([Type.Object({ id: Type.String(), announcement: Type.String(), effectiveFrom: Type.String() }), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const found = await lookupTariffLine(db, request.params.hsCode, new Date());
      if (found.status === 'no_list') return { status: found.status, line: null, version: null };
      const version = { id: found.version.id, announcement: found.version.announcement, effectiveFrom: found.version.effective_from };
      return { status: found.status, line: found.status === 'listed' ? toLine(found.line) : null, version };
    },
  );
}
