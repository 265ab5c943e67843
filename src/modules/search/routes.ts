// GET /api/v1/search and /api/v1/search/suggest: public and cacheable. The ETag is the index version
// (moved on by every reindex) with the request's URL, so a conditional GET is answered 304 without
// searching, and any change to the index changes every tag.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import type { Db, Engine } from '../../db/database.js';
import { invalidField } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { ProductCard } from '../storefront/index.js';
import { CANDIDATE_CAP, type HitRow, type SearchSort } from './query.js';
import { findMeta } from './repo.js';
import { createSearcher, VersionedCache } from './run-search.js';
import { suggest } from './suggest.js';

export const CACHE_CONTROL = 'public, max-age=30';
const JSON_TYPE = 'application/json; charset=utf-8';
/** Offset paging stops here: deeper pages are refused with 400 rather than scanned. */
export const MAX_OFFSET = 1000;

const Mode = Type.Union([Type.Literal('9610'), Type.Literal('1210')]);
/** A search hit is a storefront product card: one schema for the home page, store pages and search. */
const SearchHit = ProductCard;
const FacetValue = Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() });
const SearchAnswer = Type.Object({
  items: Type.Array(SearchHit),
  total: Type.Integer({ description: 'How many products match; a lower bound when totalExact is false' }),
  totalExact: Type.Boolean({ description: `False for a broad query that matched more than the candidates ranked and counted (its ${CANDIDATE_CAP.toLocaleString('en-US')} newest matches): total and facet counts are then of those; price and date orders still page through every match` }),
  facets: Type.Object({
    category: Type.Array(FacetValue),
    state: Type.Array(FacetValue),
    seller: Type.Array(FacetValue),
    mode: Type.Array(FacetValue),
    inStock: Type.Array(FacetValue),
    price: Type.Array(Type.Object({ minFen: Type.Integer(), maxFen: Type.Union([Type.Integer(), Type.Null()]), count: Type.Integer() })),
  }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
const Q = Type.String({ maxLength: 200, description: 'Chinese, pinyin (full or initials) or English; the last word matches as a prefix' });
const SearchQuery = Type.Object(
  {
    q: Type.Optional(Q),
    category: Type.Optional(Type.String({ pattern: '^[a-z_]{1,40}$' })),
    state: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'US state of origin' })),
    seller: Type.Optional(Type.String({ pattern: '^sel_[0-9a-z]{26}$' })),
    mode: Type.Optional(Mode),
    inStock: Type.Optional(Type.Boolean()),
    priceMinFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Lowest shelf price, inclusive' })),
    priceMaxFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Highest shelf price, exclusive (as the price facet bands)' })),
    sort: Type.Optional(
      Type.Union([Type.Literal('relevance'), Type.Literal('price_asc'), Type.Literal('price_desc'), Type.Literal('newest'), Type.Literal('best_selling')], { default: 'relevance' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
    cursor: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,16}$', description: "The previous page's nextCursor" })),
  },
  // Unknown parameters (tracking tags, cache busters) are ignored rather than refused.
);
const cached = { 304: Type.Null({ description: 'Not modified: the index has not changed since the ETag sent in If-None-Match' }) };
const headers = Type.Object({ 'if-none-match': Type.Optional(Type.String({ maxLength: 2000 })) });

const encodeCursor = (offset: number) => Buffer.from(`o${offset}`).toString('base64url');
function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const m = /^o(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  if (!m) throw invalidField('cursor', 'is not a cursor this search gave');
  const offset = Number(m[1]);
  if (offset >= MAX_OFFSET) throw invalidField('cursor', `results stop at the first ${MAX_OFFSET.toLocaleString('en')}; narrow the search with words or filters`, 'page_limit');
  return offset;
}

const toHit = (r: HitRow) => ({
  productId: r.product_id,
  handle: r.handle,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  brand: r.brand,
  sellerId: r.seller_id,
  sellerName: r.seller_name,
  originState: r.origin_state,
  category: r.category,
  imageUrl: r.image_url,
  priceFromFen: r.price_from_fen === null ? null : Number(r.price_from_fen),
  modes: [...(Number(r.mode_1210) ? (['1210'] as const) : []), ...(Number(r.mode_9610) ? (['9610'] as const) : [])],
  inStock: Number(r.in_stock) === 1,
  publishedAt: r.published_at,
});

/** Sets ETag and Cache-Control; the index version, or null when the caller's copy is current (reply 304). */
async function notModified(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<number | null> {
  const version = (await findMeta(db))?.version ?? 0;
  const etag = `W/"${version}-${createHash('sha1').update(request.url).digest('base64url').slice(0, 16)}"`;
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
  const sent = request.headers['if-none-match'];
  const current = sent !== undefined && sent.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
  return current ? null : version;
}

export function registerSearchRoutes(app: App, db: Db, engine: Engine): void {
  const searcher = createSearcher(db, engine);
  // Answers kept as the bytes sent (the 2,000 most recent, per index version): a repeated search is
  // answered without searching or serialising again. Built from the typed answer, so it is the shape
  // the schema documents.
  const answers = new VersionedCache<Buffer>(2000);
  const suggestions = new VersionedCache<Buffer>(2000);
  app.get(
    '/api/v1/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['search'],
        summary: 'Search published products (Chinese, pinyin, English) with facets, sorting and paging (ETag, max-age 30)',
        description:
          'An empty q browses everything; a q with nothing searchable (only punctuation or symbols) finds nothing. Facet counts are over the hits, each ignoring its own filter. Pages go up to the first 1,000 hits.',
        querystring: SearchQuery,
        headers,
        response: { 200: SearchAnswer, ...cached, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { q = '', sort = 'relevance', limit = 20, cursor, ...filters } = request.query;
      const offset = decodeCursor(cursor);
      const version = await notModified(db, request, reply);
      if (version === null) return reply.code(304).send();
      const request_ = { q, filters, sort: sort as SearchSort, limit, offset };
      const body = await answers.get(version, JSON.stringify(request_), async () => {
        const result = await searcher.search(version, request_, MAX_OFFSET);
        const answer: Static<typeof SearchAnswer> = { items: result.rows.map(toHit), total: result.total, totalExact: result.totalExact, facets: result.facets, nextCursor: result.nextOffset === null ? null : encodeCursor(result.nextOffset) };
        return Buffer.from(JSON.stringify(answer));
      });
      return reply.type(JSON_TYPE).send(body);
    },
  );

  app.get(
    '/api/v1/search/suggest',
    {
      config: { access: 'public' },
      schema: {
        tags: ['search'],
        summary: 'Suggestions as the shopper types: matching categories, then product titles (at most 10; ETag, max-age 30)',
        querystring: Type.Object({ q: Type.Optional(Q) }),
        headers,
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ text: Type.String(), handle: Type.Union([Type.String(), Type.Null()]), productId: Type.Union([Type.String(), Type.Null()]), category: Type.Union([Type.String(), Type.Null()]) })) }), ...cached, ...errorResponses },
      },
    },
    async (request, reply) => {
      const version = await notModified(db, request, reply);
      if (version === null) return reply.code(304).send();
      const q = request.query.q ?? '';
      const body = await suggestions.get(version, q, async () => Buffer.from(JSON.stringify({ items: await suggest((query, limit) => searcher.suggestHits(query, limit), q) })));
      return reply.type(JSON_TYPE).send(body);
    },
  );
}
