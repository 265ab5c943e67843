import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { fileForm, makeImage, MINIMAL_PDF } from '../../../test/fixtures/media/form.js';

let app: TestApp;
let applicant: TestClient;
let applicantId: string;
const mediaDir = mkdtempSync(join(tmpdir(), 'gateway-media-docs-'));
const MiB = 1024 * 1024;

beforeAll(async () => {
  app = await makeTestApp({ MEDIA_DIR: mediaDir, MAX_DOCUMENT_MB: '1' });
  const signedIn = await signedInAs(app, 'applicant');
  applicant = signedIn.client;
  applicantId = signedIn.user.id;
});
afterAll(async () => {
  await app.cleanup();
  rmSync(mediaDir, { recursive: true, force: true });
});

const filesOnDisk = () => readdirSync(mediaDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

function uploadDocument(client: TestClient, bytes: Buffer | string, name: string, type: string) {
  const form = fileForm(bytes, name, type);
  return client.request('POST', '/api/v1/media/documents', form.body, { headers: form.headers });
}

describe('application documents', () => {
  it('stores a PDF as uploaded, for its owner and operators only, as a private attachment', async () => {
    const res = await uploadDocument(applicant, MINIMAL_PDF, 'trademark-registration.pdf', 'application/pdf');
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ contentType: 'application/pdf', sizeBytes: MINIMAL_PDF.length, originalName: 'trademark-registration.pdf' });
    expect(Object.keys(doc).sort()).toEqual(['contentType', 'createdAt', 'id', 'originalName', 'sizeBytes']);

    const row = await app.db.selectFrom('media_files').selectAll().where('id', '=', doc.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ owner_kind: 'user', owner_id: applicantId, purpose: 'application_attachment', variants: '{}', width: null });
    expect(readFileSync(join(mediaDir, ...row.storage_key.split('/')))).toEqual(MINIMAL_PDF);

    for (const client of [applicant, (await signedInAs(app, 'operator')).client]) {
      const download = await client.get(`/api/v1/media/documents/${doc.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload).toEqual(MINIMAL_PDF);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe('attachment; filename="trademark-registration.pdf"');
      expect(download.headers['cache-control']).toBe('private, no-store');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    }
    for (const role of ['shopper', 'seller', 'applicant'] as const) {
      const other = await (await signedInAs(app, role)).client.get(`/api/v1/media/documents/${doc.id}`);
      expect(other.statusCode, role).toBe(404);
      expect(other.json().error.code).toBe('not_found');
    }
    expect((await app.inject(`/api/v1/media/documents/${doc.id}`)).statusCode).toBe(401);
  });

  it('accepts JPEG and PNG scans and keeps their bytes untouched', async () => {
    const scan = await makeImage('png', 120, 120);
    const res = await uploadDocument(applicant, scan, 'scan.png', 'image/png');
    expect(res.statusCode).toBe(201);
    expect(res.json().contentType).toBe('image/png');
    expect((await applicant.get(`/api/v1/media/documents/${res.json().id}`)).rawPayload).toEqual(scan);
  });

  it('sanitises the file name and encodes non-ASCII names per RFC 6266', async () => {
    const res = await uploadDocument(applicant, MINIMAL_PDF, '../../etc/商标 注册<证书>.pdf', 'application/pdf');
    expect(res.json().originalName).toBe('商标 注册_证书_.pdf');
    const download = await applicant.get(`/api/v1/media/documents/${res.json().id}`);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="__ ______.pdf"; filename*=UTF-8''${encodeURIComponent('商标 注册_证书_.pdf')}`,
    );

    const long = await uploadDocument(applicant, MINIMAL_PDF, `${'x'.repeat(300)}.pdf`, 'application/pdf');
    expect(long.json().originalName).toBe(`${'x'.repeat(116)}.pdf`);
    const nameless = await uploadDocument(applicant, MINIMAL_PDF, '...', 'application/pdf');
    expect(nameless.json().originalName).toBe('document.pdf');
  });

  it.each([
    ['a text file', 'just words', 'notes.pdf', 'application/pdf', 415, 'unsupported_file_type'],
    ['a WebP image', 'webp', 'photo.webp', 'image/webp', 415, 'unsupported_file_type'],
    ['a PDF declared as PNG', MINIMAL_PDF, 'x.png', 'image/png', 400, 'mislabelled_file'],
    ['a file over the limit', Buffer.concat([MINIMAL_PDF, Buffer.alloc(MiB)]), 'big.pdf', 'application/pdf', 413, 'file_too_large'],
  ] as const)('refuses %s and stores nothing', async (_label, data, name, type, status, code) => {
    const bytes = data === 'webp' ? await makeImage('webp', 120, 120) : data;
    const [rows, files] = [(await app.db.selectFrom('media_files').select('id').execute()).length, filesOnDisk()];
    const res = await uploadDocument(applicant, bytes, name, type);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect((await app.db.selectFrom('media_files').select('id').execute()).length).toBe(rows);
    expect(filesOnDisk()).toBe(files);
  });

  it('does not hand out seller images as documents', async () => {
    const { client: seller } = await signedInAs(app, 'seller');
    const form = fileForm(await makeImage('jpeg', 200, 200), 'a.jpg', 'image/jpeg');
    const image = (await seller.request('POST', '/api/v1/media/images?purpose=product_image', form.body, { headers: form.headers })).json();
    expect((await seller.get(`/api/v1/media/documents/${image.id}`)).statusCode).toBe(404);
  });
});
