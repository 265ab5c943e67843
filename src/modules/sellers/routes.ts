import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import type { SellersTable } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';
import { actorOf, errorResponses, Page, PageQuery, toPage, type App } from '../../platform/http.js';
import { findUsersByIds } from '../accounts/index.js';
import { findSeller, listMembers, listSellers } from './repo.js';

const BusinessType = Type.Union([Type.Literal('farm'), Type.Literal('small_business'), Type.Literal('brand'), Type.Literal('cooperative')]);
const Status = Type.Union([Type.Literal('active'), Type.Literal('suspended')]);
const sellerFields = {
  id: Type.String(),
  legalName: Type.String(),
  tradeName: Type.String(),
  state: Type.String(),
  city: Type.String(),
  businessType: BusinessType,
  status: Status,
  createdAt: Type.String({ format: 'date-time' }),
};
const Organisation = Type.Object({
  ...sellerFields,
  members: Type.Array(
    Type.Object({ userId: Type.String(), name: Type.String(), email: Type.String(), role: Type.Union([Type.Literal('owner'), Type.Literal('staff')]), joinedAt: Type.String() }),
  ),
});
const SellerRow = Type.Object({ ...sellerFields, memberCount: Type.Integer() });
const Store = Type.Object({ id: Type.String(), tradeName: Type.String(), state: Type.String(), city: Type.String(), businessType: BusinessType });

const toSeller = (s: SellersTable) => ({
  id: s.id,
  legalName: s.legal_name,
  tradeName: s.trade_name,
  state: s.state,
  city: s.city,
  businessType: s.business_type,
  status: s.status,
  createdAt: s.created_at,
});

export function registerSellerRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/seller/organisation',
    {
      config: { access: ['seller'] },
      schema: { tags: ['sellers'], summary: 'Your seller organisation and its team', response: { 200: Organisation, ...errorResponses } },
    },
    async (request) => {
      const { sellerId } = actorOf(request);
      const seller = sellerId ? await findSeller(db, sellerId) : undefined;
      if (!seller) throw new AppError('not_found', 'no_organisation', 'You do not belong to a seller organisation yet: apply to sell first');
      const members = await listMembers(db, seller.id);
      const users = new Map((await findUsersByIds(db, members.map((m) => m.user_id))).map((u) => [u.id, u]));
      return {
        ...toSeller(seller),
        members: members.map((m) => ({ userId: m.user_id, name: users.get(m.user_id)?.name ?? '', email: users.get(m.user_id)?.email ?? '', role: m.role, joinedAt: m.created_at })),
      };
    },
  );

  app.get(
    '/api/v1/ops/sellers',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['operations'],
        summary: 'Seller organisations, newest first',
        querystring: Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), status: Type.Optional(Status) })]),
        response: { 200: Page(SellerRow), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, cursor, ...filter } = request.query;
      return toPage(await listSellers(db, filter, limit + 1, cursor), limit, (s) => ({ ...toSeller(s), memberCount: Number(s.member_count ?? 0) }));
    },
  );

  app.get(
    '/api/v1/stores',
    {
      config: { access: 'public' },
      schema: { tags: ['storefront'], summary: 'The US sellers on Gateway (active organisations)', response: { 200: Type.Object({ items: Type.Array(Store) }) } },
    },
    async () => {
      const rows = await listSellers(db, { status: 'active' }, 200);
      return { items: rows.map((s) => ({ id: s.id, tradeName: s.trade_name, state: s.state, city: s.city, businessType: s.business_type })) };
    },
  );
}
