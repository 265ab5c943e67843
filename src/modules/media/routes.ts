import fastifyMultipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { actorOf, errorResponses, sellerIdOf, type App } from '../../platform/http.js';
import { attachmentDisposition } from './documents.js';
import { IMAGE_TYPES } from './file-kind.js';
import { PUBLIC_MEDIA_PREFIX, toDocumentAnswer, toImageAnswer } from './media-urls.js';
import { readUpload, UPLOAD_FIELD } from './read-upload.js';
import { findLiveMedia } from './repo.js';
import { createBlobStore } from './storage.js';
import { deleteImage, IMAGE_PURPOSES, storeDocument, storeImage, type MediaOptions } from './store-media.js';

const MediaId = Type.String({ pattern: '^med_[0-9a-z]{26}$', description: 'A media id (med_…)' });
const IdParams = Type.Object({ mediaId: MediaId });
const ImagePurpose = Type.Union([Type.Literal('product_image'), Type.Literal('store_logo')]);
const Url = Type.String({ description: 'Public, immutable URL' });
const Image = Type.Object({
  id: Type.String(),
  purpose: ImagePurpose,
  contentType: Type.String({ description: 'Of the original: image/jpeg, image/png or image/webp' }),
  width: Type.Integer({ description: 'Of the upright original, in px' }),
  height: Type.Integer(),
  sizeBytes: Type.Integer({ description: 'Of the uploaded file' }),
  urls: Type.Object({
    thumb: Url,
    medium: Url,
    large: Url,
    original: Type.String({ description: 'Re-encoded in its own format, metadata stripped' }),
  }),
});
const Document = Type.Object({
  id: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  originalName: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
const uploadErrors = { ...errorResponses, 413: Type.Ref('Error'), 415: Type.Ref('Error') };
const fileField = `multipart/form-data with the file in a field named "${UPLOAD_FIELD}"`;

// Only image blobs are public; documents (doc/…) are downloaded through the API, never from here.
const PUBLIC_KEY = /^img\/[0-9a-f]{64}\/(?:(?:thumb|medium|large)\.webp|original\.(?:jpg|png|webp))$/;
const TYPE_BY_EXT: Record<string, string> = Object.fromEntries(Object.entries(IMAGE_TYPES).map(([type, ext]) => [ext, type]));

export async function registerMediaRoutes(app: App, db: Db, config: Config['media']): Promise<void> {
  const store = createBlobStore(config);
  const options: MediaOptions = { ...config, store };

  // In its own scope, so only these routes accept multipart bodies.
  await app.register(async (scope: App) => {
    await scope.register(fastifyMultipart, {
      // One byte past the larger maximum lets the handlers tell "too large" apart and answer 413.
      limits: { files: 1, fields: 5, fileSize: Math.max(config.maxImageBytes, config.maxDocumentBytes) + 1 },
    });

    scope.post(
      '/api/v1/media/images',
      {
        config: { access: ['seller'] },
        schema: {
          tags: ['media'],
          summary: 'Upload a product image or store logo (JPEG, PNG or WebP)',
          description: `${fileField}. The image is checked by its bytes, turned upright, stripped of metadata and resized into WebP variants.`,
          consumes: ['multipart/form-data'],
          querystring: Type.Object({ purpose: ImagePurpose }),
          response: { 201: Image, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const sellerId = sellerIdOf(request);
        const upload = await readUpload(request, config.maxImageBytes);
        const row = await storeImage(
          { ...contextOf(db, request), db },
          { ...upload, ownerKind: 'seller', ownerId: sellerId, purpose: request.query.purpose, createdBy: actor.userId, originalName: upload.fileName },
          options,
        );
        return reply.status(201).send(toImageAnswer(row));
      },
    );

    scope.get(
      '/api/v1/media/images/:mediaId',
      {
        config: { access: ['seller', 'operator'] },
        schema: { tags: ['media'], summary: "An image's details and URLs (sellers: their organisation's images only)", params: IdParams, response: { 200: Image, ...errorResponses } },
      },
      async (request) => {
        const actor = actorOf(request);
        const row = await findLiveMedia(db, request.params.mediaId, IMAGE_PURPOSES);
        const mayRead = row && (actor.role === 'operator' || (row.owner_kind === 'seller' && row.owner_id === actor.sellerId));
        // Another seller's image is "not found", not "forbidden": ids must not reveal what exists.
        if (!row || !mayRead) throw notFound('Image');
        return toImageAnswer(row);
      },
    );

    scope.delete(
      '/api/v1/media/images/:mediaId',
      {
        config: { access: ['seller'] },
        schema: { tags: ['media'], summary: "Delete one of your organisation's images", params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
      },
      async (request, reply) => {
        const { sellerId } = actorOf(request);
        if (!sellerId) throw notFound('Image');
        await deleteImage({ ...contextOf(db, request), db }, { mediaId: request.params.mediaId, sellerId });
        return reply.status(204).send(null);
      },
    );

    scope.post(
      '/api/v1/media/documents',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['media'],
          summary: 'Upload a document for a seller application (PDF, JPEG or PNG), kept as uploaded',
          description: fileField,
          consumes: ['multipart/form-data'],
          response: { 201: Document, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const upload = await readUpload(request, config.maxDocumentBytes);
        const row = await storeDocument({ ...contextOf(db, request), db }, { ...upload, ownerId: actor.userId, createdBy: actor.userId, originalName: upload.fileName }, options);
        return reply.status(201).send(toDocumentAnswer(row));
      },
    );

    scope.get(
      '/api/v1/media/documents/:mediaId',
      {
        config: { access: ['shopper', 'seller', 'operator'] },
        schema: {
          tags: ['media'],
          summary: 'Download a document (its uploader or an operator only)',
          params: IdParams,
          response: { 200: Type.String({ format: 'binary', description: 'The file as uploaded, as an attachment' }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const row = await findLiveMedia(db, request.params.mediaId, ['application_attachment']);
        const mayRead = row && (actor.role === 'operator' || (row.owner_kind === 'user' && row.owner_id === actor.userId));
        if (!row || !mayRead) throw notFound('Document');
        const blob = await store.get(row.storage_key);
        if (!blob) {
          request.log.error({ mediaId: row.id, key: row.storage_key }, 'document blob missing');
          throw notFound('Document');
        }
        return reply
          .header('content-type', row.content_type)
          .header('content-length', blob.size)
          .header('content-disposition', attachmentDisposition(row.original_name ?? 'document'))
          .header('cache-control', 'private, no-store')
          .send(blob.stream);
      },
    );

    scope.get(
      `${PUBLIC_MEDIA_PREFIX}*`,
      {
        config: { access: 'public' },
        schema: { hide: true, tags: ['media'], summary: 'Image blobs, public and immutable', params: Type.Object({ '*': Type.String({ maxLength: 300 }) }) },
      },
      async (request, reply) => {
        const key = request.params['*'];
        const type = PUBLIC_KEY.test(key) ? TYPE_BY_EXT[key.slice(key.lastIndexOf('.') + 1)] : undefined;
        const blob = type ? await store.get(key) : null;
        if (!type || !blob) throw notFound('File');
        return reply
          .header('content-type', type)
          .header('content-length', blob.size)
          .header('cache-control', 'public, max-age=31536000, immutable')
          .header('x-content-type-options', 'nosniff')
          .send(blob.stream);
      },
    );
  });
}
