// How media rows are addressed and shown: image blobs are public, immutable URLs under /media/;
// documents are only ever downloaded through the API, which checks who asks.
import type { MediaFilesTable } from '../../db/schema.js';
import { VARIANT_NAMES, type VariantName } from './images.js';

export const PUBLIC_MEDIA_PREFIX = '/media/';

export type ImageUrls = Record<VariantName, string>;

/** The public URL of every variant of an image row. */
export function imageUrls(row: Pick<MediaFilesTable, 'storage_key' | 'variants'>): ImageUrls {
  let variants: Record<string, unknown> = {};
  try {
    variants = JSON.parse(row.variants) as Record<string, unknown>;
  } catch {
    // A damaged variants column still leaves the original to show.
  }
  const keyOf = (name: VariantName) => {
    const key = variants[name];
    return typeof key === 'string' ? key : row.storage_key;
  };
  return Object.fromEntries(VARIANT_NAMES.map((name) => [name, PUBLIC_MEDIA_PREFIX + keyOf(name)])) as ImageUrls;
}

/** Where the owner (or an operator) downloads a document. */
export function documentUrl(row: Pick<MediaFilesTable, 'id'>): string {
  return `/api/v1/media/documents/${row.id}`;
}

export function toImageAnswer(row: MediaFilesTable) {
  return {
    id: row.id,
    purpose: row.purpose as 'product_image' | 'store_logo',
    contentType: row.content_type,
    width: row.width ?? 0,
    height: row.height ?? 0,
    sizeBytes: Number(row.size_bytes),
    urls: imageUrls(row),
  };
}

export function toDocumentAnswer(row: MediaFilesTable) {
  return { id: row.id, contentType: row.content_type, sizeBytes: Number(row.size_bytes), originalName: row.original_name ?? 'document', createdAt: row.created_at };
}
