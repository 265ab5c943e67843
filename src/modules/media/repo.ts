import type { DbOrTrx } from '../../db/database.js';
import type { MediaFilesTable, MediaPurpose } from '../../db/schema.js';

export type OwnerKind = MediaFilesTable['owner_kind'];

export async function insertMedia(db: DbOrTrx, row: MediaFilesTable): Promise<void> {
  await db.insertInto('media_files').values(row).execute();
}

/** A live (not deleted) media row of one of the purposes. */
export const findLiveMedia = (db: DbOrTrx, id: string, purposes: readonly MediaPurpose[]) =>
  db.selectFrom('media_files').selectAll().where('id', '=', id).where('purpose', 'in', purposes).where('deleted_at', 'is', null).executeTakeFirst();

/** The live rows among `ids` that belong to the owner and serve the purpose; the others are simply absent. */
export async function findMediaForOwner(
  db: DbOrTrx,
  filter: { ids: readonly string[]; ownerKind: OwnerKind; ownerId: string; purpose: MediaPurpose },
): Promise<MediaFilesTable[]> {
  if (filter.ids.length === 0) return [];
  return db
    .selectFrom('media_files')
    .selectAll()
    .where('id', 'in', [...new Set(filter.ids)])
    .where('owner_kind', '=', filter.ownerKind)
    .where('owner_id', '=', filter.ownerId)
    .where('purpose', '=', filter.purpose)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Soft-deletes the owner's live row; the answer says whether a row changed. */
export async function markMediaDeleted(
  db: DbOrTrx,
  target: { id: string; ownerKind: OwnerKind; ownerId: string; purposes: readonly MediaPurpose[]; deletedAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('media_files')
    .set({ deleted_at: target.deletedAt })
    .where('id', '=', target.id)
    .where('owner_kind', '=', target.ownerKind)
    .where('owner_id', '=', target.ownerId)
    .where('purpose', 'in', target.purposes)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether any row, live or deleted, uses the blob (and, for images, the variants beside it). */
export async function isBlobReferenced(db: DbOrTrx, storageKey: string): Promise<boolean> {
  const row = await db.selectFrom('media_files').select('id').where('storage_key', '=', storageKey).limit(1).executeTakeFirst();
  return row !== undefined;
}
