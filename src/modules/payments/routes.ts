// Paying for a checkout, the provider's notifications, and (with the sandbox provider) the wallet's
// own page and buttons.
import type { FastifyBaseLogger } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { issueCsrfToken } from '../../platform/auth.js';
import { contextOf } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, type App } from '../../platform/http.js';
import { IDEMPOTENCY_KEY_PATTERN, requestHash } from '../../platform/idempotency.js';
import { revealIdNumber } from '../identity/index.js';
import { findOrdersByIds } from '../orders/index.js';
import { handleNotification } from './handle-notification.js';
import type { PaymentProvider } from './provider.js';
import { findPaymentOfUser } from './repo.js';
import type { SandboxWallet } from './sandbox-wallet.js';
import { startPayment, type PaymentDeps } from './start-payment.js';
import { walletPage } from './wallet-page.js';

const tags = ['payments'];
const PaymentId = Type.String({ pattern: '^pay_[0-9a-z]{26}$' });
/** Who pays when the tester chooses "as somebody else": a valid ID that is nobody's buyer identity here. */
const OTHER_PAYER = { realName: '王芳', idNumber: '34052419800101001X' };

const isSandbox = (p: PaymentProvider): p is SandboxWallet => p.name === 'sandbox';

export function registerPaymentRoutes(app: App, db: Db, deps: PaymentDeps): void {
  const { provider } = deps;

  app.post(
    '/api/v1/me/checkouts/:checkoutId/payments',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'Pay the unpaid orders of a checkout: creates a payment and says where to send the shopper (requires an Idempotency-Key)',
        params: Type.Object({ checkoutId: Type.String({ pattern: '^chk_[0-9a-z]{26}$' }) }),
        headers: Type.Object({ 'idempotency-key': Type.String({ pattern: IDEMPOTENCY_KEY_PATTERN }) }),
        body: Type.Optional(Type.Object({}, { additionalProperties: false })),
        response: {
          201: Type.Object({
            paymentId: Type.String(),
            amountFen: Type.Integer(),
            status: Type.String(),
            start: Type.Union([Type.Object({ method: Type.Literal('GET'), url: Type.String() }), Type.Object({ method: Type.Literal('POST'), url: Type.String(), fields: Type.Record(Type.String(), Type.String()) })]),
          }),
          ...errorResponses,
          422: Type.Ref('Error'),
        },
      },
    },
    async (request, reply) => {
      const { userId } = actorOf(request);
      const key = { userId, scope: 'payment', key: request.headers['idempotency-key'], requestHash: requestHash({ checkoutId: request.params.checkoutId }) };
      const answer = await startPayment(contextOf(db, request), deps, userId, request.params.checkoutId, key);
      return reply.code(answer.statusCode as 201).header('cache-control', 'no-store').send(answer.body as never);
    },
  );

  app.get(
    '/api/v1/me/payments/:paymentId',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'A payment of the caller’s and the orders it pays',
        params: Type.Object({ paymentId: PaymentId }),
        response: { 200: Type.Object({ paymentId: Type.String(), status: Type.String(), amountFen: Type.Integer(), orders: Type.Array(Type.Object({ orderNo: Type.String(), status: Type.String() })) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const payment = await findPaymentOfUser(db, actorOf(request).userId, request.params.paymentId);
      if (!payment) throw notFound('Payment');
      const orders = await findOrdersByIds(db, JSON.parse(payment.order_ids) as string[]);
      reply.header('cache-control', 'private, no-store');
      return { paymentId: payment.id, status: payment.status, amountFen: Number(payment.amount_fen), orders: orders.map((o) => ({ orderNo: o.order_no, status: o.status })) };
    },
  );

  app.post(
    '/api/v1/payments/:provider/notify',
    {
      // The provider calls this, not a browser: its RSA2 signature is the proof, so no session or CSRF.
      config: { access: 'public', csrf: false },
      schema: {
        tags,
        summary: 'The payment provider’s asynchronous notification (form fields, RSA2-signed); answers "success" once it is recorded',
        description: 'A missing or wrong signature gets 401 and changes nothing. Replays, late and reordered notifications are recorded once and capture at most once.',
        params: Type.Object({ provider: Type.String({ pattern: '^[a-z]{1,20}$' }) }),
        body: Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 4096 })),
        response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.params.provider !== provider.name) throw notFound('Payment provider');
      await handleNotification(db, provider, request.body, new Date());
      return reply.type('text/plain; charset=utf-8').send('success');
    },
  );

  if (isSandbox(provider)) registerWallet(app, db, deps, provider);
}

function registerWallet(app: App, db: Db, deps: PaymentDeps, wallet: SandboxWallet): void {
  const backUrlOf = (orderNos: string[], checkoutId: string) => (orderNos.length === 1 ? `/orders/${orderNos[0]}` : `/orders?checkout=${checkoutId}`);

  app.get(
    '/pay/sandbox/:paymentId',
    { config: { access: ['shopper'] }, schema: { hide: true, params: Type.Object({ paymentId: PaymentId }) } },
    async (request, reply) => {
      const payment = await findPaymentOfUser(db, actorOf(request).userId, request.params.paymentId);
      if (!payment) throw notFound('Payment');
      const orders = await findOrdersByIds(db, JSON.parse(payment.order_ids) as string[]);
      const orderNos = orders.map((o) => o.order_no);
      const html = walletPage({ paymentId: payment.id, amountFen: Number(payment.amount_fen), status: payment.status, orderNos, buyerName: orders[0]?.buyer_name ?? '', csrfToken: issueCsrfToken(request, reply), backUrl: backUrlOf(orderNos, payment.checkout_id) });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    },
  );

  app.post(
    '/api/v1/sandbox-wallet/:paymentId/:outcome',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'The sandbox wallet’s buttons: approve (as the buyer or as somebody else), decline or abandon; the wallet then notifies the platform asynchronously',
        params: Type.Object({ paymentId: PaymentId, outcome: Type.Union([Type.Literal('approve'), Type.Literal('approve-as-other'), Type.Literal('decline'), Type.Literal('abandon')]) }),
        body: Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 303: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(db, request);
      const payment = await findPaymentOfUser(db, actorOf(request).userId, request.params.paymentId);
      if (!payment) throw notFound('Payment');
      const orders = await findOrdersByIds(db, JSON.parse(payment.order_ids) as string[]);
      const first = orders[0];
      if (!first) throw notFound('Payment');
      const { outcome } = request.params;
      const payer = outcome === 'approve' ? { realName: first.buyer_name, idNumber: await revealIdNumber(ctx, first.identity_id, 'sandbox_wallet_payer', deps.piiKey) } : OTHER_PAYER;
      const params = wallet.signedNotification({ paymentId: payment.id, amountFen: Number(payment.amount_fen) }, outcome === 'approve-as-other' ? 'approve' : outcome, outcome.startsWith('approve') ? payer : null);
      // Like a real wallet, the notification comes after the shopper is sent back, not within this request.
      deliverLater(db, wallet, params, request.log);
      return reply.code(303).header('location', backUrlOf(orders.map((o) => o.order_no), payment.checkout_id)).send();
    },
  );
}

function deliverLater(db: Db, wallet: SandboxWallet, params: Record<string, string>, log: FastifyBaseLogger): void {
  setImmediate(() => {
    handleNotification(db, wallet, params, new Date()).catch((err: unknown) => {
      if (!(err instanceof AppError)) log.error({ err }, 'sandbox wallet notification failed');
    });
  });
}
