// Placing orders from the signed-in shopper's cart: one order per parcel (one seller, one shipping
// mode), each priced by a fresh quote at the buyer's year-to-date usage read inside the same
// transaction that records the orders and reserves their stock. Nothing is written unless every
// parcel is payable and every line's stock is reserved; the idempotency key commits with them.
import type { Db, Engine } from '../../db/database.js';
import type { OrderLinesTable, OrdersTable } from '../../db/schema.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, invalidField } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { claimKey, storeAnswer, type KeyRef, type StoredAnswer } from '../../platform/idempotency.js';
import { findAddress, formatAddressZh } from '../addresses/index.js';
import { cartLinesOfUser, removeOrderedLines } from '../cart/index.js';
import { findActiveIdentity, hasConfirmedRiskNotice } from '../identity/index.js';
import { locationOf, reserveStock, type Hold } from '../inventory/index.js';
import { issueQuote, PROVINCE_ZONES, type IssuedQuote } from '../pricing/index.js';
import { chinaYear, newOrderNo } from './order-no.js';
import { insertOrder, lockBuyer, sumYearToDate } from './repo.js';
import { loadOrderViews } from './view-order.js';

export type CheckoutInput = { identityId: string; addressId: string };
export type CheckoutOptions = { engine: Engine; paymentTimeoutMs: number };

const provinceNames = new Map(PROVINCE_ZONES.map((p) => [p.province, p.nameZh]));

type Parcel = { sellerId: string; mode: '9610' | '1210'; lines: Awaited<ReturnType<typeof cartLinesOfUser>>['lines'] };

function parcelsOf(lines: Parcel['lines']): Parcel[] {
  const byKey = new Map<string, Parcel>();
  for (const l of lines) {
    const key = `${l.seller_id}:${l.mode}`;
    const parcel = byKey.get(key) ?? { sellerId: l.seller_id, mode: l.mode, lines: [] };
    parcel.lines.push(l);
    byKey.set(key, parcel);
  }
  // A fixed order (store, then mode; each parcel's stock rows by variant) locks stock rows in the same
  // order in every checkout, so concurrent checkouts cannot deadlock on PostgreSQL.
  return [...byKey.values()].sort((a, b) => (a.sellerId < b.sellerId ? -1 : a.sellerId > b.sellerId ? 1 : a.mode < b.mode ? -1 : a.mode > b.mode ? 1 : 0));
}

/** A fresh quote for a parcel; a product gone from sale since it was put in the cart is a conflict, not bad input. */
async function quoteParcel(ctx: Ctx, parcel: Parcel, province: string, yearToDateFen: number, userId: string): Promise<IssuedQuote> {
  try {
    return await issueQuote(ctx.db, { lines: parcel.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })), mode: parcel.mode, province, yearToDateFen, buyerUserId: userId, now: ctx.now });
  } catch (err) {
    if (err instanceof AppError && err.kind === 'invalid') {
      throw conflict('cart_item_unavailable', `An item in your cart can no longer be ordered as it is: ${err.message}`, { sellerId: parcel.sellerId, mode: parcel.mode, cause: err.code });
    }
    throw err;
  }
}

/**
 * Places the caller's cart as orders. Returns the answer to give (201 with the orders, or the answer
 * first given to the same Idempotency-Key).
 */
