import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { errorResponses, sellerIdOf, Page, PageQuery, toPage, type App } from '../../platform/http.js';
import { CATEGORIES, CATEGORY_CODES, LABEL_FIELDS, REQUIRED_LABEL_FIELDS } from './categories.js';
import type { Reason } from './eligibility.js';
import { explain, localeFrom, type Locale } from './eligibility-messages.js';
import { evaluateEligibility, type CatalogSettings } from './evaluate.js';
import { ProductInputSchema, ShippingModeSchema } from './product-input.js';
import { countProductsByStatus, findProduct, findSellerProduct, listImages, listProducts, listVariants } from './repo.js';
import { createProduct, updateProduct } from './save-product.js';
import { changeProductStatus, type StatusAction } from './status.js';
import { ProductView, viewProduct, viewProducts } from './views.js';

const ProductId = Type.Object({ productId: Type.String({ pattern: '^prd_[0-9a-z]{26}$' }) });
const Status = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('suspended'), Type.Literal('archived')]);
const ListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    status: Type.Optional(Status),
    category: Type.Optional(Type.Union(CATEGORY_CODES.map((c) => Type.Literal(c)))),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  }),
]);
const ExplainedReason = Type.Object({
  code: Type.String(),
  field: Type.String(),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
  message: Type.String(),
});
const EligibilityAnswer = Type.Object({ eligible: Type.Boolean(), reasons: Type.Array(ExplainedReason) });
const Reason = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false });

const explainAll = (reasons: Reason[], locale: Locale) => reasons.map((r) => ({ code: r.code, field: r.field, severity: r.severity, message: explain(r, locale) }));

/** Words a not_eligible refusal's reasons in the caller's language before it leaves. */
async function explained<T>(request: FastifyRequest, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_eligible') {
      const reasons = explainAll((err.details?.['reasons'] ?? []) as Reason[], localeFrom(request.headers['accept-language']));
      const errors = reasons.filter((r) => r.severity === 'error');
      throw new AppError('conflict', 'not_eligible', errors.map((r) => r.message).join(' '), { reasons, fields: errors.map((r) => ({ field: r.field, message: r.message })) });
    }
    throw err;
  }
}

