// Identity HTTP routes: the shopper's own identities and risk-notice confirmation under /me, and the
// notice texts for anyone. Answers carry only masked ID numbers and are never cached by others.
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { actorOf, errorResponses, type App } from '../../platform/http.js';
import { addIdentity, listIdentities, removeIdentity } from './identities.js';
import { ID_CONSENT_NOTICE, RISK_NOTICE } from './notices.js';
import { confirmRiskNotice, riskNoticeStatus } from './risk-notice.js';
import { AddIdentityBody, ConfirmRiskNoticeBody, IdentityIdParams, IdentityList, IdentityView, Notices, RiskNoticeStatus } from './schemas.js';

const tags = ['identity'];
const personal = (reply: FastifyReply) => reply.header('cache-control', 'private, no-store');

export function registerIdentityRoutes(app: App, db: Db, options: { piiKey: string }): void {
  const { piiKey } = options;

  app.get(
    '/api/v1/identity/notices',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The ID consent notice (个人身份信息处理告知) and the risk notice (风险告知书) in force, with their versions', response: { 200: Notices, ...errorResponses } },
    },
    async () => ({ idConsent: ID_CONSENT_NOTICE, riskNotice: RISK_NOTICE }),
  );

  app.get(
    '/api/v1/me/identities',
    {
      config: { access: ['shopper'] },
      schema: { tags, summary: 'Your verified identities (实名信息) for customs declaration, ID numbers masked', response: { 200: IdentityList, ...errorResponses } },
    },
    async (request, reply) => {
      personal(reply);
      return { items: await listIdentities(db, actorOf(request).userId) };
    },
  );

  app.post(
    '/api/v1/me/identities',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'Add a verified identity (real name, resident ID, mobile) with the separate consent to use it for customs declaration; at most 5',
        body: AddIdentityBody,
        response: { 201: IdentityView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await addIdentity(contextOf(db, request), app.engine, piiKey, actorOf(request).userId, request.body);
      return personal(reply).status(201).send(view);
    },
  );

  app.delete(
    '/api/v1/me/identities/:identityId',
    {
      config: { access: ['shopper'] },
      schema: { tags, summary: 'Remove one of your identities; withdraws its consent', params: IdentityIdParams, response: { 204: Type.Null({ description: 'Removed' }), ...errorResponses } },
    },
    async (request, reply) => {
      await removeIdentity(contextOf(db, request), actorOf(request).userId, request.params.identityId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/risk-notice',
    {
      config: { access: ['shopper'] },
      schema: { tags, summary: 'Whether you confirmed the risk notice in force, and when', response: { 200: RiskNoticeStatus, ...errorResponses } },
    },
    async (request, reply) => {
      personal(reply);
      return riskNoticeStatus(db, actorOf(request).userId);
    },
  );

  app.post(
    '/api/v1/me/risk-notice',
    {
      config: { access: ['shopper'] },
      schema: {
        tags,
        summary: 'Confirm the risk notice in force (201 the first time, 200 with the first confirmation time after that)',
        body: ConfirmRiskNoticeBody,
        response: { 200: RiskNoticeStatus, 201: RiskNoticeStatus, ...errorResponses },
      },
    },
    async (request, reply) => {
      const out = await confirmRiskNotice(contextOf(db, request), actorOf(request).userId, request.body.version);
      return personal(reply).status(out.created ? 201 : 200).send({ version: out.version, confirmedAt: out.confirmedAt });
    },
  );
}
