import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { buildSeller, buildUser, PASSWORD, signedInAs } from '../../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

describe('seller organisation', () => {
  it('shows each seller its own organisation and team only', async () => {
    const a = await buildSeller(app.db, { trade_name: 'Alpha Orchard' });
    const b = await buildSeller(app.db, { trade_name: 'Beta Leather' });
    const staff = await buildUser(app.db, { role: 'seller' });
    await app.db.insertInto('seller_members').values({ seller_id: a.seller.id, user_id: staff.id, role: 'staff', created_at: new Date().toISOString() }).execute();

    const ownerA = await app.db.selectFrom('users').select('email').where('id', '=', a.ownerId).executeTakeFirstOrThrow();
    const ownerB = await app.db.selectFrom('users').select('email').where('id', '=', b.ownerId).executeTakeFirstOrThrow();
    const clientA = new TestClient(app);
    const clientB = new TestClient(app);
    await clientA.signIn(ownerA.email, PASSWORD);
    await clientB.signIn(ownerB.email, PASSWORD);

    const orgA = (await clientA.get('/api/v1/seller/organisation')).json();
    const orgB = (await clientB.get('/api/v1/seller/organisation')).json();
    expect(orgA.tradeName).toBe('Alpha Orchard');
    expect(orgB.tradeName).toBe('Beta Leather');
    expect(orgA.members.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [a.ownerId, 'owner'],
      [staff.id, 'staff'],
    ]);
    expect(JSON.stringify(orgB)).not.toContain(a.ownerId);

    const session = (await clientA.get('/api/v1/auth/session')).json();
    expect(session.user).toMatchObject({ sellerId: a.seller.id, sellerRole: 'owner' });
  });

  it('tells an applicant without an organisation what to do next', async () => {
    const { client } = await signedInAs(app, 'applicant');
    const res = await client.get('/api/v1/seller/organisation');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('no_organisation');
  });

  it('audits the creation of an organisation', async () => {
    const { seller, ownerId } = await buildSeller(app.db);
    const entries = await app.db.selectFrom('audit_log').selectAll().where('subject_id', '=', seller.id).execute();
    expect(entries.map((e) => e.action)).toEqual(['seller.created']);
    expect(JSON.parse(entries[0]!.data!)).toEqual({ ownerUserId: ownerId });
  });
});

describe('operator views', () => {
  it('pages through sellers with a cursor and filters by name', async () => {
    for (let i = 0; i < 4; i++) await buildSeller(app.db, { trade_name: `Paging Farm ${i}`, legal_name: `Paging Farm ${i} LLC` });
    const { client } = await signedInAs(app, 'operator');
    const first = (await client.get('/api/v1/ops/sellers?q=paging&limit=3')).json();
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toBe(first.items[2].id);
    const second = (await client.get(`/api/v1/ops/sellers?q=paging&limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const names = [...first.items, ...second.items].map((s: { tradeName: string }) => s.tradeName).sort();
    expect(names).toEqual(['Paging Farm 0', 'Paging Farm 1', 'Paging Farm 2', 'Paging Farm 3']);
    expect(first.items[0].memberCount).toBe(1);
  });

  it('lists stores publicly without legal names or people', async () => {
    const res = await app.inject('/api/v1/stores');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(Object.keys(items[0]).sort()).toEqual(['businessType', 'city', 'id', 'state', 'tradeName']);
  });

  it('disables an account with a reason: its sessions end, sign-in is refused, the audit log says who and why', async () => {
    const { client: op, user: operator } = await signedInAs(app, 'operator');
    const { client: victim, user } = await signedInAs(app, 'shopper');
    const res = await op.post(`/api/v1/ops/users/${user.id}/status`, { status: 'disabled', reason: 'fraud report #12' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('disabled');
    expect((await victim.get('/api/v1/auth/session')).json().user).toBeNull();
    const again = await new TestClient(app).signIn(user.email, PASSWORD);
    expect(again.json().error.code).toBe('account_disabled');
    const audit = (await op.get(`/api/v1/ops/audit?subjectId=${user.id}&action=account.disabled`)).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorId: operator.id, actorRole: 'operator', data: { reason: 'fraud report #12' } });
    const filtered = (await op.get('/api/v1/ops/users?status=disabled')).json();
    expect(filtered.items.map((u: { id: string }) => u.id)).toContain(user.id);
    const self = await op.post(`/api/v1/ops/users/${operator.id}/status`, { status: 'disabled', reason: 'oops' });
    expect(self.json().error.code).toBe('cannot_change_self');
  });

  it('searches users by name or e-mail, treating wildcards literally', async () => {
    await buildUser(app.db, { email: 'wild_card@test.example', name: 'Wild Card' });
    await buildUser(app.db, { email: 'wildxcard@test.example', name: 'Other' });
    const { client } = await signedInAs(app, 'operator');
    const hits = (await client.get('/api/v1/ops/users?q=wild_card')).json().items.map((u: { email: string }) => u.email);
    expect(hits).toEqual(['wild_card@test.example']);
  });
});
