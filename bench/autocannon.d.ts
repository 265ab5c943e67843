// autocannon ships no types; this declares only the part of its programmatic API the harness uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export type RequestParams = { method?: string; path?: string; headers?: Record<string, string>; body?: string };

  export type Options = {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    /** Request templates; setupRequest may rewrite each request just before it is sent. */
    requests?: Array<RequestParams & { setupRequest?: (req: RequestParams) => RequestParams }>;
  };

  type Stats = { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p99: number };

  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Stats;
    requests: Stats & { sent: number };
    throughput: Stats;
  };

  export type Instance = EventEmitter & { stop(): void };

  function autocannon(opts: Options, cb: (err: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
