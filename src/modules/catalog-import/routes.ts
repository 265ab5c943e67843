import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, Page, PageQuery, toPage, type App } from '../../platform/http.js';
import type { CatalogSettings } from '../products/index.js';
import { commitCatalogImport, discardCatalogImport } from './commit-import.js';
import { MAX_FILE_BYTES } from './parse-file.js';
import { findImport, listImports } from './repo.js';
import { catalogTemplate, TEMPLATE_FILE_NAME } from './template.js';
import { validateCatalogImport } from './validate-import.js';
import { ImportSummary, ImportView, viewImport, viewSummary } from './views.js';

const ImportId = Type.Object({ importId: Type.String({ pattern: '^imp_[0-9a-z]{26}$' }) });
const tags = ['catalog import'];

export function registerCatalogImportRoutes(app: App, db: Db, settings: CatalogSettings): void {
  app.addSchema(ImportSummary);
  app.addSchema(ImportView);
  const View = Type.Ref('CatalogImport');
  const sellerOf = (request: FastifyRequest) => {
    const { sellerId } = actorOf(request);
    if (!sellerId) throw new AppError('forbidden', 'no_organisation', 'You do not belong to a seller organisation yet: apply to sell first');
    return sellerId;
  };

  app.get(
    '/api/v1/seller/catalog-imports/template.csv',
    {
      config: { access: ['seller'] },
      schema: { tags, summary: 'The import template: every column, with one example product in two sizes', produces: ['text/csv'], response: { 200: Type.String(), ...errorResponses } },
    },
    async (request, reply) => {
      sellerOf(request);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${TEMPLATE_FILE_NAME}"`).send(catalogTemplate());
    },
  );

  app.post(
    '/api/v1/seller/catalog-imports',
    {
      config: { access: ['seller'] },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary: 'Check a product file (body: text/csv, UTF-8, one row per variant); nothing is imported until you commit',
        description:
          'Answers every problem by row (the header is row 1) and column. A file that cannot be read at all (not UTF-8, not CSV, required columns missing) is refused with 400 invalid_csv. At most 10 MB and 20000 rows.',
        consumes: ['text/csv'],
        querystring: Type.Object({ fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }),
        response: { 201: View, ...errorResponses },
      },
    },
    async (request, reply) => {
      const sellerId = sellerOf(request);
      const body: unknown = request.body;
      if (body !== undefined && !Buffer.isBuffer(body)) throw new AppError('unsupported_media_type', 'csv_expected', 'Send the file as the request body with content-type text/csv');
      const fileName = request.query.fileName ?? 'products.csv';
      const row = await validateCatalogImport({ ...contextOf(db, request), db }, sellerId, { bytes: body ?? Buffer.alloc(0), fileName });
      return reply.status(201).send(viewImport(row));
    },
  );

  app.get(
    '/api/v1/seller/catalog-imports',
    { config: { access: ['seller'] }, schema: { tags, summary: 'Your imports, newest first', querystring: PageQuery, response: { 200: Page(Type.Ref('CatalogImportSummary')), ...errorResponses } } },
    async (request) => {
      const { limit = 50, cursor } = request.query;
      return toPage(await listImports(db, sellerOf(request), limit + 1, cursor), limit, viewSummary);
    },
  );

  app.get(
    '/api/v1/seller/catalog-imports/:importId',
    { config: { access: ['seller'] }, schema: { tags, summary: 'One of your imports, with its problems and, once committed, its result', params: ImportId, response: { 200: View, ...errorResponses } } },
    async (request) => {
      const found = await findImport(db, sellerOf(request), request.params.importId);
      if (!found) throw notFound('Import');
      return viewImport(found);
    },
  );

  app.post(
    '/api/v1/seller/catalog-imports/:importId/commit',
    {
      config: { access: ['seller'] },
      schema: {
        tags,
        summary: 'Import the valid rows: all of them in one transaction, or none (409 import_conflict if your catalog changed meanwhile)',
        description:
          'Per SKU: an existing variant is updated with its product; a new SKU joins the product with that handle, or a new draft product. Statuses never change; published products that no longer pass the publishing rules are listed in result.publishedNowIneligible.',
        params: ImportId,
        response: { 200: View, ...errorResponses },
      },
    },
    async (request) => viewImport(await commitCatalogImport({ ...contextOf(db, request), db }, sellerOf(request), request.params.importId, settings)),
  );

  app.post(
    '/api/v1/seller/catalog-imports/:importId/discard',
    { config: { access: ['seller'] }, schema: { tags, summary: 'Discard a checked file without importing it', params: ImportId, response: { 200: View, ...errorResponses } } },
    async (request) => viewImport(await discardCatalogImport({ ...contextOf(db, request), db }, sellerOf(request), request.params.importId)),
  );
}
