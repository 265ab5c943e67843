import type { DbOrTrx } from '../../db/database.js';
import type { ApplicationAttachmentsTable, ApplicationStatus, SellerApplicationsTable } from '../../db/schema.js';

export const findLatestApplication = (db: DbOrTrx, userId: string) =>
  db.selectFrom('seller_applications').selectAll().where('applicant_user_id', '=', userId).orderBy('id', 'desc').limit(1).executeTakeFirst();

export const findApplication = (db: DbOrTrx, id: string) => db.selectFrom('seller_applications').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertApplication(db: DbOrTrx, row: SellerApplicationsTable): Promise<void> {
  await db.insertInto('seller_applications').values(row).execute();
}

/** Applies changes only while the application is in one of `from`; the row count says whether it won. */
export async function updateApplicationIn(db: DbOrTrx, id: string, from: readonly ApplicationStatus[], changes: Partial<SellerApplicationsTable>): Promise<boolean> {
  const r = await db.updateTable('seller_applications').set(changes).where('id', '=', id).where('status', 'in', [...from]).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const listAttachments = (db: DbOrTrx, applicationIds: string[]) =>
  applicationIds.length === 0
    ? Promise.resolve([] as ApplicationAttachmentsTable[])
    : db.selectFrom('application_attachments').selectAll().where('application_id', 'in', applicationIds).orderBy('id').execute();

export async function insertAttachment(db: DbOrTrx, row: ApplicationAttachmentsTable): Promise<void> {
  await db.insertInto('application_attachments').values(row).execute();
}

export async function deleteAttachment(db: DbOrTrx, applicationId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('application_attachments').where('application_id', '=', applicationId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function listApplications(db: DbOrTrx, filter: { status?: ApplicationStatus | undefined; q?: string | undefined }, limit: number, cursor?: string) {
  let q = db.selectFrom('seller_applications').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, '')}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['legal_name']), 'like', like), eb(eb.fn('lower', ['trade_name']), 'like', like), eb(eb.fn('lower', ['contact_email']), 'like', like)]));
  }
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}
