// The card processor's webhook, and (with the sandbox processor) its checkout page and card form.
import { Readable } from 'node:stream';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { issueCsrfToken } from '../../platform/auth.js';
import { AppError, notFound } from '../../platform/errors.js';
import { errorResponses, type App } from '../../platform/http.js';
import { cardPage } from './card-page.js';
import { handleCardWebhook } from './card-payments.js';
import type { CardProvider } from './provider.js';
import { findCardPaymentById } from './repo.js';
import { checkCard, parseExpiry, SIGNATURE_HEADER, type SandboxCard } from './sandbox-card.js';

const tags = ['card-payments'];
const PaymentId = Type.String({ pattern: '^cpy_[0-9a-z]{26}$' });
/** Where the checkout page sends the payer back: a path on this site only (never another origin). */
export const safeReturnPath = (value: string | undefined): string => (value && /^\/(?![/\\])[\x21-\x7e]{0,300}$/.test(value) ? value : '/conference');

/** Inline styles only: no script, no other origin, forms post back here, never framed. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const WEBHOOK_LIMIT = 65_536;
const tooLarge = () => Object.assign(new Error(`The webhook body is larger than ${WEBHOOK_LIMIT} bytes`), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });

const rawBodies = new WeakMap<FastifyRequest, string>();

export function registerCardPaymentRoutes(app: App, db: Db, provider: CardProvider): void {
  app.post(
    '/api/v1/card-payments/:provider/webhook',
    {
      // The processor calls this, not a browser: its signature over the raw body is the proof.
      config: { access: 'public', csrf: false },
      bodyLimit: WEBHOOK_LIMIT,
      // The signature covers the exact bytes sent: keep them before the JSON parser reads them. This
      // hook runs before Fastify's body limit, so it enforces the limit itself as the bytes arrive.
      preParsing: async (request, _reply, payload) => {
        if (Number(request.headers['content-length'] ?? 0) > WEBHOOK_LIMIT) throw tooLarge();
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of payload) {
          size += (chunk as Buffer).length;
          if (size > WEBHOOK_LIMIT) throw tooLarge();
          chunks.push(chunk as Buffer);
        }
        const raw = Buffer.concat(chunks);
        rawBodies.set(request, raw.toString('utf8'));
        return Readable.from([raw]);
      },
      schema: {
        tags,
        summary: 'The card processor’s webhook (JSON, signed in the gateway-card-signature header); 200 once recorded',
        description: 'A missing, wrong or stale signature gets 401 and changes nothing. Redelivered events are recorded once and capture at most once.',
        params: Type.Object({ provider: Type.String({ pattern: '^[a-z_]{1,20}$' }) }),
        body: Type.Record(Type.String({ maxLength: 64 }), Type.Unknown()),
        response: { 200: Type.Object({ received: Type.Boolean(), outcome: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      if (request.params.provider !== provider.name) throw notFound('Card provider');
      const signature = request.headers[SIGNATURE_HEADER];
      const outcome = await handleCardWebhook(db, provider, rawBodies.get(request) ?? '', typeof signature === 'string' ? signature : undefined, new Date());
      // Money the processor reports that matches no payment, or another amount: an operator must look.
      if (outcome === 'amount_mismatch' || outcome === 'unknown_payment') request.log.warn({ outcome }, 'card webhook not applied: follow up with the processor');
      return { received: true, outcome };
    },
  );

  if (provider.name === 'sandbox_card') registerSandboxCheckout(app, db, provider as SandboxCard);
}

function registerSandboxCheckout(app: App, db: Db, sandbox: SandboxCard): void {
  // The form's answer is a page too, served from /api/ (whose JSON policy allows nothing): this page's own policy.
  const page = (reply: FastifyReply, status: number, html: string) =>
    reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('content-security-policy', PAGE_POLICY).send(html);

  app.get(
    '/pay/card/:paymentId',
    { config: { access: 'public' }, schema: { hide: true, params: Type.Object({ paymentId: PaymentId }), querystring: Type.Object({ return: Type.Optional(Type.String({ maxLength: 400 })) }) } },
    async (request, reply) => {
      const payment = await findCardPaymentById(db, request.params.paymentId);
      if (!payment) throw notFound('Payment');
      const view = { paymentId: payment.id, amountCents: payment.amount_cents, description: payment.description, status: payment.status, csrfToken: issueCsrfToken(request, reply), returnPath: safeReturnPath(request.query.return) };
      return page(reply, 200, cardPage(view));
    },
  );

  app.post(
    '/api/v1/sandbox-card/:paymentId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The sandbox checkout’s card form: a declined card shows the page again; a charged one goes back to Gateway and the processor sends its webhook',
        params: Type.Object({ paymentId: PaymentId }),
        body: Type.Object({
          _csrf: Type.Optional(Type.String({ maxLength: 200 })),
          number: Type.String({ maxLength: 40 }),
          expiry: Type.String({ maxLength: 10 }),
          cvc: Type.String({ maxLength: 10 }),
          name: Type.Optional(Type.String({ maxLength: 100 })),
          return: Type.Optional(Type.String({ maxLength: 400 })),
        }),
        response: { 303: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const payment = await findCardPaymentById(db, request.params.paymentId);
      if (!payment) throw notFound('Payment');
      const now = new Date();
      const returnPath = safeReturnPath(request.body.return);
      const view = { paymentId: payment.id, amountCents: payment.amount_cents, description: payment.description, status: payment.status, csrfToken: issueCsrfToken(request, reply), returnPath };
      if (payment.status !== 'pending') return page(reply, 409, cardPage(view));
      const card = { number: request.body.number.replace(/[\s-]/g, ''), ...parseExpiry(request.body.expiry), cvc: request.body.cvc.trim() };
      const problems = checkCard(card, now);
      if (problems.length > 0) return page(reply, 422, cardPage({ ...view, problems }));
      const { body, signature, event } = sandbox.webhookFor(payment, card, now);
      if (event.type === 'charge_failed') {
        // The decline is known at once (the page says so); the webhook records it as well.
        await handleCardWebhook(db, sandbox, body, signature, now);
        return page(reply, 402, cardPage({ ...view, declined: event.failureCode }));
      }
      // Like a real processor, the webhook comes after the payer is sent back, not within this request.
      deliverLater(db, sandbox, body, signature, request.log);
      return reply.code(303).header('location', returnPath).send();
    },
  );
}

function deliverLater(db: Db, sandbox: SandboxCard, body: string, signature: string, log: FastifyBaseLogger): void {
  setImmediate(() => {
    handleCardWebhook(db, sandbox, body, signature, new Date()).catch((err: unknown) => {
      if (!(err instanceof AppError)) log.error({ err }, 'sandbox card webhook failed');
    });
  });
}
