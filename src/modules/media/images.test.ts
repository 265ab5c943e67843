import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { fileForm, makeImage, multipartBody, sidewaysJpeg, type Format } from '../../../test/fixtures/media/form.js';

let app: TestApp;
let seller: TestClient;
const mediaDir = mkdtempSync(join(tmpdir(), 'gateway-media-'));
const MiB = 1024 * 1024;

beforeAll(async () => {
  app = await makeTestApp({ MEDIA_DIR: mediaDir, MAX_IMAGE_MB: '1' });
  seller = (await signedInAs(app, 'seller')).client;
});
afterAll(async () => {
  await app.cleanup();
  rmSync(mediaDir, { recursive: true, force: true });
});

const filesOnDisk = () => readdirSync(mediaDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
const countRows = async () => Number((await app.db.selectFrom('media_files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

function uploadImage(form: { body: Buffer; headers: Record<string, string> }, purpose = 'product_image') {
  return seller.request('POST', `/api/v1/media/images?purpose=${purpose}`, form.body, { headers: form.headers });
}

async function fetchImage(url: string) {
  const res = await app.inject({ method: 'GET', url });
  const meta = res.statusCode === 200 ? await sharp(res.rawPayload).metadata() : null;
  return { res, meta };
}

describe('image upload', () => {
  it.each([
    ['jpeg', 2000, 1500, { thumb: [240, 180], medium: [720, 540], large: [1440, 1080] }],
    ['png', 1000, 750, { thumb: [240, 180], medium: [720, 540], large: [1000, 750] }],
    ['webp', 300, 200, { thumb: [240, 160], medium: [300, 200], large: [300, 200] }],
  ] as const)('accepts %s %i×%i, makes WebP variants that are never enlarged, and serves them immutably', async (format: Format, width, height, sizes) => {
    const bytes = await makeImage(format, width, height);
    const res = await uploadImage(fileForm(bytes, `photo.${format}`, `image/${format}`));
    expect(res.statusCode).toBe(201);
    const image = res.json();
    expect(image).toMatchObject({ purpose: 'product_image', contentType: `image/${format}`, width, height, sizeBytes: bytes.length });
    expect(image.id).toMatch(/^med_[0-9a-z]{26}$/);

    for (const [variant, [w, h]] of Object.entries(sizes)) {
      const { res: served, meta } = await fetchImage(image.urls[variant]);
      expect(served.statusCode, variant).toBe(200);
      expect(served.headers['content-type']).toBe('image/webp');
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect([meta?.format, meta?.width, meta?.height]).toEqual(['webp', w, h]);
    }
    const { res: original, meta } = await fetchImage(image.urls.original);
    expect(original.headers['content-type']).toBe(`image/${format}`);
    expect([meta?.format, meta?.width, meta?.height]).toEqual([format, width, height]);
    expect(image.urls.original).toMatch(new RegExp(`^/media/img/[0-9a-f]{64}/original\\.${format === 'jpeg' ? 'jpg' : format}$`));

    const row = await app.db.selectFrom('media_files').selectAll().where('id', '=', image.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ owner_kind: 'seller', purpose: 'product_image', width, height, original_name: `photo.${format}`, deleted_at: null });
    const audit = await app.db.selectFrom('audit_log').select(['action', 'subject_type']).where('subject_id', '=', image.id).execute();
    expect(audit).toEqual([{ action: 'media.uploaded', subject_type: 'media' }]);
  });

  it('turns an EXIF-rotated JPEG upright and strips its metadata', async () => {
    const res = await uploadImage(fileForm(await sidewaysJpeg(300, 200), 'sideways.jpg', 'image/jpeg'), 'store_logo');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ purpose: 'store_logo', width: 200, height: 300 });
    const served = await app.inject(res.json().urls.original);
    const meta = await sharp(served.rawPayload).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([200, 300, 1]);
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes('Secret Farm LLC')).toBe(false);
    // Red was on top of the stored pixels; turned 90° clockwise it is on the right.
    const { data } = await sharp(served.rawPayload).extract({ left: 150, top: 140, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200);
    expect(data[2]).toBeLessThan(60);
  });

  it('stores identical uploads once: both rows point at the same blobs', async () => {
    const bytes = await makeImage('jpeg', 400, 300);
    const first = (await uploadImage(fileForm(bytes, 'a.jpg', 'image/jpeg'))).json();
    const before = filesOnDisk();
    const second = (await uploadImage(fileForm(bytes, 'b.jpg', 'image/jpeg'))).json();
    expect(second.id).not.toBe(first.id);
    expect(second.urls).toEqual(first.urls);
    expect(filesOnDisk()).toEqual(before);
  });

  it('accepts octet-stream as "undeclared" and ignores other form fields', async () => {
    const bytes = await makeImage('png', 200, 200);
    const form = multipartBody([
      { name: 'caption', data: 'hello' },
      { name: 'file', data: bytes, filename: 'x.bin', contentType: 'application/octet-stream' },
    ]);
    const res = await uploadImage(form);
    expect(res.statusCode).toBe(201);
    expect(res.json().contentType).toBe('image/png');
  });
});

describe('rejected images leave no row and no file', () => {
  const png = () => makeImage('png', 200, 200);
  const cases: Array<[string, () => Promise<{ body: Buffer; headers: Record<string, string> }>, number, string]> = [
    ['PNG bytes declared as image/jpeg', async () => fileForm(await png(), 'photo.jpg', 'image/jpeg'), 400, 'mislabelled_file'],
    ['a PDF', async () => fileForm('%PDF-1.4\n%%EOF\n', 'photo.jpg', 'image/jpeg'), 415, 'unsupported_file_type'],
    ['a text file', async () => fileForm('just some words, not a picture', 'notes.png', 'text/plain'), 415, 'unsupported_file_type'],
    ['a GIF', async () => fileForm(await sharp({ create: { width: 200, height: 200, channels: 3, background: '#888' } }).gif().toBuffer(), 'a.gif', 'image/gif'), 415, 'unsupported_file_type'],
    ['an empty file', async () => fileForm(Buffer.alloc(0), 'empty.jpg', 'image/jpeg'), 400, 'empty_file'],
    ['one byte over the limit', async () => fileForm(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MiB - 2)]), 'big.jpg', 'image/jpeg'), 413, 'file_too_large'],
    ['far over the limit', async () => fileForm(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(3 * MiB)]), 'huge.jpg', 'image/jpeg'), 413, 'file_too_large'],
    ['20000×10 px', async () => fileForm(await sharp({ create: { width: 20000, height: 10, channels: 3, background: '#888' } }).png().toBuffer(), 'strip.png', 'image/png'), 400, 'image_dimensions'],
    ['99×400 px', async () => fileForm(await makeImage('jpeg', 99, 400), 'thin.jpg', 'image/jpeg'), 400, 'image_dimensions'],
    ['a truncated JPEG', async () => {
      const jpeg = await makeImage('jpeg', 800, 600);
      return fileForm(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'cut.jpg', 'image/jpeg');
    }, 400, 'invalid_image'],
    ['a JPEG header with garbage after it', async () => fileForm(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 7)]), 'junk.jpg', 'image/jpeg'), 400, 'invalid_image'],
    ['two files', async () => multipartBody([{ name: 'file', data: await png(), filename: 'a.png', contentType: 'image/png' }, { name: 'file', data: await png(), filename: 'b.png', contentType: 'image/png' }]), 400, 'too_many_files'],
    ['the file in another field', async () => multipartBody([{ name: 'image', data: await png(), filename: 'a.png', contentType: 'image/png' }]), 400, 'invalid_request'],
    ['a form without a file', async () => multipartBody([{ name: 'caption', data: 'no file here' }]), 400, 'invalid_request'],
    ['a broken multipart body', async () => ({ body: Buffer.from('--nope\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc'), headers: { 'content-type': 'multipart/form-data; boundary=nope' } }), 400, 'invalid_multipart'],
    ['a multipart type without a boundary', async () => ({ body: Buffer.from('x'), headers: { 'content-type': 'multipart/form-data' } }), 400, 'invalid_multipart'],
  ];

  it.each(cases)('%s', async (_label, build, status, code) => {
    const form = await build();
    const [rowsBefore, filesBefore] = [await countRows(), filesOnDisk()];
    const res = await uploadImage(form);
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    expect(await countRows()).toBe(rowsBefore);
    expect(filesOnDisk()).toEqual(filesBefore);
  });

  it('names both types when mislabelled and the limit in MB when too large', async () => {
    const mislabelled = (await uploadImage(fileForm(await png(), 'photo.jpg', 'image/jpeg'))).json().error;
    expect(mislabelled.message).toContain('image/png');
    expect(mislabelled.message).toContain('image/jpeg');
    expect(mislabelled.details).toEqual({ declared: 'image/jpeg', detected: 'image/png' });
    const big = (await uploadImage(fileForm(Buffer.alloc(MiB + 10, 1), 'big.jpg'))).json().error;
    expect(big.message).toContain('1 MB');
    const strip = (await uploadImage(fileForm(await sharp({ create: { width: 20000, height: 10, channels: 3, background: '#888' } }).png().toBuffer()))).json().error;
    expect(strip.details).toMatchObject({ width: 20000, height: 10, maxSidePx: 8000 });
  });

  it('refuses a request that is not multipart, in the error shape', async () => {
    const json = await seller.post('/api/v1/media/images?purpose=product_image', { file: 'aGVsbG8=' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('multipart_required');
    const text = await seller.request('POST', '/api/v1/media/images?purpose=product_image', 'hello', { headers: { 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('multipart_required');
    const noPurpose = await uploadImage(fileForm(await png(), 'a.png', 'image/png'), 'banner');
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().error.details.fields[0].field).toBe('purpose');
  });
});
