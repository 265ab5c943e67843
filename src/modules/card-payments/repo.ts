// SQL on the card-payments module's tables: card_payments and card_payment_events.
import type { DbOrTrx } from '../../db/database.js';
import type { CardPaymentEventsTable, CardPaymentsTable, CardPaymentStatus } from '../../db/schema.js';

export type CardPaymentRow = CardPaymentsTable;

export const findCardPaymentById = (db: DbOrTrx, id: string) => db.selectFrom('card_payments').selectAll().where('id', '=', id).executeTakeFirst();

export const findCardPaymentOf = (db: DbOrTrx, purpose: string, subjectId: string) =>
  db.selectFrom('card_payments').selectAll().where('purpose', '=', purpose).where('subject_id', '=', subjectId).executeTakeFirst();

export const listCardPaymentsOf = async (db: DbOrTrx, purpose: string, subjectIds: readonly string[]) =>
  subjectIds.length === 0 ? [] : db.selectFrom('card_payments').selectAll().where('purpose', '=', purpose).where('subject_id', 'in', [...subjectIds]).execute();

/** Inserts the payment unless the subject already has one; false when it had (the caller re-reads it). */
export async function insertCardPayment(db: DbOrTrx, row: CardPaymentRow): Promise<boolean> {
  const r = await db.insertInto('card_payments').values(row).onConflict((oc) => oc.columns(['purpose', 'subject_id']).doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

/** Moves the payment on only from one of `from`; true when this call did (the row count says who won). */
export async function moveCardPayment(db: DbOrTrx, id: string, from: readonly CardPaymentStatus[], changes: Partial<Omit<CardPaymentRow, 'id' | 'revision'>>): Promise<boolean> {
  const r = await db
    .updateTable('card_payments')
    .set((eb) => ({ ...changes, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Keeps a provider event once per (provider, event_id); false when it was already kept (a redelivery). */
export async function insertCardEvent(db: DbOrTrx, row: CardPaymentEventsTable): Promise<boolean> {
  const r = await db.insertInto('card_payment_events').values(row).onConflict((oc) => oc.columns(['provider', 'event_id']).doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const setCardEventOutcome = (db: DbOrTrx, id: string, outcome: string) => db.updateTable('card_payment_events').set({ outcome }).where('id', '=', id).execute();

export const listCardEvents = (db: DbOrTrx, paymentId: string) => db.selectFrom('card_payment_events').selectAll().where('payment_id', '=', paymentId).orderBy('received_at').execute();
