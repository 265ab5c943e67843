// One load run with autocannon, in this process (the servers are children). Latency
// percentiles come from every response's own timing, to the microsecond: autocannon's
// histogram rounds to whole milliseconds, too coarse for loopback requests of 1–3 ms.
import autocannon, { type RequestParams, type Result } from 'autocannon';
import type { RequestSpec } from './scenarios.js';

export type LoadOptions = { connections: number; durationSeconds: number };

export type Measurement = {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Scenario-specific figures (orders, sell-out time…), from the stateful scenarios. */
  extra?: Record<string, number>;
  /** autocannon's own figures, for cross-checking (latency in whole ms); absent for stateful scenarios. */
  autocannon?: { reqPerSecAvg: number; reqPerSecStddev: number; p50Ms: number; p99Ms: number; statusCodes: Record<string, number> };
};

export async function measure(baseUrl: string, spec: RequestSpec, opts: LoadOptions): Promise<Measurement> {
  let times = new Float64Array(1 << 18);
  let n = 0;
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + spec.path,
        method: spec.method,
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.body !== undefined ? { body: spec.body } : {}),
        ...(spec.paths?.length ? { requests: [{ setupRequest: rotate(spec.paths) }] } : {}),
        connections: opts.connections,
        duration: opts.durationSeconds,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      if (n === times.length) {
        const grown = new Float64Array(times.length * 2);
        grown.set(times);
        times = grown;
      }
      times[n++] = ms;
    });
  });

  const sorted = times.subarray(0, n).sort();
  let sum = 0;
  for (const t of sorted) sum += t;
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = count;
  return {
    reqPerSec: round(result.requests.average, 0),
    p50Ms: round(percentile(sorted, 0.5), 3),
    p99Ms: round(percentile(sorted, 0.99), 3),
    meanMs: round(n ? sum / n : 0, 3),
    requests: n,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    autocannon: {
      reqPerSecAvg: result.requests.average,
      reqPerSecStddev: round(result.requests.stddev, 0),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      statusCodes,
    },
  };
}

/** Where each path list was left: the warm-up and later rounds go on from there rather than asking again. */
const cursors = new WeakMap<string[], number>();

/** Each request, from any connection, takes the next path: 50 connections do not all ask the same thing. */
function rotate(paths: string[]): (req: RequestParams) => RequestParams {
  return (req) => {
    const i = cursors.get(paths) ?? 0;
    cursors.set(paths, i + 1);
    return { ...req, path: paths[i % paths.length] };
  };
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
