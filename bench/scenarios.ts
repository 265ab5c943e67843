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
];
