// The named benchmarks. Every round runs the baseline first, then each selected scenario, so
// ratios compare numbers taken minutes apart on the same (noisy, shared) machine.
// To add one (CSV import…): append an entry; if it needs a session, seeded rows or a fixed body, do
// that in `prepare`, which runs once after the servers start. A scenario whose every request needs
// its own state (checkout: a full cart, a new key) brings its own load generator (`stateful`).
// Scenarios with `catalog: true` run against a generated catalog (catalog-generator.ts, 100,000
// products unless BENCH_CATALOG_PRODUCTS says otherwise), and `paths` rotates requests over many URLs.
import { registrationRushRunner } from './conference-registration.js';
import { flashSaleRunner } from './flash-sale.js';
import type { Measurement } from './load.js';
import { placeOrderRunner } from './orders.js';
import { SEARCH_TERMS } from './search-queries.js';

export type Target = 'baseline' | 'gateway';

export type RequestSpec = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** Requests rotate over these paths (each request takes the next one), instead of repeating `path`. */
  paths?: string[];
};

export type PrepareContext = { sampleProductIds: string[] };

/** What a stateful scenario (one that needs a new session, cart or key per request) gets to start from. */
export type StatefulContext = { baseUrl: string; databaseUrl: string; connections: number; /** The gateway's SECRETS_DIR (its PII key). */ secretsDir: string };
/** Its own load generator: one measurement of about `seconds` (a warm-up too), then close. */
export type StatefulRunner = { measure(seconds: number): Promise<Measurement>; close(): Promise<void> };

export type Scenario = RequestSpec & {
  name: string;
  description: string;
  target: Target;
  /** Goal: median req/s at least this fraction of the baseline's median in the same run. */
  minRatio?: number;
  /** Goal: median p99 latency at most this many ms. */
  maxP99Ms?: number;
  /** Goal: median req/s at least this. */
  minReqPerSec?: number;
  /** Needs the generated catalog in the server's database. */
  catalog?: true;
  /** On PostgreSQL these goals replace minReqPerSec and maxP99Ms (a missing one is not checked there). */
  postgresGoals?: { minReqPerSec?: number; maxP99Ms?: number };
  /** Stateful: prepared once after the servers start, then measured by its own load generator, not autocannon. */
  stateful?: (context: StatefulContext) => Promise<StatefulRunner>;
  /** Runs once before warm-up; what it returns overrides the request (e.g. a session cookie). */
  prepare?: (baseUrl: string, context: PrepareContext) => Promise<Partial<RequestSpec>>;
};

export const BASELINE = 'hello';

