import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { buildUser, PASSWORD, signedInAs } from '../../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

const profile = {
  storeNameEn: 'Traverse Bay Tart Cherry Farm',
  storeNameZh: '特拉弗斯湾樱桃农场',
  storyEn: 'Three generations of cherry growers.',
  storyZh: '三代果农，专注蒙莫朗西酸樱桃。',
  logoMediaId: null,
  city: 'Traverse City',
  shippingModes: ['1210', '9610'],
  foodFacilityNumber: 'USA-MI-2024-000123',
  website: 'https://tartcherry.example',
};

describe('store profile', () => {
  it('saves the profile for the seller’s own store only, and audits what changed', async () => {
    const { client, user } = await signedInAs(app, 'seller');
    const res = await client.request('PUT', '/api/v1/seller/store', profile);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ storeNameZh: '特拉弗斯湾樱桃农场', shippingModes: ['1210', '9610'], foodFacilityNumber: 'USA-MI-2024-000123' });
    const { client: other } = await signedInAs(app, 'seller');
    expect((await other.get('/api/v1/seller/store')).json().storeNameZh).toBeNull();
    const sellerId = (await client.get('/api/v1/auth/session')).json().user.sellerId;
    const audit = await app.db.selectFrom('audit_log').selectAll().where('subject_id', '=', sellerId).where('action', '=', 'seller.profile_updated').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(user.id);
    expect((await client.request('PUT', '/api/v1/seller/store', { ...profile, shippingModes: ['9999'] })).statusCode).toBe(400);
    expect((await client.request('PUT', '/api/v1/seller/store', { ...profile, logoMediaId: 'med_00000000000000000000000000' })).json().error.details.fields[0].field).toBe('logoMediaId');
  });
});

describe('staff invitations', () => {
  it('invites by e-mail, mails the link, and the invitee joins as staff once', async () => {
    const { client: owner } = await signedInAs(app, 'seller');
    const invitee = await buildUser(app.db, { role: 'seller', email: 'new.staff@test.example' });
    const created = await owner.post('/api/v1/seller/invitations', { email: 'New.Staff@test.example' });
    expect(created.statusCode).toBe(201);
    const { acceptUrl, invitation } = created.json();
    expect(invitation).toMatchObject({ email: 'new.staff@test.example', status: 'pending' });
    const token = acceptUrl.split('/').pop();
    const mails = readdirSync(app.config.mail.dir).map((f) => readFileSync(join(app.config.mail.dir, f), 'utf8'));
    expect(mails.some((m) => m.includes('new.staff@test.example') && m.includes(token))).toBe(true);
    const stored = await app.db.selectFrom('seller_invitations').select('token_hash').where('id', '=', invitation.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);

    expect((await new TestClient(app).get(`/api/v1/invitations/${token}`)).json()).toMatchObject({ email: 'new.staff@test.example', status: 'pending' });
    const { client: wrongPerson } = await signedInAs(app, 'applicant');
    expect((await wrongPerson.post(`/api/v1/invitations/${token}/accept`)).json().error.code).toBe('email_mismatch');
    const staff = new TestClient(app);
    await staff.signIn(invitee.email, PASSWORD);
    const accepted = await staff.post(`/api/v1/invitations/${token}/accept`);
    expect(accepted.statusCode).toBe(200);
    const org = (await staff.get('/api/v1/seller/organisation')).json();
    expect(org.members.find((m: { userId: string }) => m.userId === invitee.id)?.role).toBe('staff');
    expect((await staff.post(`/api/v1/invitations/${token}/accept`)).statusCode).toBe(409);
    expect((await staff.post('/api/v1/seller/invitations', { email: 'someone@test.example' })).json().error.code).toBe('owner_only');
    expect((await owner.get('/api/v1/seller/invitations')).json().items[0].status).toBe('accepted');
  });

  it('refuses revoked and expired invitations', async () => {
    const { client: owner } = await signedInAs(app, 'seller');
    const first = (await owner.post('/api/v1/seller/invitations', { email: 'late@test.example' })).json();
    expect((await owner.request('DELETE', `/api/v1/seller/invitations/${first.invitation.id}`)).statusCode).toBe(204);
    const invitee = await buildUser(app.db, { role: 'seller', email: 'late@test.example' });
    const client = new TestClient(app);
    await client.signIn(invitee.email, PASSWORD);
    expect((await client.post(`/api/v1/invitations/${first.acceptUrl.split('/').pop()}/accept`)).json().error.code).toBe('invitation_closed');
    const second = (await owner.post('/api/v1/seller/invitations', { email: 'late@test.example' })).json();
    await app.db.updateTable('seller_invitations').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', second.invitation.id).execute();
    const expired = await client.post(`/api/v1/invitations/${second.acceptUrl.split('/').pop()}/accept`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('invitation_expired');
  });
});
