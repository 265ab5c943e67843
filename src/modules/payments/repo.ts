// SQL on the payments module's own tables: payments and payment_notifications.
import type { DbOrTrx } from '../../db/database.js';
import type { PaymentNotificationsTable, PaymentsTable, PaymentStatus } from '../../db/schema.js';

export const insertPayment = (db: DbOrTrx, row: PaymentsTable) => db.insertInto('payments').values(row).execute();

export const findPayment = (db: DbOrTrx, id: string) => db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();

export const findPaymentOfUser = (db: DbOrTrx, userId: string, id: string) => db.selectFrom('payments').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();

/** Moves a payment on only from one of `from` (the row count says whether this notification won). */
export async function movePayment(db: DbOrTrx, id: string, from: readonly PaymentStatus[], to: PaymentStatus, set: Partial<Pick<PaymentsTable, 'provider_trade_no' | 'payer_check' | 'captured_at'>>, nowIso: string): Promise<boolean> {
  const r = await db.updateTable('payments').set({ ...set, status: to, updated_at: nowIso }).where('id', '=', id).where('status', 'in', [...from]).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Keeps a notification once per (provider, notify_id); false when it was already kept (a replay). */
export async function insertNotification(db: DbOrTrx, row: PaymentNotificationsTable): Promise<boolean> {
  const inserted = await db.insertInto('payment_notifications').values(row).onConflict((oc) => oc.columns(['provider', 'notify_id']).doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export const setNotificationOutcome = (db: DbOrTrx, id: string, outcome: string) => db.updateTable('payment_notifications').set({ outcome }).where('id', '=', id).execute();
