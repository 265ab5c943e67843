// The named benchmarks. Every round runs the baseline first, then each selected scenario, so
// ratios compare numbers taken minutes apart on the same (noisy, shared) machine.
// To add one (order placement, CSV import, search): append an entry; if it needs a session,
// seeded rows or a unique body, do that in `prepare`, which runs once after the servers start.

export type Target = 'baseline' | 'gateway';

export type RequestSpec = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: string;
  headers?: Record<string, string>;
};

export type Scenario = RequestSpec & {
  name: string;
  description: string;
  target: Target;
  /** Goal: median req/s at least this fraction of the baseline's median in the same run. */
  minRatio?: number;
  /** Runs once before warm-up; what it returns overrides the request (e.g. a session cookie). */
  prepare?: (baseUrl: string) => Promise<Partial<RequestSpec>>;
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
    // An unsafe request needs the CSRF secret cookie and its token, as a browser would have them.
    prepare: async (baseUrl) => {
      const res = await fetch(`${baseUrl}/api/v1/auth/session`);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken } };
    },
  },
];
