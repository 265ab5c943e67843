import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { hasConfirmedRiskNotice, RISK_NOTICE_VERSION } from './index.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

const confirmations = async (userId: string) => app.db.selectFrom('risk_notice_confirmations').selectAll().where('user_id', '=', userId).execute();
const audits = async (userId: string) => app.db.selectFrom('audit_log').selectAll().where('actor_id', '=', userId).where('action', '=', 'risk_notice.confirmed').execute();

describe('risk notice', () => {
  it('records the confirmation once: a second call returns the first time', async () => {
    const { client, user } = await signedInAs(app, 'shopper');
    expect((await client.get('/api/v1/me/risk-notice')).json()).toEqual({ version: RISK_NOTICE_VERSION, confirmedAt: null });
    expect(await hasConfirmedRiskNotice(app.db, user.id)).toBe(false);

    const first = await client.post('/api/v1/me/risk-notice', { version: RISK_NOTICE_VERSION });
    expect(first.statusCode).toBe(201);
    const { confirmedAt } = first.json();
    expect(confirmedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const second = await client.post('/api/v1/me/risk-notice', { version: RISK_NOTICE_VERSION });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ version: RISK_NOTICE_VERSION, confirmedAt });

    expect((await client.get('/api/v1/me/risk-notice')).json()).toEqual({ version: RISK_NOTICE_VERSION, confirmedAt });
    expect(await hasConfirmedRiskNotice(app.db, user.id)).toBe(true);
    expect(await confirmations(user.id)).toHaveLength(1);
    expect(await audits(user.id)).toHaveLength(1);
  });

  it.each([['an old version', { version: '2020-01-01' }], ['an empty version', { version: '' }]])('refuses %s: 400 naming version, nothing written', async (_name, payload) => {
    const { client, user } = await signedInAs(app, 'shopper');
    const res = await client.post('/api/v1/me/risk-notice', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('version');
    expect(await confirmations(user.id)).toHaveLength(0);
    expect(await audits(user.id)).toHaveLength(0);
  });

  it('refuses a missing version (400) and anonymous callers (401)', async () => {
    const { client } = await signedInAs(app, 'shopper');
    const res = await client.post('/api/v1/me/risk-notice', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('version');
    const anon = new TestClient(app);
    expect((await anon.get('/api/v1/me/risk-notice')).statusCode).toBe(401);
    expect((await anon.post('/api/v1/me/risk-notice', { version: RISK_NOTICE_VERSION })).statusCode).toBe(401);
  });

  it("is per account: one shopper's confirmation is not another's", async () => {
    const a = await signedInAs(app, 'shopper');
    const b = await signedInAs(app, 'shopper');
    expect((await a.client.post('/api/v1/me/risk-notice', { version: RISK_NOTICE_VERSION })).statusCode).toBe(201);
    expect((await b.client.get('/api/v1/me/risk-notice')).json().confirmedAt).toBeNull();
    expect(await hasConfirmedRiskNotice(app.db, b.user.id)).toBe(false);
  });
});
