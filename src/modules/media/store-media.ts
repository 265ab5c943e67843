// Storing uploads: validate and process fully, write the blobs, then the row and its audit entry in
// one transaction. If the row cannot be written, the blobs this call created are removed again
// (unless another row already uses them), so a failed upload leaves nothing behind.
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { MediaFilesTable, MediaPurpose } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { checkDocument } from './documents.js';
import { IMAGE_TYPES, safeFileName } from './file-kind.js';
import { processImage } from './images.js';
import { insertMedia, isBlobReferenced, markMediaDeleted, type OwnerKind } from './repo.js';
import { createBlobStore, type BlobStore } from './storage.js';

/** The media settings, and optionally the store to use instead of the configured one. */
export type MediaOptions = Config['media'] & { store?: BlobStore };

export type ImagePurpose = Extract<MediaPurpose, 'product_image' | 'store_logo'>;
export const IMAGE_PURPOSES: readonly ImagePurpose[] = ['product_image', 'store_logo'];

export type NewImage = {
  bytes: Buffer;
  /** The content type the sender claimed; checked against the bytes when given. */
  declaredType?: string | undefined;
  ownerKind: OwnerKind;
  ownerId: string;
  purpose: ImagePurpose;
  createdBy: string;
  originalName?: string | undefined;
};

export type NewDocument = { bytes: Buffer; declaredType?: string | undefined; ownerId: string; createdBy: string; originalName?: string | undefined };

type Blob = { key: string; bytes: Buffer; contentType: string };

async function persist(ctx: Ctx & { db: Db }, store: BlobStore, row: MediaFilesTable, blobs: Blob[]): Promise<MediaFilesTable> {
  const written: string[] = [];
  try {
    for (const blob of blobs) {
      if (await store.has(blob.key)) continue;
      await store.put(blob.key, blob.bytes, blob.contentType);
      written.push(blob.key);
    }
    await ctx.db.transaction().execute(async (trx) => {
      await insertMedia(trx, row);
      await recordAudit(
        { ...ctx, db: trx },
        { action: 'media.uploaded', subjectType: 'media', subjectId: row.id, data: { purpose: row.purpose, contentType: row.content_type, sizeBytes: row.size_bytes, sha256: row.sha256 } },
      );
    });
    return row;
  } catch (err) {
    if (written.length > 0 && !(await isBlobReferenced(ctx.db, row.storage_key).catch(() => true))) {
      await Promise.allSettled(written.map((key) => store.delete(key)));
    }
    throw err;
  }
}

/** Validates, processes (variants, metadata stripped) and stores an image; throws AppError on bad input. */
export async function storeImage(ctx: Ctx & { db: Db }, input: NewImage, options: MediaOptions): Promise<MediaFilesTable> {
  const image = await processImage(input.bytes, input.declaredType, options);
  const original = image.blobs.find((b) => b.variant === 'original')!;
  const row: MediaFilesTable = {
    id: newId('med'),
    owner_kind: input.ownerKind,
    owner_id: input.ownerId,
    purpose: input.purpose,
    content_type: image.contentType,
    size_bytes: image.sizeBytes,
    width: image.width,
    height: image.height,
    sha256: image.sha256,
    storage_key: original.key,
    variants: JSON.stringify(Object.fromEntries(image.blobs.map((b) => [b.variant, b.key]))),
    original_name: input.originalName === undefined ? null : safeFileName(input.originalName, `image.${IMAGE_TYPES[image.contentType]}`),
    created_by: input.createdBy,
    created_at: ctx.now.toISOString(),
    deleted_at: null,
  };
  return persist(ctx, options.store ?? createBlobStore(options), row, image.blobs);
}

/** Checks and stores a user's application attachment exactly as uploaded. */
export async function storeDocument(ctx: Ctx & { db: Db }, input: NewDocument, options: MediaOptions): Promise<MediaFilesTable> {
  const doc = await checkDocument(input.bytes, input.declaredType, input.originalName, options);
  const row: MediaFilesTable = {
    id: newId('med'),
    owner_kind: 'user',
    owner_id: input.ownerId,
    purpose: 'application_attachment',
    content_type: doc.contentType,
    size_bytes: doc.sizeBytes,
    width: null,
    height: null,
    sha256: doc.sha256,
    storage_key: doc.key,
    variants: '{}',
    original_name: doc.originalName,
    created_by: input.createdBy,
    created_at: ctx.now.toISOString(),
    deleted_at: null,
  };
  return persist(ctx, options.store ?? createBlobStore(options), row, [{ key: doc.key, bytes: input.bytes, contentType: doc.contentType }]);
}

/**
 * Soft-deletes a seller's image: the row stays for the audit trail and for products still pointing
 * at it, and the blobs stay because identical uploads share them. Not the seller's (or no such
 * live image): not found, so ids of other sellers' images reveal nothing.
 */
export async function deleteImage(ctx: Ctx & { db: Db }, target: { mediaId: string; sellerId: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const changed = await markMediaDeleted(trx, {
      id: target.mediaId,
      ownerKind: 'seller',
      ownerId: target.sellerId,
      purposes: IMAGE_PURPOSES,
      deletedAt: ctx.now.toISOString(),
    });
    if (!changed) throw notFound('Image');
    await recordAudit({ ...ctx, db: trx }, { action: 'media.deleted', subjectType: 'media', subjectId: target.mediaId });
  });
}
