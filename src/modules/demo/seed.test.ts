import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TEST_SCRYPT_N, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { DEMO_PASSWORD, seedDemo } from './index.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp({ SEED_DEMO: 'true' });
});
afterAll(async () => app.cleanup());

const count = async (table: 'users' | 'sellers' | 'seller_members') =>
  Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('demo seed', () => {
  it('creates the operator, the five sellers with their people, and shoppers', async () => {
    expect(await count('sellers')).toBe(5);
    const states = (await app.db.selectFrom('sellers').select('state').execute()).map((s) => s.state).sort();
    expect(states).toEqual(['CA', 'MI', 'MI', 'OR', 'WI']);
    expect(await count('seller_members')).toBe(7);
    expect(app.seedReport?.logins.map((l) => l.role)).toEqual(['operator', 'seller', 'shopper']);
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = [await count('users'), await count('sellers'), await count('seller_members')];
    const report = await seedDemo(app.db, { scryptN: Number(TEST_SCRYPT_N) });
    expect(report.created).toEqual({ users: 0, sellers: 0 });
    expect([await count('users'), await count('sellers'), await count('seller_members')]).toEqual(before);
  });

  it('gives demo logins that work and land in the right role', async () => {
    for (const login of app.seedReport!.logins) {
      const res = await new TestClient(app).signIn(login.email, DEMO_PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(res.json().user.role).toBe(login.role);
    }
  });
});
