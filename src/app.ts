// Composition root: platform plugins, every module's routes, event wiring. buildApp is what main.ts
// serves and what tests drive through app.inject.
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import { createDb, type Db, type DbHandle, type Engine } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import type { Subscriptions } from './events.js';
import { installAuth } from './platform/auth.js';
import { AppError } from './platform/errors.js';
import { installHealth } from './platform/health.js';
import { ErrorSchema, installErrorHandling, type Access, type Actor, type App } from './platform/http.js';
import { genReqId, loggerOptions } from './platform/log.js';
import { installMetrics } from './platform/metrics.js';
import { createDispatcher, type Dispatcher, type Subscriber } from './platform/outbox.js';
import { loadOrCreateSecret } from './platform/secrets.js';
import { apiHeaders, documentHeaders, isApiPath } from './platform/security-headers.js';
import { installWeb, wantsHtml } from './platform/web.js';
import { findSessionUser, registerAccountRoutes } from './modules/accounts/index.js';
import { registerApplicationRoutes } from './modules/applications/index.js';
import { registerAuditRoutes } from './modules/audit/index.js';
import { registerCatalogImportRoutes } from './modules/catalog-import/index.js';
import { seedDemo, type SeedReport } from './modules/demo/index.js';
import { registerMediaRoutes } from './modules/media/index.js';
import { registerPositiveListRoutes } from './modules/positive-list/index.js';
import { ensurePricingDefaults, registerFxRoutes, registerPricingTableRoutes, registerQuoteRoutes, registerRuleRoutes } from './modules/pricing/index.js';
import { registerProductRoutes } from './modules/products/index.js';
import { findMembership, registerSellerRoutes, registerStoreRoutes } from './modules/sellers/index.js';
import { ensureSearchIndex, registerSearchRoutes, reindexProducts } from './modules/search/index.js';
import { registerCartRoutes } from './modules/cart/index.js';
import { registerInventoryRoutes } from './modules/inventory/index.js';
import { registerStorefrontRoutes } from './modules/storefront/index.js';
import { registerIdentityRoutes } from './modules/identity/index.js';
import { registerAddressRoutes } from './modules/addresses/index.js';
import { conferenceMail, registerConferenceRoutes, settleRegistrationPayment, startConferenceJobs } from './modules/conference/index.js';
import { cardRefundSubscriber, createSandboxCard, registerCardPaymentRoutes } from './modules/card-payments/index.js';
import { buyerYearToDate, orderMail, registerOrderRoutes, startOrderExpiry } from './modules/orders/index.js';
import { createAlipayProvider, createSandboxWallet, refundSubscribers, registerPaymentRoutes, type PaymentProvider } from './modules/payments/index.js';
import { idNumberLookupHash } from './modules/identity/index.js';
import { createMailer } from './platform/mailer.js';
import { registerMailRoutes } from './platform/mail-routes.js';

export type RouteEntry = { method: string; url: string; access: Access };

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    engine: Engine;
    routeCatalog: RouteEntry[];
    seedReport: SeedReport | null;
    events: Dispatcher;
  }
}

// src/app.ts and dist/app.js both sit one level below the project root.
const WEB_ROOT = fileURLToPath(new URL('../web/dist', import.meta.url));

