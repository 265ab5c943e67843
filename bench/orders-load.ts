// A small stateful load generator for the order benchmarks: keep-alive HTTP over node:http, a fixed
// number of workers pulling jobs from one queue (one socket each, so no request waits inside the
// agent), and every answer's own latency. autocannon repeats fixed requests; checkout needs a
// different session, cart and Idempotency-Key per request.
import { Agent, request } from 'node:http';
import { round } from './load.js';

export type Call = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; headers?: Record<string, string>; body?: string };
/** ms: from the request's start to its last byte; at: when it ended (performance.now()). */
export type Answer = { status: number; body: string; setCookies: string[]; ms: number; at: number };

export type HttpClient = { send(call: Call): Promise<Answer>; close(): void };

export function httpClient(baseUrl: string, sockets: number): HttpClient {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const send = (call: Call) =>
    new Promise<Answer>((resolve, reject) => {
      const start = performance.now();
      const headers: Record<string, string | number> = { ...call.headers };
      if (call.body !== undefined) headers['content-length'] = Buffer.byteLength(call.body);
      const req = request({ host: url.hostname, port: url.port, method: call.method, path: call.path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const at = performance.now();
          const setCookie = res.headers['set-cookie'] ?? [];
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), setCookies: setCookie, ms: at - start, at });
        });
      });
      req.setTimeout(60_000, () => req.destroy(new Error(`${call.method} ${call.path}: no answer in 60 s`)));
      req.on('error', reject);
      req.end(call.body);
    });
  return { send, close: () => agent.destroy() };
}

/** Runs fn over items with `workers` of them in flight at a time; answers keep the items' order. */
export async function eachLimit<T, R>(items: readonly T[], workers: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, worker));
  return out;
}

/** Nearest-rank percentile of an ascending array. */
export function percentileOf(sorted: readonly number[] | Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export type LatencySummary = { p50Ms: number; p99Ms: number; meanMs: number; maxMs: number };

export function latencies(ms: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(ms).sort();
  let sum = 0;
  for (const t of sorted) sum += t;
  return {
    p50Ms: round(percentileOf(sorted, 0.5), 3),
    p99Ms: round(percentileOf(sorted, 0.99), 3),
    meanMs: round(sorted.length ? sum / sorted.length : 0, 3),
    maxMs: round(sorted.length ? sorted[sorted.length - 1]! : 0, 3),
  };
}

/** The answer's JSON, or a loud error naming the request and what came back. */
export function expectStatus(answer: Answer, what: string, ...statuses: number[]): unknown {
  if (!statuses.includes(answer.status)) throw new Error(`${what} answered ${answer.status}: ${answer.body.slice(0, 400)}`);
  return answer.body ? JSON.parse(answer.body) : null;
}
