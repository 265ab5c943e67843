// Changing a cart: add a variant by a shipping mode it ships by, set a line's quantity, remove a line.
// Only published products go in; the same variant and mode added again adds to its line (capped).
import type { Db } from '../../db/database.js';
import type { CartLinesTable, CartsTable, ShippingMode } from '../../db/schema.js';
import { AppError, invalidField, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findPublishedVariants } from '../products/index.js';
import { MAX_LINES } from './open-cart.js';
import { countLines, deleteLine, findLine, findLineOf, MAX_QUANTITY, touchCart, updateLineQuantity, upsertLine } from './repo.js';

export type LineAnswer = { id: string; variantId: string; mode: ShippingMode; quantity: number };
export type EditAnswer = { line: LineAnswer; capped: boolean; itemCount: number; lineCount: number };

const answerOf = (l: CartLinesTable): LineAnswer => ({ id: l.id, variantId: l.variant_id, mode: l.mode, quantity: l.quantity });

async function counted(db: Db, cart: CartsTable, line: CartLinesTable, capped: boolean): Promise<EditAnswer> {
  const { lines, items } = await countLines(db, cart.id);
  return { line: answerOf(line), capped, itemCount: items, lineCount: lines };
}

export async function addLine(db: Db, cart: CartsTable, input: { variantId: string; quantity: number; mode: ShippingMode }, now: Date): Promise<EditAnswer> {
  const [variant] = await findPublishedVariants(db, [input.variantId]);
  if (!variant) throw invalidField('variantId', 'is not a product on sale');
  const modes = JSON.parse(variant.shipping_modes) as ShippingMode[];
  if (!modes.includes(input.mode)) throw invalidField('mode', `${variant.sku} does not ship by ${input.mode}; it ships by ${modes.join(', ')}`, 'mode_not_offered');
  const existing = await findLineOf(db, cart.id, input.variantId, input.mode);
  if (!existing && (await countLines(db, cart.id)).lines >= MAX_LINES) {
    throw new AppError('conflict', 'cart_full', `A cart holds at most ${MAX_LINES} lines; remove some before adding more`, { maxLines: MAX_LINES });
  }
  const at = now.toISOString();
  await upsertLine(db, {
    id: newId('cln'),
    cart_id: cart.id,
    variant_id: variant.variant_id,
    product_id: variant.product_id,
    seller_id: variant.seller_id,
    mode: input.mode,
    quantity: input.quantity,
    sku: variant.sku,
    title_zh: variant.title_zh,
    title_en: variant.title_en,
    created_at: at,
    updated_at: at,
  });
  await touchCart(db, cart.id, at);
  const line = (await findLineOf(db, cart.id, input.variantId, input.mode))!;
  return counted(db, cart, line, (existing?.quantity ?? 0) + input.quantity > MAX_QUANTITY);
}

/** Lines of another cart (or of no cart) are simply not found: a line id says nothing about who owns it. */
export async function changeQuantity(db: Db, cart: CartsTable | null, lineId: string, quantity: number, now: Date): Promise<EditAnswer> {
  if (!cart || !(await updateLineQuantity(db, cart.id, lineId, quantity, now.toISOString()))) throw notFound('Cart line');
  await touchCart(db, cart.id, now.toISOString());
  return counted(db, cart, (await findLine(db, cart.id, lineId))!, false);
}

export async function removeLine(db: Db, cart: CartsTable | null, lineId: string, now: Date): Promise<void> {
  if (!cart || !(await deleteLine(db, cart.id, lineId))) throw notFound('Cart line');
  await touchCart(db, cart.id, now.toISOString());
}