export async function placeOrders(ctx: Ctx & { db: Db }, options: CheckoutOptions, userId: string, input: CheckoutInput, key: KeyRef): Promise<StoredAnswer> {
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const claimed = await claimKey(trx, key, ctx.now);
    if (claimed !== 'claimed') return claimed;

    const identity = await findActiveIdentity(trx, userId, input.identityId);
    if (!identity) throw invalidField('identityId', 'is not one of your verified identities');
    const address = await findAddress(trx, userId, input.addressId);
    if (!address) throw invalidField('addressId', 'is not one of your addresses');
    if (!(await hasConfirmedRiskNotice(trx, userId))) throw conflict('risk_notice_required', 'Confirm the cross-border shopping risk notice before your first order');
    const cart = await cartLinesOfUser(trx, userId);
    if (!cart.cartId || cart.lines.length === 0) throw conflict('cart_empty', 'Your cart is empty');

    // One person's checkouts one at a time from here, so the year's room is read and used atomically.
    await lockBuyer(trx, options.engine, identity.idNumberHash);
    const year = chinaYear(ctx.now);
    let yearToDate = await sumYearToDate(trx, identity.idNumberHash, year);

    const checkoutId = newId('chk');
    const at = ctx.now.toISOString();
    const orderIds: string[] = [];
    for (const parcel of parcelsOf(cart.lines)) {
      const quote = await quoteParcel(tctx, parcel, address.province, yearToDate, userId);
      const c = quote.classification;
      if (c.kind === 'rejected' || !quote.payable) {
        const reason = c.kind === 'rejected' ? c.reason : null;
        throw conflict('limit_exceeded', reason ? reason.message : 'This parcel cannot be ordered through the cross-border channel', { sellerId: parcel.sellerId, mode: parcel.mode, classification: c, yearToDateFen: yearToDate });
      }
      const holds: Hold[] = parcel.lines.map((l) => ({ variantId: l.variant_id, productId: l.product_id, location: locationOf(parcel.mode), quantity: l.quantity }));
      const reserved = await reserveStock(trx, holds, ctx.now);
      if (!reserved.ok) {
        const line = parcel.lines.find((l) => l.variant_id === reserved.refused.variantId)!;
        throw conflict('sold_out', reserved.available > 0 ? `Only ${reserved.available} of ${line.title_zh} left` : `${line.title_zh} is sold out`, { variantId: line.variant_id, sku: line.sku, mode: parcel.mode, available: reserved.available, requested: line.quantity });
      }
      const orderId = newId('ord');
      const t = quote.totals;
      const order: Omit<OrdersTable, 'revision'> = {
        id: orderId,
        order_no: newOrderNo(ctx.now),
        carrier: null,
        tracking_no: null,
        shipped_at: null,
        checkout_id: checkoutId,
        user_id: userId,
        seller_id: parcel.sellerId,
        identity_id: identity.id,
        buyer_id_hash: identity.idNumberHash,
        buyer_name: identity.realName,
        address_id: address.id,
        consignee: address.recipient,
        consignee_phone: address.phone,
        consignee_address: formatAddressZh(address, provinceNames.get(address.province) ?? address.province),
        province: address.province,
        mode: parcel.mode,
        status: 'pending_payment',
        quote_id: quote.id,
        fx_rate_id: quote.fx.rateId,
        tax_path: quote.taxPath,
        goods_fen: t.goodsFen,
        freight_fen: t.freightFen,
        insurance_fen: t.insuranceFen,
        discount_fen: t.discountFen,
        tax_fen: t.taxFen,
        total_fen: t.totalFen,
        dutiable_fen: t.dutiableFen,
        counts_toward_year_fen: c.countsTowardYearFen,
        limit_year: year,
        payment_due_at: new Date(ctx.now.getTime() + options.paymentTimeoutMs).toISOString(),
        paid_at: null,
        cleared_at: null,
        delivered_at: null,
        refund_from: null,
        refund_requested_at: null,
        refund_approved_at: null,
        returned_at: null,
        created_at: at,
        updated_at: at,
      };
      const lines: OrderLinesTable[] = parcel.lines.map((l, i) => {
        const q = quote.lines[i]!;
        return {
          id: newId('oln'),
          order_id: orderId,
          position: i + 1,
          variant_id: l.variant_id,
          product_id: l.product_id,
          sku: l.sku,
          title_zh: l.title_zh,
          hs_code: q.hsCode,
          location: locationOf(parcel.mode),
          quantity: l.quantity,
          unit_price_fen: q.unitPriceFen,
          goods_fen: q.goodsFen,
          freight_fen: q.freightFen,
          insurance_fen: q.insuranceFen,
          dutiable_fen: q.tax.dutiableFen,
          tariff_fen: q.tax.tariffFen,
          consumption_tax_fen: q.tax.consumptionTaxFen,
          vat_fen: q.tax.vatFen,
          tax_fen: q.tax.totalFen,
        };
      });
      await insertOrder(trx, order, lines, { id: newId('oev'), order_id: orderId, action: 'place', from_status: null, to_status: 'pending_payment', actor_kind: 'shopper', actor_user_id: userId, reason: null, created_at: at });
      orderIds.push(orderId);
      yearToDate += c.countsTowardYearFen;
    }
    await removeOrderedLines(trx, cart.cartId, cart.lines.map((l) => l.id), ctx.now);
    await publish(trx, 'order.placed', { orderIds, userId }, ctx.now);
    const answer: StoredAnswer = { statusCode: 201, body: { checkoutId, orders: await loadOrderViews(trx, orderIds) } };
    await storeAnswer(trx, key, answer);
    return answer;
  });
}
