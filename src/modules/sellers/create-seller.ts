import type { Db } from '../../db/database.js';
import type { SellersTable } from '../../db/schema.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { findMembership, insertMember, insertSeller } from './repo.js';

export type NewSeller = Pick<SellersTable, 'legal_name' | 'trade_name' | 'state' | 'city' | 'business_type'> &
  Partial<Pick<SellersTable, 'ein' | 'website' | 'food_facility_number' | 'store_name_en' | 'store_name_zh' | 'story_en' | 'story_zh' | 'shipping_modes'>>;

/** Creates a seller organisation with its owner (and staff), in one transaction. */
export async function createSellerOrganisation(
  ctx: Ctx & { db: Db },
  input: NewSeller & { ownerUserId: string; staffUserIds?: string[] },
): Promise<SellersTable> {
  return ctx.db.transaction().execute((trx) => insertSellerOrganisation({ ...ctx, db: trx }, input));
}

/** The writes of createSellerOrganisation inside the caller's transaction (e.g. approving an application). */
export async function insertSellerOrganisation(ctx: Ctx, input: NewSeller & { ownerUserId: string; staffUserIds?: string[] }): Promise<SellersTable> {
  for (const userId of [input.ownerUserId, ...(input.staffUserIds ?? [])]) {
    if (await findMembership(ctx.db, userId)) throw conflict('already_member', 'This person already belongs to a seller organisation');
  }
  const now = ctx.now.toISOString();
  const seller: SellersTable = {
    id: newId('sel'),
    legal_name: input.legal_name,
    trade_name: input.trade_name,
    state: input.state,
    city: input.city,
    business_type: input.business_type,
    status: 'active',
    created_at: now,
    updated_at: now,
    store_name_en: input.store_name_en ?? input.trade_name,
    store_name_zh: input.store_name_zh ?? null,
    story_en: input.story_en ?? null,
    story_zh: input.story_zh ?? null,
    logo_media_id: null,
    shipping_modes: input.shipping_modes ?? JSON.stringify(['9610']),
    ein: input.ein ?? null,
    food_facility_number: input.food_facility_number ?? null,
    website: input.website ?? null,
  };
  await insertSeller(ctx.db, seller);
  await insertMember(ctx.db, { seller_id: seller.id, user_id: input.ownerUserId, role: 'owner', created_at: now });
  for (const userId of input.staffUserIds ?? []) await insertMember(ctx.db, { seller_id: seller.id, user_id: userId, role: 'staff', created_at: now });
  await recordAudit(ctx, { action: 'seller.created', subjectType: 'seller', subjectId: seller.id, data: { ownerUserId: input.ownerUserId } });
  await publish(ctx.db, 'seller.created', { sellerId: seller.id, ownerUserId: input.ownerUserId }, ctx.now);
  return seller;
}
