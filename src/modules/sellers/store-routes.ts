import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import type { SellersTable, ShippingMode } from '../../db/schema.js';
import { contextOf } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, sellerIdOf, type App } from '../../platform/http.js';
import type { Mailer } from '../../platform/mailer.js';
import { findMediaForOwner, imageUrls } from '../media/index.js';
import { acceptInvitation, findInvitationByToken, invitationStatus, inviteStaff, revokeInvitation } from './invitations.js';
import { findSeller, listInvitations } from './repo.js';
import { updateStoreProfile } from './store-profile.js';

const ShippingModeSchema = Type.Union([Type.Literal('9610'), Type.Literal('1210')]);
const Store = Type.Object({
  sellerId: Type.String(),
  storeNameEn: Type.String(),
  storeNameZh: Type.Union([Type.String(), Type.Null()]),
  storyEn: Type.Union([Type.String(), Type.Null()]),
  storyZh: Type.Union([Type.String(), Type.Null()]),
  logo: Type.Union([Type.Object({ mediaId: Type.String(), urls: Type.Record(Type.String(), Type.String()) }), Type.Null()]),
  state: Type.String(),
  city: Type.String(),
  shippingModes: Type.Array(ShippingModeSchema),
  foodFacilityNumber: Type.Union([Type.String(), Type.Null()]),
  website: Type.Union([Type.String(), Type.Null()]),
});
const Invitation = Type.Object({
  id: Type.String(),
  email: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('revoked'), Type.Literal('expired')]),
  expiresAt: Type.String(),
  createdAt: Type.String(),
  invitedBy: Type.String(),
});
const Token = Type.Object({ token: Type.String({ minLength: 20, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) });

async function toStore(db: Db, s: SellersTable) {
  const [logo] = s.logo_media_id ? await findMediaForOwner(db, { ids: [s.logo_media_id], ownerKind: 'seller', ownerId: s.id, purpose: 'store_logo' }) : [];
  return {
    sellerId: s.id,
    storeNameEn: s.store_name_en ?? s.trade_name,
    storeNameZh: s.store_name_zh,
    storyEn: s.story_en,
    storyZh: s.story_zh,
    logo: logo ? { mediaId: logo.id, urls: imageUrls(logo) } : null,
    state: s.state,
    city: s.city,
    shippingModes: s.shipping_modes ? (JSON.parse(s.shipping_modes) as ShippingMode[]) : [],
    foodFacilityNumber: s.food_facility_number,
    website: s.website,
  };
}

export type StoreRouteOptions = { mailer: Mailer; publicUrl: string; invitationTtlMs: number };

export function registerStoreRoutes(app: App, db: Db, options: StoreRouteOptions): void {

  app.get('/api/v1/seller/store', { config: { access: ['seller'] }, schema: { tags: ['sellers'], summary: 'Your store profile', response: { 200: Store, ...errorResponses } } }, async (request) => {
    const seller = await findSeller(db, sellerIdOf(request));
    if (!seller) throw notFound('Store');
    return toStore(db, seller);
  });

  app.put(
    '/api/v1/seller/store',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['sellers'],
        summary: 'Update your store profile (audited)',
        body: Type.Object(
          {
            storeNameEn: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
            storeNameZh: Type.String({ maxLength: 50, default: '' }),
            storyEn: Type.String({ maxLength: 4000, default: '' }),
            storyZh: Type.String({ maxLength: 2000, default: '' }),
            logoMediaId: Type.Union([Type.String({ pattern: '^med_[0-9a-z]{26}$' }), Type.Null()], { default: null }),
            city: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
            shippingModes: Type.Array(ShippingModeSchema, { minItems: 1, maxItems: 2, uniqueItems: true }),
            foodFacilityNumber: Type.Union([Type.String({ maxLength: 40, pattern: '^[A-Za-z0-9-]{4,40}$' }), Type.Null()], { default: null }),
            website: Type.Union([Type.String({ maxLength: 200, pattern: '^https?://[^\\s]+$' }), Type.Null()], { default: null }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Store, ...errorResponses },
      },
    },
    async (request) => toStore(db, await updateStoreProfile({ ...contextOf(db, request), db }, sellerIdOf(request), request.body)),
  );

  app.get(
    '/api/v1/seller/invitations',
    { config: { access: ['seller'] }, schema: { tags: ['sellers'], summary: 'Invitations to join your store', response: { 200: Type.Object({ items: Type.Array(Invitation) }), ...errorResponses } } },
    async (request) => {
      const now = new Date();
      return {
        items: (await listInvitations(db, sellerIdOf(request))).map((i) => ({ id: i.id, email: i.email, status: invitationStatus(i, now), expiresAt: i.expires_at, createdAt: i.created_at, invitedBy: i.invited_by })),
      };
    },
  );

  app.post(
    '/api/v1/seller/invitations',
    {
      config: { access: ['seller'] },
      schema: {
        tags: ['sellers'],
        summary: 'Invite a person to your store as staff (owner only); they get an e-mail with a link',
        body: Type.Object({ email: Type.String({ format: 'email', maxLength: 254 }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ invitation: Invitation, acceptUrl: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = { ...contextOf(db, request), db };
      const sellerId = sellerIdOf(request);
      const { invitation, token } = await inviteStaff(ctx, { sellerId, email: request.body.email, ttlMs: options.invitationTtlMs });
      const acceptUrl = `${options.publicUrl}/seller/invitations/${token}`;
      const seller = await findSeller(db, sellerId);
      // After the commit, never inside it; a failed send leaves the link for the owner to share.
      await options.mailer
        .send({
          to: invitation.email,
          subject: `${actorOf(request).name} invited you to ${seller?.trade_name ?? 'a store'} on Gateway`,
          text: `Hello,\n\n${actorOf(request).name} invited you to help run ${seller?.trade_name ?? 'their store'} on Gateway, the marketplace that sells American goods to shoppers in China.\n\nAccept the invitation (valid until ${invitation.expires_at.slice(0, 16).replace('T', ' ')} UTC):\n${acceptUrl}\n\nSign in or create a seller account with this e-mail address first.\n`,
        })
        .catch((err: unknown) => request.log.warn({ err, invitation: invitation.id }, 'invitation e-mail not sent'));
      return reply.status(201).send({
        invitation: { id: invitation.id, email: invitation.email, status: 'pending' as const, expiresAt: invitation.expires_at, createdAt: invitation.created_at, invitedBy: invitation.invited_by },
        acceptUrl,
      });
    },
  );

  app.delete(
    '/api/v1/seller/invitations/:invitationId',
    {
      config: { access: ['seller'] },
      schema: { tags: ['sellers'], summary: 'Revoke an open invitation (owner only)', params: Type.Object({ invitationId: Type.String({ pattern: '^inv_[0-9a-z]{26}$' }) }), response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      await revokeInvitation({ ...contextOf(db, request), db }, { sellerId: sellerIdOf(request), invitationId: request.params.invitationId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/invitations/:token',
    {
      config: { access: 'public' },
      schema: {
        tags: ['sellers'],
        summary: 'What an invitation link is for',
        params: Token,
        response: { 200: Type.Object({ sellerName: Type.String(), email: Type.String(), status: Invitation.properties.status, expiresAt: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const row = await findInvitationByToken(db, request.params.token);
      if (!row) throw notFound('Invitation');
      const seller = await findSeller(db, row.seller_id);
      return { sellerName: seller?.trade_name ?? '', email: row.email, status: invitationStatus(row, new Date()), expiresAt: row.expires_at };
    },
  );

  app.post(
    '/api/v1/invitations/:token/accept',
    {
      config: { access: 'signed-in', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['sellers'], summary: 'Join the store as staff (signed in as a seller account with the invited e-mail)', params: Token, response: { 200: Type.Object({ sellerId: Type.String() }), ...errorResponses } },
    },
    async (request) => acceptInvitation({ ...contextOf(db, request), db }, request.params.token),
  );
}
