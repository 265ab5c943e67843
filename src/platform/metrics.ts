// Prometheus metrics: request counts and latency by route, plus the process defaults. One registry
// per app instance so several apps (tests) never collide.
import { timingSafeEqual } from 'node:crypto';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { unauthenticated } from './errors.js';
import type { App } from './http.js';

export function installMetrics(app: App, options: { token: string | undefined }): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to response, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the raw URL: ids in paths would explode the label set.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });

  app.get(
    '/metrics',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      if (options.token) {
        const given = Buffer.from(request.headers.authorization ?? '');
        const wanted = Buffer.from(`Bearer ${options.token}`);
        if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw unauthenticated('Metrics need the bearer token');
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
  return registry;
}
