// Who may see and change a registration: its key holder or its signed-in owner (anyone else gets 404,
// as if it did not exist); operators' routes are for operators. And the path from attendee to seller:
// an applicant account starts a seller application pre-filled from the registration, linked both ways,
// and operators see it counted once the application is approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { fileForm, MINIMAL_PDF } from '../../../test/fixtures/media/form.js';
import { applicationFieldsOf } from './attendee-seller.js';
import { createEvent, register } from './fixtures.js';

let app: TestApp;
let op: TestClient;
let anonymous: TestClient;
let event: { id: string; slug: string };
beforeAll(async () => {
  app = await makeTestApp();
  op = (await signedInAs(app, 'operator')).client;
  anonymous = new TestClient(app);
  await anonymous.refreshCsrf();
  event = await createEvent(op, { slug: 'access-expo', capacity: 50 });
});
afterAll(async () => app.cleanup());

/** Jo's answers: the seller application is pre-filled from them. */
const JO = { firstName: 'Jo', lastName: 'Lindqvist', company: 'UP Maple Co.', businessType: 'farm', state: 'MI', sells: 'Pure maple syrup', chinaExperience: 'selling_elsewhere', interests: ['food_agriculture', 'fashion', 'payments'], consentContact: true };
const registerAs = (client: TestClient, email: string) => register(client, event.slug, email, JO);
const withKey = (key: string) => ({ headers: { 'x-registration-key': key } });

