import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { fileForm, makeImage, MINIMAL_PDF } from '../../../test/fixtures/media/form.js';

let app: TestApp;
let sellerA: TestClient;
let sellerB: TestClient;
let operator: TestClient;
const workDir = mkdtempSync(join(tmpdir(), 'gateway-media-access-'));
const mediaDir = join(workDir, 'media');

beforeAll(async () => {
  app = await makeTestApp({ MEDIA_DIR: mediaDir });
  sellerA = (await signedInAs(app, 'seller')).client;
  sellerB = (await signedInAs(app, 'seller')).client;
  operator = (await signedInAs(app, 'operator')).client;
  // A file beside the media directory that no URL may reach.
  writeFileSync(join(workDir, 'secret.txt'), 'TOP-SECRET-CONTENT');
});
afterAll(async () => {
  await app.cleanup();
  rmSync(workDir, { recursive: true, force: true });
});

async function upload(client: TestClient, seed = 0) {
  const form = fileForm(await makeImage('jpeg', 300 + seed, 200), 'photo.jpg', 'image/jpeg');
  return client.request('POST', '/api/v1/media/images?purpose=product_image', form.body, { headers: form.headers });
}

describe('who may upload, read and delete images', () => {
  it("keeps each seller's images to its own organisation: 404 for another seller's id, operators see all", async () => {
    const image = (await upload(sellerA, 1)).json();
    const own = await sellerA.get(`/api/v1/media/images/${image.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual(image);

    const other = await sellerB.get(`/api/v1/media/images/${image.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('not_found');
    const otherDelete = await sellerB.request('DELETE', `/api/v1/media/images/${image.id}`);
    expect(otherDelete.statusCode).toBe(404);

    expect((await operator.get(`/api/v1/media/images/${image.id}`)).json()).toEqual(image);
    expect((await sellerA.get(`/api/v1/media/images/${image.id}`)).statusCode).toBe(200);
  });

  it('soft-deletes an own image: gone from the API, audited, blob kept for rows that share it', async () => {
    const image = (await upload(sellerA, 2)).json();
    const res = await sellerA.request('DELETE', `/api/v1/media/images/${image.id}`);
    expect(res.statusCode).toBe(204);
    expect((await sellerA.get(`/api/v1/media/images/${image.id}`)).statusCode).toBe(404);
    expect((await operator.get(`/api/v1/media/images/${image.id}`)).statusCode).toBe(404);
    expect((await sellerA.request('DELETE', `/api/v1/media/images/${image.id}`)).statusCode).toBe(404);

    const row = await app.db.selectFrom('media_files').select('deleted_at').where('id', '=', image.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    const actions = await app.db.selectFrom('audit_log').select('action').where('subject_id', '=', image.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['media.uploaded', 'media.deleted']);
    expect((await app.inject(image.urls.thumb)).statusCode).toBe(200);
  });

  it('refuses shoppers (403) and sellers without an organisation (no_organisation)', async () => {
    const { client: shopper } = await signedInAs(app, 'shopper');
    const res = await upload(shopper);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden_role');

    const { client: applicant } = await signedInAs(app, 'applicant');
    const refused = await upload(applicant);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('no_organisation');

    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/media/images/med_00000000000000000000000000' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('validates ids by pattern and does not show documents as images', async () => {
    const bad = await sellerA.get('/api/v1/media/images/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('mediaId');

    const form = fileForm(MINIMAL_PDF, 'doc.pdf', 'application/pdf');
    const doc = (await operator.request('POST', '/api/v1/media/documents', form.body, { headers: form.headers })).json();
    expect((await operator.get(`/api/v1/media/images/${doc.id}`)).statusCode).toBe(404);
  });
});

describe('public image URLs', () => {
  it('serve only image blobs under img/, never documents, and answer HEAD', async () => {
    const image = (await upload(sellerA, 3)).json();
    const head = await app.inject({ method: 'HEAD', url: image.urls.medium });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('image/webp');

    const form = fileForm(MINIMAL_PDF, 'doc.pdf', 'application/pdf');
    await sellerA.request('POST', '/api/v1/media/documents', form.body, { headers: form.headers });
    const row = await app.db.selectFrom('media_files').select('storage_key').where('purpose', '=', 'application_attachment').executeTakeFirstOrThrow();
    expect(row.storage_key).toMatch(/^doc\//);
    const doc = await app.inject(`/media/${row.storage_key}`);
    expect(doc.statusCode).toBe(404);
    expect(doc.json().error.code).toBe('not_found');

    const unknown = await app.inject(`/media/img/${'0'.repeat(64)}/thumb.webp`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
  });

  it.each([
    '/media/../../etc/passwd',
    '/media/..%2F..%2Fetc%2Fpasswd',
    '/media/%2e%2e/%2e%2e/etc/passwd',
    '/media/%2E%2E%2Fsecret.txt',
    '/media/..%2fsecret.txt',
    '/media/img/..%2F..%2Fsecret.txt',
    '/media/img%2F..%2F..%2Fsecret.txt',
    '/media/..%5C..%5Csecret.txt',
    '/media/%252e%252e%252fsecret.txt',
    '/media//etc/passwd',
    '/media/%00secret.txt',
    `/media/${'a/'.repeat(200)}x`,
  ])('never reaches outside the media directory: %s', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect([400, 404]).toContain(res.statusCode);
    expect(res.json().error.code).toMatch(/^[a-z_]+$/);
    expect(res.body).not.toContain('TOP-SECRET-CONTENT');
    expect(res.body).not.toContain('root:');
  });
});