/** logStream: where pino writes (tests capture it to prove redaction); stdout by default. */
export type BuildOptions = { db?: DbHandle; webRoot?: string; logStream?: NodeJS.WritableStream };

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<App> {
  const { db, engine, schema } = options.db ?? createDb(config.database);
  await migrateToLatest(db, schema);
  // Provinces, freight and consumption-tax defaults: inserted once, then operators own them.
  await ensurePricingDefaults(db, new Date());
  const seedReport = config.seedDemo ? await seedDemo(db, { scryptN: config.passwordScryptN, media: config.media }) : null;
  // The search index is built once (a new database, or one from before search); events keep it current.
  await ensureSearchIndex(db, engine, new Date());

  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), ...(options.logStream ? { stream: options.logStream } : {}) },
    genReqId,
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('engine', engine);
  app.decorate('seedReport', seedReport);
  const routeCatalog: RouteEntry[] = [];
  app.decorate('routeCatalog', routeCatalog);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    const access = route.config?.access;
    if (!access && url.startsWith('/api/')) throw new Error(`Route ${route.method} ${url} declares no access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeCatalog.push({ method, url, access: access ?? 'public' });
  });
  // While shutting down, answers in flight close their keep-alive connection, so the server can
  // finish draining instead of waiting out idle sockets.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  const hsts = { hsts: config.cookieSecure === true };
  const forApi = apiHeaders(hsts);
  const forDocuments = documentHeaders(hsts);
  // Callback-style hooks: on the hottest path an async hook's promise is measurable.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiPath(request.url) ? forApi : forDocuments).header('x-request-id', request.id);
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  app.addSchema(ErrorSchema);
  // CSV uploads (positive list, catalog import) arrive as the raw body; each route sets its own limit.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  // HTML forms and payment providers' notifications: flat string fields (a repeated name keeps its last value).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 65_536 }, (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));
  installErrorHandling(app);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError('rate_limited', 'rate_limited', `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`, { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Gateway API', version: '1.0.0', description: 'Cross-border marketplace: US sellers, shoppers in mainland China, operators.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gw_session' } } },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await installAuth(app, {
    cookieSecret: config.cookieSecret ?? loadOrCreateSecret(config.secretsDir, 'cookie-secret'),
    cookieSecure: config.cookieSecure,
    resolveSession: async (token): Promise<Actor | null> => {
      const user = await findSessionUser(db, token, new Date());
      if (!user) return null;
      const membership = user.role === 'seller' ? await findMembership(db, user.userId) : undefined;
      return { ...user, sellerId: membership?.seller_id ?? null, sellerRole: membership?.role ?? null };
    },
  });

  installMetrics(app, { token: config.metricsToken });
  installHealth(app, db, engine);
  registerAccountRoutes(app, db, config, async (userId) => {
    const m = await findMembership(db, userId);
    return { sellerId: m?.seller_id ?? null, sellerRole: m?.role ?? null };
  });
  registerSellerRoutes(app, db);
  const mailer = createMailer(config.mail);
  registerMailRoutes(app, config.mail);
  registerStoreRoutes(app, db, { mailer, publicUrl: config.publicUrl, invitationTtlMs: config.invitationTtlMs });
  registerAuditRoutes(app, db);
  await registerMediaRoutes(app, db, config.media);
  registerPositiveListRoutes(app, db);
  registerProductRoutes(app, db, config.catalog);
  registerCatalogImportRoutes(app, db, config.catalog);
  registerApplicationRoutes(app, db, config.catalog);
  registerFxRoutes(app, db);
  registerQuoteRoutes(app, db, { perMinute: config.publicApiPerMinute });
  registerPricingTableRoutes(app, db);
  registerRuleRoutes(app, db);
  registerSearchRoutes(app, db, engine);
  registerStorefrontRoutes(app, db);
  registerCartRoutes(app, db, { yearToDateOf: (userId, identityId, now) => buyerYearToDate(db, userId, identityId, now) });
  registerInventoryRoutes(app, db);
  const piiKey = config.piiKey ?? loadOrCreateSecret(config.secretsDir, 'pii-key');
  registerIdentityRoutes(app, db, { piiKey });
  registerAddressRoutes(app, db);
  registerOrderRoutes(app, db, { engine, paymentTimeoutMs: config.paymentTimeoutMs });
  const provider: PaymentProvider =
    config.payments.provider === 'alipay'
      ? createAlipayProvider({ ...config.payments, timeoutExpress: `${Math.round(config.paymentTimeoutMs / 60_000)}m` })
      : createSandboxWallet({ secretsDir: config.secretsDir, hashIdNumber: (id) => idNumberLookupHash(piiKey, id) });
  registerPaymentRoutes(app, db, { provider, piiKey, publicUrl: config.publicUrl });
  // Card payments in USD (the conference's paid passes): the built-in sandbox card processor.
  const cardProvider = createSandboxCard({ webhookSecret: loadOrCreateSecret(config.secretsDir, 'sandbox-card-webhook-secret') });
  if (config.env === 'production') app.log.warn({ cardProvider: config.cardProvider }, 'card payments (paid conference passes) go to the sandbox card processor: test cards, no real money');
  registerCardPaymentRoutes(app, db, cardProvider);
  const ticketKey = loadOrCreateSecret(config.secretsDir, 'conference-ticket-key');
  registerConferenceRoutes(app, db, { ticketKey, publicUrl: config.publicUrl, mailer, engine, cardProvider, badgeFonts: config.badgeFonts });

  const { sendIndex } = await installWeb(app, options.webRoot ?? WEB_ROOT);
  app.setNotFoundHandler((request, reply) => {
    if (sendIndex && wantsHtml(request)) return sendIndex(reply);
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });

  const reindex = async (payload: { productIds: string[] }) => void (await reindexProducts(db, engine, payload.productIds, new Date()));
  const mail = orderMail(db, mailer, config.publicUrl);
  const refunds = refundSubscribers(db, provider, app.log);
  const conference = conferenceMail(db, mailer, config.publicUrl, ticketKey);
  const subscriptions: Subscriptions = {
    'product.changed': [reindex],
    'stock.changed': [reindex],
    'order.placed': [mail.placed],
    'order.status_changed': [mail.statusChanged],
    'order.refund_due': [refunds.due],
    'payment.refund_requested': [refunds.requested],
    'card_payment.paid': [async (p) => void (await settleRegistrationPayment(db, p, new Date()))],
    'card_payment.refund_requested': [cardRefundSubscriber(db, cardProvider, app.log)],
    'card_payment.refunded': [conference.paymentRefunded],
    'conference.registration_changed': [conference.registrationChanged],
    'conference.session_changed': [conference.sessionChanged],
    'conference.signup_changed': [conference.signupChanged],
    'conference.meeting_changed': [conference.meetingChanged],
  };
  const events = createDispatcher({ db, subscribers: subscriptions as Record<string, Subscriber[]>, log: app.log });
  app.decorate('events', events);
  let expiry: { stop: () => void } | null = null;
  let conferenceJobs: { stop: () => void } | null = null;
  app.addHook('onReady', async () => {
    events.start();
    expiry = startOrderExpiry(db, app.log);
    conferenceJobs = startConferenceJobs(db, app.log);
  });
  app.addHook('onClose', async () => {
    expiry?.stop();
    conferenceJobs?.stop();
    await events.stop();
    await db.destroy();
  });
  return app;
}
