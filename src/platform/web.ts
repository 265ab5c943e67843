// Serves the built web app (web/dist) on the same port: hashed assets cached for a year, index.html
// never cached, and client-side routes answered with index.html. API paths never fall back to HTML.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './http.js';

export async function installWeb(app: App, root: string): Promise<{ sendIndex: ((reply: FastifyReply) => FastifyReply) | null }> {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: run `npm run build` to serve the storefront, seller center and ops console');
    return { sendIndex: null };
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: false,
    setHeaders(res, path) {
      res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_req, reply) => sendIndex(reply));
  return { sendIndex };
}

export function wantsHtml(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
}