describe('attendee access', () => {
  it('lets only the key holder or the owner read or cancel; others get 404', async () => {
    const a = await registerAs(anonymous, 'a@access.example');
    const b = await registerAs(anonymous, 'b@access.example');
    expect((await anonymous.get(`/api/v1/conference/registrations/${a.id}`, withKey(a.manageKey))).json().email).toBe('a@access.example');
    for (const attempt of [
      () => anonymous.get(`/api/v1/conference/registrations/${b.id}`, withKey(a.manageKey)),
      () => anonymous.get(`/api/v1/conference/registrations/${b.id}`),
      () => anonymous.get(`/api/v1/conference/registrations/${b.id}`, withKey(`${b.manageKey.slice(0, -1)}${b.manageKey.endsWith('A') ? 'B' : 'A'}`)),
      () => anonymous.post(`/api/v1/conference/registrations/${b.id}/cancel`, {}, withKey(a.manageKey)),
      () => anonymous.post(`/api/v1/conference/registrations/${b.id}/claim`, {}, withKey(a.manageKey)),
      () => anonymous.get('/api/v1/conference/registrations/crg_00000000000000000000000000', withKey(a.manageKey)),
    ]) {
      const res = await attempt();
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await app.db.selectFrom('conf_registrations').select('status').where('id', '=', b.id).executeTakeFirstOrThrow()).status).toBe('confirmed');

    const { client: owner } = await signedInAs(app, 'shopper');
    const mine = await registerAs(owner, 'owner@access.example');
    expect((await owner.get(`/api/v1/conference/registrations/${mine.id}`)).statusCode).toBe(200);
    const { client: stranger } = await signedInAs(app, 'shopper');
    expect((await stranger.get(`/api/v1/conference/registrations/${mine.id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/conference/registrations/${mine.id}/cancel`, {})).statusCode).toBe(404);
    expect((await owner.post(`/api/v1/conference/registrations/${mine.id}/cancel`, {})).json().status).toBe('cancelled');
  });

  it('keeps the operators’ conference routes from anonymous callers, shoppers and sellers', async () => {
    const a = await registerAs(anonymous, 'probe@access.example');
    const { client: shopper } = await signedInAs(app, 'shopper');
    const { client: seller } = await signedInAs(app, 'seller');
    const routes: Array<[string, string]> = [
      ['GET', '/api/v1/ops/conference/events'],
      ['GET', `/api/v1/ops/conference/events/${event.id}/registrations`],
      ['GET', `/api/v1/ops/conference/events/${event.id}/registrations.csv`],
      ['GET', `/api/v1/ops/conference/events/${event.id}/stats`],
      ['GET', `/api/v1/ops/conference/registrations/${a.id}`],
      ['POST', `/api/v1/ops/conference/registrations/${a.id}/cancel`],
      ['PATCH', `/api/v1/ops/conference/events/${event.id}`],
      ['POST', `/api/v1/ops/conference/events/${event.id}/waitlist/offer-next`],
    ];
    for (const [method, url] of routes) {
      const body = method === 'GET' ? undefined : method === 'PATCH' ? { capacity: 1 } : {};
      expect((await anonymous.request(method as 'GET', url, body, withKey(a.manageKey))).statusCode, `${method} ${url}`).toBe(401);
      expect((await shopper.request(method as 'GET', url, body)).statusCode, `${method} ${url}`).toBe(403);
      expect((await seller.request(method as 'GET', url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await app.db.selectFrom('conf_events').select('capacity').where('id', '=', event.id).executeTakeFirstOrThrow()).capacity).toBe(50);
    expect((await app.db.selectFrom('conf_registrations').select('status').where('id', '=', a.id).executeTakeFirstOrThrow()).status).toBe('confirmed');
  });
});

describe('from attendee to seller', () => {
  it('maps the registration onto a seller application (pure)', () => {
    const fields = applicationFieldsOf({ company: 'Acme', state: 'GU', business_type: 'retailer', sells: 'gifts', china_experience: 'selling_in_china', interests: '["beauty","health","sourcing"]', first_name: 'A', last_name: 'B', email: 'a@b.example' });
    expect(fields).toEqual({ legalName: 'Acme', tradeName: 'Acme', businessType: 'small_business', productsDescription: 'gifts', categories: ['beauty', 'health'], contactName: 'A B', contactEmail: 'a@b.example' });
  });

  it('starts a pre-filled application for a signed-in applicant, links it, and counts the attendee once approved', async () => {
    const reg = await registerAs(anonymous, 'jo@upmaple.example');
    const url = `/api/v1/conference/registrations/${reg.id}/seller-application`;
    expect((await anonymous.post(url, {}, withKey(reg.manageKey))).statusCode).toBe(401);
    const { client: shopper } = await signedInAs(app, 'shopper');
    expect((await shopper.post(url, {}, withKey(reg.manageKey))).statusCode).toBe(403);
    const { client: sellerAlready } = await signedInAs(app, 'seller');
    expect((await sellerAlready.post(url, {}, withKey(reg.manageKey))).json().error.code).toBe('already_seller');

    const { client: applicant, user } = await signedInAs(app, 'applicant');
    expect((await applicant.post(url, {})).statusCode).toBe(404);
    const started = await applicant.post(url, {}, withKey(reg.manageKey));
    expect(started.statusCode).toBe(200);
    const { applicationId, created, registration } = started.json();
    expect(created).toBe(true);
    expect(registration).toMatchObject({ sellerApplicationId: applicationId, signedInAccount: true });
    const draft = (await applicant.get('/api/v1/seller/application')).json();
    expect(draft).toMatchObject({
      id: applicationId, status: 'draft', legalName: 'UP Maple Co.', state: 'MI', businessType: 'farm', productsDescription: 'Pure maple syrup', chinaExperience: 'exploring',
      contactName: 'Jo Lindqvist', contactEmail: 'jo@upmaple.example',
    });
    expect(draft.categories.sort()).toEqual(['apparel', 'bags', 'food']);
    expect((await app.db.selectFrom('conf_registrations').select('user_id').where('id', '=', reg.id).executeTakeFirstOrThrow()).user_id).toBe(user.id);
    // Again: the same application, no second draft; now the account alone opens the registration.
    expect((await applicant.post(url, {})).json()).toMatchObject({ applicationId, created: false });
    const { client: other } = await signedInAs(app, 'applicant');
    expect((await other.post(url, {}, withKey(reg.manageKey))).json().error.code).toBe('registration_of_another_account');

    const stats = async () => (await op.get(`/api/v1/ops/conference/events/${event.id}/stats`)).json().sellers;
    expect(await stats()).toEqual({ started: 1, submitted: 0, approved: 0 });
    await applicant.request('PUT', '/api/v1/seller/application', { ein: '381234567', city: 'Marquette', contactPhone: '+1 906 555 0100', foodFacilityNumber: 'USA-MI-2024-000777' });
    const form = fileForm(MINIMAL_PDF, 'trademark.pdf', 'application/pdf');
    const mediaId = (await applicant.request('POST', '/api/v1/media/documents', form.body, { headers: form.headers })).json().id;
    await applicant.post('/api/v1/seller/application/attachments', { kind: 'trademark_registration', mediaId });
    expect((await applicant.post('/api/v1/seller/application/submit')).json().status).toBe('submitted');
    expect(await stats()).toEqual({ started: 1, submitted: 1, approved: 0 });
    expect((await op.post(`/api/v1/ops/applications/${applicationId}/approve`, {})).json().status).toBe('approved');
    expect(await stats()).toEqual({ started: 1, submitted: 1, approved: 1 });
  });
});
