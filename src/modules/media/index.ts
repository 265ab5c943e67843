// media: uploaded files — product images and store logos (checked by their bytes, turned upright,
// stripped of metadata, resized into WebP variants) and documents (seller application attachments,
// kept as uploaded) — behind a blob-store interface (local disk under MEDIA_DIR by default).
// Owns table: media_files. Publishes and consumes no events. Image blobs are public and immutable
// under /media/; documents are downloaded only by their uploader or an operator.
export { registerMediaRoutes } from './routes.js';
export { findMediaForOwner, type OwnerKind } from './repo.js';
export { documentUrl, imageUrls, type ImageUrls } from './media-urls.js';
export { deleteImage, storeDocument, storeImage, type ImagePurpose, type MediaOptions, type NewDocument, type NewImage } from './store-media.js';
export { createBlobStore, type BlobStore } from './storage.js';
