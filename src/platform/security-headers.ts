// Security headers. For documents (the web app, the API docs) helmet's set, computed once at
// start-up: our policy has no per-request parts (no nonces), and running helmet's middleware on every
// response cost a third of the throughput of a small route (measured with `npm run bench`).
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export function documentHeaders(options: { hsts: boolean }): Record<string, string> {
  const headers: Record<string, string> = {};
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        // Over plain HTTP (the demo on localhost) upgrading would break every asset request.
        'upgrade-insecure-requests': options.hsts ? [] : null,
      },
    },
    strictTransportSecurity: options.hsts,
  });
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let done = false;
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously');
  return headers;
}

/**
 * JSON answers (API, health, metrics) are never rendered as pages, so the document policy's long
 * CSP buys nothing there: they get the short set OWASP's REST cheat sheet recommends (nosniff, a CSP
 * that forbids running or framing anything, X-Frame-Options for older browsers, no referrer).
 */
export function apiHeaders(options: { hsts: boolean }): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

const API_PREFIXES = ['/api/', '/healthz', '/readyz', '/metrics', '/openapi.json'];
export const isApiPath = (url: string) => API_PREFIXES.some((p) => url.startsWith(p));