export const scenarios: Scenario[] = [
  {
    name: BASELINE,
    description: 'plain Node http hello-world: the machine ceiling',
    target: 'baseline',
    method: 'GET',
    path: '/',
  },
  {
    name: 'healthz',
    description: 'Gateway liveness: every global hook and plugin, no database',
    target: 'gateway',
    method: 'GET',
    path: '/healthz',
    minRatio: 0.7,
  },
  {
    name: 'landed-cost',
    description: 'POST /api/v1/calculator/landed-cost for a 3-line cart (food 9 %, cosmetics with CT, leather goods): table look-ups + the tax engine',
    target: 'gateway',
    method: 'POST',
    path: '/api/v1/calculator/landed-cost',
    body: JSON.stringify({
      items: [
        { hsCode: '08134090', category: 'food', priceUsdCents: 1299, quantity: 2, weightGrams: 260, statutoryUnit: 'g', statutoryQty: 227 },
        { hsCode: '33049900', category: 'beauty', priceUsdCents: 4800, quantity: 1, weightGrams: 120, statutoryUnit: 'ml', statutoryQty: 50 },
        { hsCode: '42023100', category: 'bags', priceUsdCents: 8900, quantity: 1, weightGrams: 300, statutoryUnit: 'piece', statutoryQty: 1 },
      ],
      province: 'SH',
      modes: ['9610'],
    }),
    prepare: async (baseUrl) => ({ headers: await csrfHeaders(baseUrl) }),
  },
  {
    name: 'quote',
    description: 'POST /api/v1/quotes for a 3-line cart of demo products from one store (9610 to Shanghai): variant look-up, table look-ups, the tax engine, and the stored quote',
    target: 'gateway',
    method: 'POST',
    path: '/api/v1/quotes',
    prepare: async (baseUrl) => {
      const headers = await csrfHeaders(baseUrl);
      // Three variants of one demo store that ship by direct mail, found the way a shopper would.
      const search = (await (await fetch(`${baseUrl}/api/v1/search?q=${encodeURIComponent('樱桃')}&mode=9610&limit=20`)).json()) as { items: Array<{ productId: string; sellerId: string }> };
      const seller = search.items[0]?.sellerId;
      const variantIds: string[] = [];
      for (const hit of search.items.filter((h) => h.sellerId === seller)) {
        const page = (await (await fetch(`${baseUrl}/api/v1/storefront/products/${hit.productId}`)).json()) as { variants: Array<{ variantId: string }> };
        if (page.variants[0]) variantIds.push(page.variants[0].variantId);
        if (variantIds.length === 3) break;
      }
      if (variantIds.length < 3) throw new Error(`quote scenario: found ${variantIds.length} demo variants, need 3`);
      const body = JSON.stringify({ lines: variantIds.map((variantId, i) => ({ variantId, quantity: i + 1 })), mode: '9610', province: 'SH' });
      const check = await fetch(`${baseUrl}/api/v1/quotes`, { method: 'POST', body, headers });
      if (check.status !== 201) throw new Error(`quote scenario: POST /api/v1/quotes answered ${check.status}: ${(await check.text()).slice(0, 300)}`);
      return { body, headers };
    },
  },
  {
    // Issue 6. Its own load generator (orders.ts): checkout is stateful, every request needs a full cart.
    name: 'place-order',
    description: 'POST /api/v1/checkout, 1–3 lines of one store, one order per checkout; carts refilled through the cart API between checkout phases (refills not counted); req/s = orders/s',
    target: 'gateway',
    method: 'POST',
    path: '/api/v1/checkout',
    minReqPerSec: 1500,
    maxP99Ms: 100,
    postgresGoals: { minReqPerSec: 800 },
    stateful: placeOrderRunner,
  },
  {
    // Issue 6: exactly the units on sale are sold (checked three ways, else the run fails); one sale per round.
    name: 'flash-sale',
    description: '10,000 shoppers check out one unit of the same SKU at once for 500 units: 500 × 201, 9,500 × 409 sold_out; req/s = answers/s until the last answer',
    target: 'gateway',
    method: 'POST',
    path: '/api/v1/checkout',
    stateful: flashSaleRunner,
  },
  {
    name: 'search',
    description: `GET /api/v1/search over ${SEARCH_TERMS.length * 2} rotating queries (Chinese, pinyin, English; half with a filter or sort) on the generated catalog`,
    target: 'gateway',
    method: 'GET',
    path: '/api/v1/search?q=%E6%A8%B1%E6%A1%83',
    catalog: true,
    maxP99Ms: 50,
    minReqPerSec: 3000,
    prepare: async (baseUrl) => {
      const extras = ['&inStock=true', '&sort=price_asc', '&category=food', '&mode=1210', '&sort=newest', '&state=MI'];
      const paths = SEARCH_TERMS.flatMap((t, i) => [`/api/v1/search?q=${encodeURIComponent(t.q)}`, `/api/v1/search?q=${encodeURIComponent(t.q)}${extras[i % extras.length]}`]);
      await expectOk(baseUrl, paths);
      return { paths };
    },
  },
  {
    // The search module keeps the 2,000 most recent answers (and facet counts per query) in memory, so
    // 88 URLs, and after the first seconds the 1,892 pairs below, measure those caches. Here every
    // request is a pair with its own page size and sort: over 470,000 distinct answers, in a shuffled
    // order, so nearly every request is searched in SQL (facets are reused only for a repeated pair).
    name: 'search-uncached',
    description: 'GET /api/v1/search over 473,000 distinct two-term queries × sort × page size (shuffled): the answer cache almost never hits',
    target: 'gateway',
    method: 'GET',
    path: '/api/v1/search?q=%E6%A8%B1%E6%A1%83',
    catalog: true,
    prepare: async (baseUrl) => {
      const sorts = ['relevance', 'price_asc', 'price_desc', 'newest', 'best_selling'];
      const pairs = SEARCH_TERMS.flatMap((a, i) => SEARCH_TERMS.filter((_, j) => j !== i).map((b) => encodeURIComponent(`${a.q} ${b.q}`)));
      const paths: string[] = [];
      for (let limit = 1; limit <= 50; limit++) for (const sort of sorts) for (const q of pairs) paths.push(`/api/v1/search?q=${q}&sort=${sort}&limit=${limit}`);
      // A fixed shuffle (Park–Miller), so every run asks the same sequence.
      let seed = 42;
      for (let i = paths.length - 1; i > 0; i--) {
        seed = (seed * 48271) % 2147483647;
        const j = seed % (i + 1);
        [paths[i], paths[j]] = [paths[j]!, paths[i]!];
      }
      await expectOk(baseUrl, paths.slice(0, 5));
      return { paths };
    },
  },
  {
    // Two-term queries: 1,892 distinct pairs, more than the first seconds' cache holds.
    name: 'search-varied',
    description: 'GET /api/v1/search over 1,892 rotating two-term queries (every ordered pair of distinct terms): cached after their first ask',
    target: 'gateway',
    method: 'GET',
    path: '/api/v1/search?q=%E6%A8%B1%E6%A1%83',
    catalog: true,
    maxP99Ms: 50,
    minReqPerSec: 3000,
    prepare: async (baseUrl) => {
      const paths = SEARCH_TERMS.flatMap((a, i) => SEARCH_TERMS.filter((_, j) => j !== i).map((b) => `/api/v1/search?q=${encodeURIComponent(`${a.q} ${b.q}`)}`));
      await expectOk(baseUrl, paths.slice(0, 5));
      return { paths };
    },
  },
  {
    name: 'product-detail',
    description: 'GET /api/v1/storefront/products/:productId over rotating ids spread across the generated catalog',
    target: 'gateway',
    method: 'GET',
    path: '/api/v1/storefront/products/none',
    catalog: true,
    maxP99Ms: 20,
    prepare: async (baseUrl, { sampleProductIds }) => {
      const paths = sampleProductIds.map((id) => `/api/v1/storefront/products/${id}`);
      await expectOk(baseUrl, paths.slice(0, 20));
      return { paths };
    },
  },
  {
    // Issue 7. Last in a round: each rush leaves an outbox backlog (an event per registration) that the
    // server works off over the next minute, so no other scenario of the round follows it.
    // One rush per measurement (the warm-up too), on a fresh event; any wrong count fails the run.
    // Two processes on one database: bench/conference-registration.ts --servers 2.
    name: 'conference-registration',
    description: '5,000 registrations for 1,000 seats, 500 in flight (BENCH_RUSH_*): exactly 1,000 confirmed, waitlist 1..4,000; req/s = registrations/s from first send to last answer',
    target: 'gateway',
    method: 'POST',
    path: '/api/v1/conference/events/:slug/registrations',
    stateful: registrationRushRunner,
  },
];

/** An unsafe request needs the CSRF secret cookie and its token, as a browser would have them. */
async function csrfHeaders(baseUrl: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/v1/auth/session`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
}

/** Fails fast, with the answer, when a rotating scenario's requests would not be 200s. */
async function expectOk(baseUrl: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    const res = await fetch(baseUrl + path);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${body.slice(0, 300)}`);
  }
}
