// The public catalog reads behind the storefront pages. Every answer is cacheable (see cache.ts).
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { errorResponses, type App } from '../../platform/http.js';
import { cacheByContent } from './cache.js';
import { HomeSchema } from './home.js';
import { HomeCache } from './home-cache.js';
import { ProductPageCache } from './page-cache.js';
import { ProductPageSchema } from './product-page.js';
import { loadSellerPage, SellerPageSchema } from './stores.js';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const cached = { 304: Type.Null({ description: 'Not modified: the ETag sent in If-None-Match is current' }) };
const headers = Type.Object({ 'if-none-match': Type.Optional(Type.String({ maxLength: 2000 })) });

export function registerStorefrontRoutes(app: App, db: Db): void {
  const productPages = new ProductPageCache(db);
  const home = new HomeCache(db);

  app.get(
    '/api/v1/storefront/home',
    {
      config: { access: 'public' },
      onSend: cacheByContent,
      schema: { tags: ['storefront'], summary: 'The storefront home: featured products, new arrivals, categories with counts, farm stories by US state (built at most every 15 s, at once after a price change; ETag, max-age 60)', headers, response: { 200: HomeSchema, ...cached, ...errorResponses } },
    },
    async (_request, reply) => {
      // Already JSON (the cached answer, see home-cache.ts): sent as is, with its ETag.
      const answer = await home.get(new Date());
      return reply.header('etag', answer.etag).type('application/json; charset=utf-8').send(answer.body);
    },
  );

  app.get(
    '/api/v1/storefront/products/:productId',
    {
      config: { access: 'public' },
      onSend: cacheByContent,
      schema: {
        tags: ['storefront'],
        summary: 'A published product for its page: gallery, Chinese label, store story, and per variant and mode the stock state and the landed price of one unit to Shanghai (ETag, max-age 60)',
        headers,
        params: Type.Object({ productId: Id }),
        response: { 200: ProductPageSchema, ...cached, ...errorResponses },
      },
    },
    async (request, reply) => {
      // Already JSON (the cached page): sent as is, with the ETag computed when it was built.
      const page = await productPages.get(request.params.productId, new Date());
      return reply.header('etag', page.etag).type('application/json; charset=utf-8').send(page.body);
    },
  );

  app.get(
    '/api/v1/storefront/sellers/:sellerId',
    {
      config: { access: 'public' },
      onSend: cacheByContent,
      schema: {
        tags: ['storefront'],
        summary: "A store's page: name, story, US state, logo and its products (ETag, max-age 60)",
        headers,
        params: Type.Object({ sellerId: Id }),
        response: { 200: SellerPageSchema, ...cached, ...errorResponses },
      },
    },
    async (request) => loadSellerPage(db, request.params.sellerId, new Date()),
  );
}
