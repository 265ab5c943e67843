// Do the books agree? Stock reserved per variant and location must equal what the orders holding
// stock say they hold: orders not yet shipped, nor ended (cancelled, expired), nor refunded before
// shipment with the refund approved (approval gives the stock back). Run by `npx gateway reconcile`,
// and by the crash tests after a killed server restarts.
import type { DbOrTrx } from '../../db/database.js';
import type { OrderStatus } from '../../db/schema.js';
import { listReserved } from '../inventory/index.js';

const HOLDING: readonly OrderStatus[] = ['pending_payment', 'paid', 'payment_held', 'declared', 'cleared'];

export type Difference = { variantId: string; location: string; reservedInStock: number; heldByOrders: number };

export async function reconcileReservations(db: DbOrTrx): Promise<{ checked: number; differences: Difference[] }> {
  const held = await db
    .selectFrom('order_lines')
    .innerJoin('orders', 'orders.id', 'order_lines.order_id')
    .select(['order_lines.variant_id', 'order_lines.location', (eb) => eb.fn.sum<number>('order_lines.quantity').as('q')])
    .where((eb) =>
      eb.or([
        eb('orders.status', 'in', HOLDING),
        eb.and([eb('orders.status', '=', 'refund_requested'), eb('orders.refund_from', 'in', HOLDING), eb('orders.refund_approved_at', 'is', null)]),
      ]),
    )
    .groupBy(['order_lines.variant_id', 'order_lines.location'])
    .execute();
  const byKey = new Map<string, Difference>();
  for (const h of held) byKey.set(`${h.variant_id}|${h.location}`, { variantId: h.variant_id, location: h.location, reservedInStock: 0, heldByOrders: Number(h.q) });
  for (const r of await listReserved(db)) {
    const key = `${r.variant_id}|${r.location}`;
    const d = byKey.get(key) ?? { variantId: r.variant_id, location: r.location, reservedInStock: 0, heldByOrders: 0 };
    d.reservedInStock = r.reserved;
    byKey.set(key, d);
  }
  const all = [...byKey.values()];
  return { checked: all.length, differences: all.filter((d) => d.reservedInStock !== d.heldByOrders) };
}
