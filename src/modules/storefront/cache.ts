// Public catalog answers are cacheable: a weak ETag computed from the serialized body, so any change to
// what the page shows (a product edit, a stock movement, a new FX rate) changes the tag by construction,
// and Cache-Control lets browsers and proxies reuse an answer for a minute. If-None-Match → 304.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CACHE_CONTROL = 'public, max-age=60';

export function etagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** RFC 9110 weak comparison: a list of tags (or "*") matches when any tag's opaque part is equal. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** A route-level onSend hook: tags 200 answers and turns a matching conditional GET into 304. */
export function cacheByContent(request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, payload: unknown) => void): void {
  if (reply.statusCode !== 200 || typeof payload !== 'string') {
    done(null, payload);
    return;
  }
  const known = reply.getHeader('etag');
  const etag = typeof known === 'string' ? known : etagOf(payload);
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    reply.code(304);
    done(null, '');
    return;
  }
  done(null, payload);
}
