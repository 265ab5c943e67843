// Which cart a request works on. Signed-in shoppers have one cart per account; guests have one per
// browser, found by a random token in an HttpOnly cookie (only its sha256 is stored). The first cart
// request that carries both a session and a guest cookie moves the guest's lines into the account's
// cart (quantities add up, capped) and the guest cookie is cleared.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { CartsTable } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { deleteCart, ensureUserCart, findCartOfToken, findCartOfUser, findLineOf, insertCart, listLines, MAX_QUANTITY, upsertLine } from './repo.js';

export const GUEST_CART_COOKIE = 'gw_cart';
export const MAX_LINES = 50;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(`cart:${token}`).digest('base64url');

export type CartCaller = { userId: string | null; guestToken: string | undefined };

export type OpenedCart = {
  cart: CartsTable | null;
  /** A new guest token to set as the cookie. */
  newGuestToken: string | null;
  /** The guest cookie is spent (merged) or points at no cart: clear it. */
  clearGuestCookie: boolean;
  merged: { lines: number; capped: number; dropped: number } | null;
};

/** create: make the cart when there is none yet (writes); reads leave a cart-less caller without one. */
export async function openCart(db: Db, caller: CartCaller, options: { create: boolean; now: Date }): Promise<OpenedCart> {
  const now = options.now.toISOString();
  const token = caller.guestToken !== undefined && TOKEN_PATTERN.test(caller.guestToken) ? caller.guestToken : null;
  const guest = token ? await findCartOfToken(db, hashToken(token)) : undefined;
  const staleCookie = caller.guestToken !== undefined && !guest;

  if (caller.userId) {
    let cart = await findCartOfUser(db, caller.userId);
    let merged: OpenedCart['merged'] = null;
    if (guest) {
      cart ??= await ensureUserCart(db, caller.userId, now);
      merged = await mergeInto(db, guest, cart, now);
    } else if (!cart && options.create) {
      cart = await ensureUserCart(db, caller.userId, now);
    }
    return { cart: cart ?? null, newGuestToken: null, clearGuestCookie: caller.guestToken !== undefined, merged };
  }

  if (guest) return { cart: guest, newGuestToken: null, clearGuestCookie: false, merged: null };
  if (!options.create) return { cart: null, newGuestToken: null, clearGuestCookie: staleCookie, merged: null };
  const fresh = randomBytes(32).toString('base64url');
  const cart: CartsTable = { id: newId('crt'), user_id: null, token_hash: hashToken(fresh), created_at: now, updated_at: now };
  await insertCart(db, cart);
  return { cart, newGuestToken: fresh, clearGuestCookie: false, merged: null };
}

/**
 * Moves a guest cart's lines into an account's cart in one transaction. The guest cart is deleted
 * first and only the request whose delete wins merges, so two requests at once cannot add twice.
 */
async function mergeInto(db: Db, guest: CartsTable, target: CartsTable, now: string): Promise<OpenedCart['merged']> {
  return db.transaction().execute(async (trx) => {
    const lines = await listLines(trx, guest.id);
    if (!(await deleteCart(trx, guest.id))) return null;
    let count = (await listLines(trx, target.id)).length;
    let capped = 0;
    let dropped = 0;
    let moved = 0;
    for (const line of lines) {
      const existing = await findLineOf(trx, target.id, line.variant_id, line.mode);
      if (!existing && count >= MAX_LINES) {
        dropped++;
        continue;
      }
      if (existing && existing.quantity + line.quantity > MAX_QUANTITY) capped++;
      await upsertLine(trx, { ...line, id: newId('cln'), cart_id: target.id, updated_at: now });
      if (!existing) count++;
      moved++;
    }
    return { lines: moved, capped, dropped };
  });
}
