import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { fileForm, MINIMAL_PDF } from '../../../test/fixtures/media/form.js';
import { validEin } from './rules.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

const complete = {
  legalName: 'Upper Peninsula Maple Co. LLC',
  tradeName: 'UP Maple',
  ein: '381234567',
  state: 'MI',
  city: 'Marquette',
  businessType: 'farm',
  yearFounded: 1987,
  headcount: 12,
  website: 'https://upmaple.example',
  productsDescription: 'Pure maple syrup and maple sugar from our sugarbush.',
  categories: ['food'],
  chinaExperience: 'exploring',
  contactName: 'Jo Lindqvist',
  contactEmail: 'jo@upmaple.example',
  contactPhone: '+1 906 555 0100',
  foodFacilityNumber: 'USA-MI-2024-000777',
};

async function uploadPdf(client: TestClient): Promise<string> {
  const form = fileForm(MINIMAL_PDF, 'trademark.pdf', 'application/pdf');
  const res = await client.request('POST', '/api/v1/media/documents', form.body, { headers: form.headers });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('seller applications', () => {
  it('walks draft → submitted → changes requested → submitted → approved, creating the organisation', async () => {
    const { client: applicant, user } = await signedInAs(app, 'applicant');
    expect((await applicant.get('/api/v1/seller/application')).json().error.code).toBe('no_application');
    const draft = (await applicant.request('PUT', '/api/v1/seller/application', { legalName: 'Upper Peninsula Maple Co. LLC', categories: ['food'] })).json();
    expect(draft.status).toBe('draft');
    expect(draft.missing.map((m: { field: string }) => m.field)).toEqual(expect.arrayContaining(['ein', 'attachments', 'foodFacilityNumber']));

    const early = await applicant.post('/api/v1/seller/application/submit');
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('application_incomplete');

    await applicant.request('PUT', '/api/v1/seller/application', complete);
    const mediaId = await uploadPdf(applicant);
    const attached = (await applicant.post('/api/v1/seller/application/attachments', { kind: 'trademark_registration', mediaId })).json();
    expect(attached.attachments).toEqual([expect.objectContaining({ kind: 'trademark_registration', originalName: 'trademark.pdf', downloadUrl: `/api/v1/media/documents/${mediaId}` })]);
    expect(attached.missing).toEqual([]);
    expect(attached.ein).toBe('38-1234567');
    const submitted = (await applicant.post('/api/v1/seller/application/submit')).json();
    expect(submitted.status).toBe('submitted');
    expect((await applicant.request('PUT', '/api/v1/seller/application', { city: 'Ishpeming' })).json().error.code).toBe('application_locked');

    const { client: op } = await signedInAs(app, 'operator');
    const queue = (await op.get('/api/v1/ops/applications?status=submitted')).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toContain(submitted.id);
    const doc = await op.get(`/api/v1/media/documents/${mediaId}`);
    expect(doc.statusCode).toBe(200);
    const changes = (await op.post(`/api/v1/ops/applications/${submitted.id}/request-changes`, { reason: 'Please attach the trademark authorisation chain' })).json();
    expect(changes).toMatchObject({ status: 'changes_requested', decisionReason: 'Please attach the trademark authorisation chain' });
    expect((await applicant.request('PUT', '/api/v1/seller/application', { city: 'Ishpeming' })).json().city).toBe('Ishpeming');
    await applicant.post('/api/v1/seller/application/submit');

    const approved = (await op.post(`/api/v1/ops/applications/${submitted.id}/approve`, {})).json();
    expect(approved.status).toBe('approved');
    expect(approved.sellerId).toMatch(/^sel_/);
    expect(approved.history.map((h: { action: string }) => h.action)).toEqual(['started', 'document_attached', 'submitted', 'changes_requested', 'submitted', 'approved']);
    expect(approved.history[3].reason).toBe('Please attach the trademark authorisation chain');

    const session = (await applicant.get('/api/v1/auth/session')).json();
    expect(session.user).toMatchObject({ id: user.id, sellerId: approved.sellerId, sellerRole: 'owner' });
    const org = (await applicant.get('/api/v1/seller/organisation')).json();
    expect(org).toMatchObject({ legalName: 'Upper Peninsula Maple Co. LLC', tradeName: 'UP Maple', state: 'MI', city: 'Ishpeming' });
    expect((await op.post(`/api/v1/ops/applications/${submitted.id}/reject`, { reason: 'too late' })).json().error.code).toBe('invalid_transition');
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const { client: applicant } = await signedInAs(app, 'applicant');
    await applicant.request('PUT', '/api/v1/seller/application', { ...complete, contactEmail: 'x@y.example' });
    await applicant.post('/api/v1/seller/application/attachments', { kind: 'trademark_registration', mediaId: await uploadPdf(applicant) });
    const { id } = (await applicant.post('/api/v1/seller/application/submit')).json();
    const { client: op } = await signedInAs(app, 'operator');
    const [a, b] = await Promise.all([op.post(`/api/v1/ops/applications/${id}/approve`, {}), op.post(`/api/v1/ops/applications/${id}/reject`, { reason: 'duplicate' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const sellers = await app.db.selectFrom('seller_applications').select('seller_id').where('id', '=', id).executeTakeFirstOrThrow();
    const count = await app.db.selectFrom('sellers').select((eb) => eb.fn.countAll<number>().as('n')).where('legal_name', '=', complete.legalName).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(a.statusCode === 200 ? 2 : 1);
    expect(Boolean(sellers.seller_id)).toBe(a.statusCode === 200);
  });

  it('rejects bad fields by name, and keeps applicants from attaching others’ documents', async () => {
    const { client } = await signedInAs(app, 'applicant');
    const bad = await client.request('PUT', '/api/v1/seller/application', { ein: '07-1234567' });
    expect(bad.json().error.details.fields[0].field).toBe('ein');
    expect((await client.request('PUT', '/api/v1/seller/application', { state: 'ZZ' })).json().error.details.fields[0].field).toBe('state');
    expect((await client.request('PUT', '/api/v1/seller/application', { categories: ['guns'] })).statusCode).toBe(400);
    const { client: other } = await signedInAs(app, 'applicant');
    const theirs = await uploadPdf(other);
    await client.request('PUT', '/api/v1/seller/application', { legalName: 'Mine' });
    const steal = await client.post('/api/v1/seller/application/attachments', { kind: 'other', mediaId: theirs });
    expect(steal.json().error.details.fields[0].field).toBe('mediaId');
    // A shopper cannot read an applicant's document either.
    const { client: shopper } = await signedInAs(app, 'shopper');
    expect((await shopper.get(`/api/v1/media/documents/${theirs}`)).statusCode).toBe(404);
  });
});

describe('validEin', () => {
  it.each([['12-3456789', true], ['123456789', true], ['00-1234567', false], ['07-1234567', false], ['12-345678', false], ['ab-cdefghi', false]])('%s → %s', (ein, ok) => {
    expect(validEin(ein)).toBe(ok);
  });
});
