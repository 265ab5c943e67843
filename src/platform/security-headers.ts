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
 * JSON answers (API, health, metrics) are never rendered as pages: nosniff keeps a browser from
 * treating one as HTML, and CSP `default-src 'none'; frame-ancestors 'none'` forbids framing it and
 * running anything in it (in current browsers this supersedes X-Frame-Options, and a JSON answer has
 * no links to leak a referrer through). The document set is for documents. The bytes matter on
 * shoppers' mobile links, and for a small answer the headers were most of what was sent: the
 * benchmark's load generator spent more parsing them than the server spent producing them.
 */
export function apiHeaders(options: { hsts: boolean }): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

const API_PREFIXES = ['/api/', '/healthz', '/readyz', '/metrics', '/openapi.json'];
export const isApiPath = (url: string) => API_PREFIXES.some((p) => url.startsWith(p));
