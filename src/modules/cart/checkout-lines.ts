// What checkout takes from a signed-in shopper's cart, and how it empties the lines it ordered (inside
// the checkout's own transaction, so a refused checkout leaves the cart as it was).
import type { DbOrTrx } from '../../db/database.js';
import type { CartLinesTable } from '../../db/schema.js';
import { findCartOfUser, listLines } from './repo.js';

export async function cartLinesOfUser(db: DbOrTrx, userId: string): Promise<{ cartId: string | null; lines: CartLinesTable[] }> {
  const cart = await findCartOfUser(db, userId);
  return cart ? { cartId: cart.id, lines: await listLines(db, cart.id) } : { cartId: null, lines: [] };
}

export async function removeOrderedLines(db: DbOrTrx, cartId: string, lineIds: readonly string[], now: Date): Promise<void> {
  if (lineIds.length === 0) return;
  await db.deleteFrom('cart_lines').where('cart_id', '=', cartId).where('id', 'in', [...lineIds]).execute();
  await db.updateTable('carts').set({ updated_at: now.toISOString() }).where('id', '=', cartId).execute();
}
