import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { UsersTable } from '../../db/schema.js';
import { csrfTokenFor, issueCsrfToken, SESSION_COOKIE, sessionCookieOptions } from '../../platform/auth.js';
import { contextOf } from '../../platform/context.js';
import { actorOf, errorResponses, Page, PageQuery, toPage, type Actor, type App } from '../../platform/http.js';
import { changePassword } from './change-password.js';
import { PASSWORD_MAX } from './credentials.js';
import { setUserStatus } from './manage-users.js';
import { listUsers } from './repo.js';
import { endSession, startSession } from './sessions.js';
import { checkCredentials } from './sign-in.js';
import { createAccount } from './sign-up.js';

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254, description: 'Sign-in e-mail address' });
const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX * 4 });
const RoleSchema = Type.Union([Type.Literal('shopper'), Type.Literal('seller'), Type.Literal('operator')]);
const Locale = Type.Union([Type.Literal('zh-CN'), Type.Literal('en-US')]);

const User = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    locale: Locale,
    status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'User' },
);
export const UserSchema = User;

const SessionUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  sellerId: Type.Union([Type.String(), Type.Null()]),
  sellerRole: Type.Union([Type.Literal('owner'), Type.Literal('staff'), Type.Null()]),
});
const SessionAnswer = Type.Object({ user: Type.Union([SessionUser, Type.Null()]), csrfToken: Type.String() });

const toUser = (u: UsersTable) => ({ id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, status: u.status, createdAt: u.created_at });
const toSessionUser = (a: Actor) => ({ id: a.userId, email: a.email, name: a.name, role: a.role, sellerId: a.sellerId, sellerRole: a.sellerRole });

export function registerAccountRoutes(app: App, db: Db, config: Config, findSellerOf: (userId: string) => Promise<Pick<Actor, 'sellerId' | 'sellerRole'>>): void {
  const authLimit = { rateLimit: { max: config.login.perIpPerMinute, timeWindow: '1 minute' } };

  async function openSession(request: FastifyRequest, reply: FastifyReply, user: UsersTable) {
    const now = new Date();
    const session = await startSession(db, {
      userId: user.id,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      ttlMs: config.sessionTtlMs,
      now,
    });
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(config.cookieSecure, Math.floor(config.sessionTtlMs / 1000)));
    const actor: Actor = { userId: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.sessionId, ...(await findSellerOf(user.id)) };
    return { user: toSessionUser(actor), csrfToken: csrfTokenFor(reply, session.sessionId) };
  }

  app.get(
    '/api/v1/auth/session',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Who is signed in, and a CSRF token for the next unsafe request', response: { 200: SessionAnswer } },
    },
    async (request, reply) => ({ user: request.actor ? toSessionUser(request.actor) : null, csrfToken: issueCsrfToken(request, reply) }),
  );

  app.post(
    '/api/v1/auth/sign-up',
    {
      config: { access: 'public', ...authLimit },
      schema: {
        tags: ['auth'],
        summary: 'Create a shopper account, or a seller account that can then apply to sell',
        body: Type.Object(
          {
            email: Email,
            password: Password,
            name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
            accountType: Type.Optional(Type.Union([Type.Literal('shopper'), Type.Literal('seller')], { default: 'shopper' })),
            locale: Type.Optional(Locale),
          },
          { additionalProperties: false },
        ),
        response: { 201: SessionAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { email, password, name, accountType = 'shopper' } = request.body;
      const locale = request.body.locale ?? (accountType === 'shopper' ? 'zh-CN' : 'en-US');
      const user = await createAccount({ ...contextOf(db, request), db }, { email, password, name, role: accountType, locale }, config.passwordScryptN);
      return reply.status(201).send(await openSession(request, reply, user));
    },
  );

  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { access: 'public', ...authLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: Type.Object({ email: Email, password: Password }, { additionalProperties: false }),
        response: { 200: SessionAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await checkCredentials(
        db,
        { email: request.body.email, password: request.body.password, ip: request.ip, now: new Date() },
        { maxFailures: config.login.maxFailures, windowMs: config.login.windowMs, scryptN: config.passwordScryptN },
      );
      // A session that was open in this browser is replaced, never kept beside the new one.
      if (request.actor) await endSession(db, request.actor.sessionId, new Date());
      return openSession(request, reply, user);
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], summary: 'End this session', response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await endSession(db, actorOf(request).sessionId, new Date());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'signed-in', ...authLimit },
      schema: {
        tags: ['auth'],
        summary: 'Change your password; your other sessions are signed out',
        body: Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await changePassword({ ...contextOf(db, request), db }, { userId: actor.userId, sessionId: actor.sessionId, ...request.body }, config.passwordScryptN);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/ops/users',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['operations'],
        summary: 'Accounts, newest first; filter by role, status or a search on name and e-mail',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            role: Type.Optional(RoleSchema),
            status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          }),
        ]),
        response: { 200: Page(User), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, cursor, ...filter } = request.query;
      return toPage(await listUsers(db, filter, limit + 1, cursor), limit, toUser);
    },
  );

  app.post(
    '/api/v1/ops/users/:userId/status',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['operations'],
        summary: 'Disable or re-enable an account (audited; disabling signs it out everywhere)',
        params: Type.Object({ userId: Type.String({ pattern: '^usr_[0-9a-z]{26}$' }) }),
        body: Type.Object(
          { status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]), reason: Type.String({ minLength: 3, maxLength: 500 }) },
          { additionalProperties: false },
        ),
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => toUser(await setUserStatus({ ...contextOf(db, request), db }, { userId: request.params.userId, ...request.body })),
  );
}
