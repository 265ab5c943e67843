// The store profile a seller shows shoppers: names and story in English and Chinese, logo, origin,
// shipping modes offered, and the food-facility registration the food categories need.
import type { Db } from '../../db/database.js';
import type { SellersTable, ShippingMode } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { findMediaForOwner } from '../media/index.js';
import { findSeller, updateSeller } from './repo.js';

export type StoreProfileInput = {
  storeNameEn: string;
  storeNameZh: string;
  storyEn: string;
  storyZh: string;
  logoMediaId: string | null;
  city: string;
  shippingModes: ShippingMode[];
  foodFacilityNumber: string | null;
  website: string | null;
};

export async function updateStoreProfile(ctx: Ctx & { db: Db }, sellerId: string, input: StoreProfileInput): Promise<SellersTable> {
  const seller = await findSeller(ctx.db, sellerId);
  if (!seller) throw notFound('Seller');
  if (input.logoMediaId) {
    const [logo] = await findMediaForOwner(ctx.db, { ids: [input.logoMediaId], ownerKind: 'seller', ownerId: sellerId, purpose: 'store_logo' });
    if (!logo) throw invalidField('logoMediaId', 'is not a logo you uploaded (upload with purpose=store_logo)');
  }
  const changes: Partial<SellersTable> = {
    store_name_en: input.storeNameEn.trim(),
    store_name_zh: input.storeNameZh.trim() || null,
    story_en: input.storyEn.trim() || null,
    story_zh: input.storyZh.trim() || null,
    logo_media_id: input.logoMediaId,
    city: input.city.trim(),
    shipping_modes: JSON.stringify([...input.shippingModes].sort()),
    food_facility_number: input.foodFacilityNumber?.trim() || null,
    website: input.website?.trim() || null,
    updated_at: ctx.now.toISOString(),
  };
  const changed = (Object.keys(changes) as Array<keyof SellersTable>).filter((k) => k !== 'updated_at' && changes[k] !== seller[k]);
  await ctx.db.transaction().execute(async (trx) => {
    await updateSeller(trx, sellerId, changes);
    if (changed.length) await recordAudit({ ...ctx, db: trx }, { action: 'seller.profile_updated', subjectType: 'seller', subjectId: sellerId, data: { fields: changed } });
  });
  return { ...seller, ...changes };
}
