import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { buildSeller, buildUser } from '../../../test/factories.js';
import { makeImage, MINIMAL_PDF } from '../../../test/fixtures/media/form.js';
import { documentUrl, findMediaForOwner, imageUrls, storeDocument, storeImage, type MediaOptions } from './index.js';

let app: TestApp;
const mediaDir = mkdtempSync(join(tmpdir(), 'gateway-media-ops-'));
const options: MediaOptions = { dir: mediaDir, maxImageBytes: 1024 * 1024, maxImageSidePx: 8000, maxDocumentBytes: 1024 * 1024 };
const ctx = () => ({ db: app.db, actor: null, now: new Date(), requestId: null });
const filesOnDisk = () => readdirSync(mediaDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

beforeAll(async () => {
  app = await makeTestApp({ MEDIA_DIR: mediaDir });
});
afterAll(async () => {
  await app.cleanup();
  rmSync(mediaDir, { recursive: true, force: true });
});

describe('storing media without HTTP (seeding, imports)', () => {
  it('stores an image for a seller and finds only the live, own, same-purpose ones', async () => {
    const a = await buildSeller(app.db);
    const b = await buildSeller(app.db);
    const store = (sellerId: string, purpose: 'product_image' | 'store_logo', side: number) =>
      makeImage('jpeg', side, side).then((bytes) => storeImage(ctx(), { bytes, ownerKind: 'seller', ownerId: sellerId, purpose, createdBy: a.ownerId, originalName: 'p.jpg' }, options));
    const mine = await store(a.seller.id, 'product_image', 200);
    const logo = await store(a.seller.id, 'store_logo', 201);
    const theirs = await store(b.seller.id, 'product_image', 202);
    const gone = await store(a.seller.id, 'product_image', 203);
    await app.db.updateTable('media_files').set({ deleted_at: new Date().toISOString() }).where('id', '=', gone.id).execute();

    const found = await findMediaForOwner(app.db, { ids: [mine.id, logo.id, theirs.id, gone.id, mine.id, 'med_00000000000000000000000000'], ownerKind: 'seller', ownerId: a.seller.id, purpose: 'product_image' });
    expect(found.map((r) => r.id)).toEqual([mine.id]);
    expect(await findMediaForOwner(app.db, { ids: [], ownerKind: 'seller', ownerId: a.seller.id, purpose: 'product_image' })).toEqual([]);

    const urls = imageUrls(mine);
    expect(Object.keys(urls).sort()).toEqual(['large', 'medium', 'original', 'thumb']);
    expect(urls.thumb).toBe(`/media/img/${mine.sha256}/thumb.webp`);
    expect(urls.original).toBe(`/media/${mine.storage_key}`);
    const served = await app.inject(urls.thumb);
    expect(served.statusCode).toBe(200);
  });

  it('stores a document for a user, addressed through the API', async () => {
    const user = await buildUser(app.db);
    const doc = await storeDocument(ctx(), { bytes: MINIMAL_PDF, declaredType: 'application/pdf', ownerId: user.id, createdBy: user.id, originalName: 'fda.pdf' }, options);
    expect(doc).toMatchObject({ owner_kind: 'user', purpose: 'application_attachment', content_type: 'application/pdf', original_name: 'fda.pdf' });
    expect(documentUrl(doc)).toBe(`/api/v1/media/documents/${doc.id}`);
  });

  it('removes the blobs it wrote when the row cannot be stored', async () => {
    const seller = await buildSeller(app.db);
    const before = filesOnDisk();
    const bytes = await makeImage('png', 321, 123);
    const failing = storeImage(ctx(), { bytes, ownerKind: 'robot' as never, ownerId: seller.seller.id, purpose: 'product_image', createdBy: seller.ownerId }, options);
    await expect(failing).rejects.toThrow();
    expect(filesOnDisk()).toBe(before);
    expect(await app.db.selectFrom('media_files').select('id').where('owner_id', '=', seller.seller.id).execute()).toEqual([]);
  });

  it('keeps blobs another row already uses when a duplicate fails to store', async () => {
    const seller = await buildSeller(app.db);
    const bytes = await makeImage('webp', 222, 111);
    const first = await storeImage(ctx(), { bytes, ownerKind: 'seller', ownerId: seller.seller.id, purpose: 'product_image', createdBy: seller.ownerId }, options);
    const before = filesOnDisk();
    await expect(storeImage(ctx(), { bytes, ownerKind: 'robot' as never, ownerId: seller.seller.id, purpose: 'product_image', createdBy: seller.ownerId }, options)).rejects.toThrow();
    expect(filesOnDisk()).toBe(before);
    expect((await app.inject(imageUrls(first).large)).statusCode).toBe(200);
  });
});
