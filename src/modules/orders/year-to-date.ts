// A buyer's cross-border purchases this (China) calendar year, for the cart and 结算 to show the annual
// room before checkout. The limit counts per person (the ID number's keyed hash), across accounts,
// exactly as checkout counts it (sumYearToDate); checkout re-reads it inside its transaction.
import type { DbOrTrx } from '../../db/database.js';
import { findActiveIdentity, latestActiveIdentity } from '../identity/index.js';
import { chinaYear } from './order-no.js';
import { sumYearToDate } from './repo.js';

export type BuyerYear = { identityId: string; buyerName: string; yearToDateFen: number };

/** The named identity's year (null if it is not one of the shopper's), or, unnamed, the latest added identity's (null when there is none). */
export async function buyerYearToDate(db: DbOrTrx, userId: string, identityId: string | null, now: Date): Promise<BuyerYear | null> {
  const identity = identityId ? await findActiveIdentity(db, userId, identityId) : await latestActiveIdentity(db, userId);
  if (!identity) return null;
  return { identityId: identity.id, buyerName: identity.realName, yearToDateFen: await sumYearToDate(db, identity.idNumberHash, chinaYear(now)) };
}