export function registerProductRoutes(app: App, db: Db, settings: CatalogSettings): void {
  app.addSchema(ProductView);
  const Product = Type.Ref('Product');

  app.get(
    '/api/v1/catalog/categories',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Product categories, with the Chinese label fields each requires',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), en: Type.String(), zh: Type.String(), food: Type.Boolean(), labelFields: Type.Array(Type.String()) })) }) },
      },
    },
    async () => ({
      items: CATEGORIES.map((c) => ({ code: c.code, en: c.en, zh: c.zh, food: c.food, labelFields: c.labelKind ? [...REQUIRED_LABEL_FIELDS[c.labelKind]] : [] })),
    }),
  );

  app.get(
    '/api/v1/seller/products',
    { config: { access: ['seller'] }, schema: { tags: ['products'], summary: 'Your products, newest first', querystring: ListQuery, response: { 200: Page(Product), ...errorResponses } } },
    async (request) => {
      const { limit = 50, cursor, ...filter } = request.query;
      const rows = await listProducts(db, { ...filter, sellerId: sellerIdOf(request) }, limit + 1, cursor);
      const page = toPage(rows, limit, (r) => r);
      return { items: await viewProducts(db, page.items), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/seller/products/summary',
    {
      config: { access: ['seller'] },
      schema: { tags: ['products'], summary: 'How many of your products are in each state', response: { 200: Type.Record(Type.String(), Type.Integer()), ...errorResponses } },
    },
    async (request) => ({ draft: 0, published: 0, suspended: 0, archived: 0, ...(await countProductsByStatus(db, sellerIdOf(request))) }),
  );

  app.post(
    '/api/v1/seller/products',
    { config: { access: ['seller'] }, schema: { tags: ['products'], summary: 'Create a product (as a draft)', body: ProductInputSchema, response: { 201: Product, ...errorResponses } } },
    async (request, reply) => {
      const product = await createProduct({ ...contextOf(db, request), db }, sellerIdOf(request), request.body);
      return reply.status(201).send(await viewProduct(db, product));
    },
  );

  app.get(
    '/api/v1/seller/products/:productId',
    { config: { access: ['seller'] }, schema: { tags: ['products'], summary: 'One of your products', params: ProductId, response: { 200: Product, ...errorResponses } } },
    async (request) => {
      const product = await findSellerProduct(db, sellerIdOf(request), request.params.productId);
      if (!product) throw notFound('Product');
      return viewProduct(db, product);
    },
  );

  app.put(
    '/api/v1/seller/products/:productId',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['products'],
        summary: 'Replace a product’s content; `revision` must be the one you read (409 stale_revision otherwise)',
        params: ProductId,
        body: Type.Object({ revision: Type.Integer({ minimum: 1 }), product: ProductInputSchema }, { additionalProperties: false }),
        response: { 200: Product, ...errorResponses },
      },
    },
    async (request) =>
      explained(request, async () => {
        const product = await updateProduct({ ...contextOf(db, request), db }, sellerIdOf(request), request.params.productId, request.body.product, request.body.revision, settings);
        return viewProduct(db, product);
      }),
  );

  app.get(
    '/api/v1/seller/products/:productId/eligibility',
    {
      config: { access: ['seller'] },
      schema: { tags: ['products'], summary: 'Whether the saved product may be published, with every reason (in your language)', params: ProductId, response: { 200: EligibilityAnswer, ...errorResponses } },
    },
    async (request) => {
      const sellerId = sellerIdOf(request);
      const p = await findSellerProduct(db, sellerId, request.params.productId);
      if (!p) throw notFound('Product');
      const [variants, images] = await Promise.all([listVariants(db, [p.id]), listImages(db, [p.id])]);
      const verdict = await evaluateEligibility(
        db,
        sellerId,
        { titleZh: p.title_zh, descriptionZh: p.description_zh, category: p.category, hsCode: p.hs_code, shippingModes: JSON.parse(p.shipping_modes), label: JSON.parse(p.label) },
        { variants: variants.length, images: images.length },
        new Date(),
        settings,
      );
      return { eligible: verdict.eligible, reasons: explainAll(verdict.reasons, localeFrom(request.headers['accept-language'])) };
    },
  );

  app.post(
    '/api/v1/seller/eligibility-check',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['products'],
        summary: 'Check a product being edited (not yet saved) against the rules, for a live eligibility panel',
        body: Type.Object(
          {
            titleZh: Type.String({ maxLength: 100, default: '' }),
            descriptionZh: Type.String({ maxLength: 10_000, default: '' }),
            category: Type.String({ maxLength: 40 }),
            hsCode: Type.String({ maxLength: 10 }),
            shippingModes: Type.Array(ShippingModeSchema, { maxItems: 2, uniqueItems: true }),
            label: Type.Object(Object.fromEntries(LABEL_FIELDS.map((f) => [f, Type.Optional(Type.String({ maxLength: 1000 }))])), { additionalProperties: false, default: {} }),
            variantCount: Type.Integer({ minimum: 0, maximum: 50 }),
            imageCount: Type.Integer({ minimum: 0, maximum: 12 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: EligibilityAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const { variantCount, imageCount, ...product } = request.body;
      const verdict = await evaluateEligibility(db, sellerIdOf(request), product, { variants: variantCount, images: imageCount }, new Date(), settings);
      return { eligible: verdict.eligible, reasons: explainAll(verdict.reasons, localeFrom(request.headers['accept-language'])) };
    },
  );

  for (const action of ['publish', 'unpublish', 'archive', 'restore'] as const satisfies readonly StatusAction[]) {
    app.post(
      `/api/v1/seller/products/:productId/${action}`,
      {
        config: { access: ['seller'] },
        schema: {
          tags: ['products'],
          summary: action === 'publish' ? 'Publish: checks eligibility and answers 409 not_eligible with every reason' : `${action[0]!.toUpperCase()}${action.slice(1)} the product`,
          params: ProductId,
          response: { 200: Product, ...errorResponses },
        },
      },
      async (request) =>
        explained(request, async () => {
          const product = await changeProductStatus({ ...contextOf(db, request), db }, { productId: request.params.productId, sellerId: sellerIdOf(request), action }, settings);
          return viewProduct(db, product);
        }),
    );
  }

  app.get(
    '/api/v1/ops/products',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['operations'],
        summary: 'All products, newest first; filter by seller, state, category or text',
        querystring: Type.Intersect([ListQuery, Type.Object({ sellerId: Type.Optional(Type.String({ pattern: '^sel_[0-9a-z]{26}$' })) })]),
        response: { 200: Page(Product), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, cursor, ...filter } = request.query;
      const page = toPage(await listProducts(db, filter, limit + 1, cursor), limit, (r) => r);
      return { items: await viewProducts(db, page.items), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/ops/products/:productId',
    { config: { access: ['operator'] }, schema: { tags: ['operations'], summary: 'Any product', params: ProductId, response: { 200: Product, ...errorResponses } } },
    async (request) => {
      const product = await findProduct(db, request.params.productId);
      if (!product) throw notFound('Product');
      return viewProduct(db, product);
    },
  );

  for (const action of ['suspend', 'reinstate'] as const) {
    app.post(
      `/api/v1/ops/products/:productId/${action}`,
      {
        config: { access: ['operator'] },
        schema: {
          tags: ['operations'],
          summary: action === 'suspend' ? 'Suspend a product (it leaves the storefront); the reason is shown to the seller' : 'Reinstate a suspended product as a draft',
          params: ProductId,
          body: Reason,
          response: { 200: Product, ...errorResponses },
        },
      },
      async (request) => {
        const product = await changeProductStatus({ ...contextOf(db, request), db }, { productId: request.params.productId, sellerId: null, action, reason: request.body.reason }, settings);
        return viewProduct(db, product);
      },
    );
  }
}
