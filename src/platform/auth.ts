// Request authentication and authorisation, without knowing where sessions live: the accounts module
// hands in `resolveSession`. Every route declares `config.access`; this hook enforces it before the
// body is even validated, then checks the CSRF token on unsafe methods.
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from './errors.js';
import type { Access, Actor, App } from './http.js';

export const SESSION_COOKIE = 'gw_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type SessionResolver = (token: string, request: FastifyRequest) => Promise<Actor | null>;

export type AuthOptions = {
  resolveSession: SessionResolver;
  cookieSecret: string;
  cookieSecure: boolean | 'auto';
};

export function routeAccess(request: FastifyRequest): Access {
  return request.routeOptions.config?.access ?? 'public';
}

export function mayCall(access: Access, actor: Actor | null): 'allowed' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'allowed';
  if (!actor) return 'unauthenticated';
  if (access === 'signed-in' || access.includes(actor.role)) return 'allowed';
  return 'forbidden';
}

function guard(request: FastifyRequest): Error | undefined {
  const verdict = mayCall(routeAccess(request), request.actor);
  if (verdict === 'unauthenticated') return unauthenticated();
  if (verdict === 'forbidden') return new AppError('forbidden', 'forbidden_role', 'Your role may not use this');
  return undefined;
}

export async function installAuth(app: App, options: AuthOptions): Promise<void> {
  await app.register(fastifyCookie, { secret: options.cookieSecret });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'gw_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: options.cookieSecure, signed: true },
    // Tokens are bound to the session: a token minted before sign-in is useless after it.
    getUserInfo: (req: FastifyRequest) => req.actor?.sessionId ?? 'anonymous',
    csrfOpts: { hmacKey: options.cookieSecret },
  });
  app.decorateRequest('actor', null);

  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    // Fast path, no promise: most public requests (health checks, assets) carry no session.
    if (!token) return done(guard(request));
    options.resolveSession(token, request).then(
      (actor) => {
        request.actor = actor;
        done(guard(request));
      },
      (err: unknown) => done(err as Error),
    );
  });

  const needsCsrf = (request: FastifyRequest) =>
    // Unmatched routes fall through to the 404 answer; there is nothing to protect.
    !SAFE_METHODS.has(request.method) && request.url.startsWith('/api/') && Boolean(request.routeOptions.url) && request.routeOptions.config.csrf !== false;
  const isForm = (request: FastifyRequest) => (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  app.addHook('onRequest', (request, reply, done) => {
    // An HTML form carries its token in the body (_csrf): checked once the body is parsed, below.
    if (!needsCsrf(request) || isForm(request)) return done();
    app.csrfProtection(request, reply, done);
  });
  app.addHook('preValidation', (request, reply, done) => {
    if (!needsCsrf(request) || !isForm(request)) return done();
    app.csrfProtection(request, reply, done);
  });
}

export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: request.actor?.sessionId ?? 'anonymous' });
}

/** For operations that learn the caller's session only after the hook ran (sign-in, sign-up). */
export function csrfTokenFor(reply: FastifyReply, sessionId: string): string {
  return reply.generateCsrf({ userInfo: sessionId });
}

export function sessionCookieOptions(secure: boolean | 'auto', maxAgeSeconds: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: maxAgeSeconds };
}
