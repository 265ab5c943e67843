// Factories: real rows through the real operations, with overridable defaults.
import type { Db } from '../src/db/database.js';
import type { Role, UsersTable } from '../src/db/schema.js';
import { createAccount } from '../src/modules/accounts/index.js';
import { createSellerOrganisation, type NewSeller } from '../src/modules/sellers/index.js';
import type { App } from '../src/platform/http.js';
import { TEST_SCRYPT_N } from './app.js';
import { TestClient } from './client.js';

export const PASSWORD = 'correct horse battery';
let n = 0;

const ctxOf = (db: Db) => ({ db, actor: null, now: new Date(), requestId: null });

export async function buildUser(db: Db, overrides: Partial<{ email: string; name: string; role: Role; password: string }> = {}): Promise<UsersTable> {
  n++;
  return createAccount(
    ctxOf(db),
    {
      email: overrides.email ?? `user${n}-${Date.now().toString(36)}@test.example`,
      name: overrides.name ?? `Test User ${n}`,
      password: overrides.password ?? PASSWORD,
      role: overrides.role ?? 'shopper',
      locale: overrides.role === 'shopper' || !overrides.role ? 'zh-CN' : 'en-US',
    },
    Number(TEST_SCRYPT_N),
  );
}

export async function buildSeller(db: Db, overrides: Partial<NewSeller> & { ownerUserId?: string } = {}) {
  const owner = overrides.ownerUserId ? { id: overrides.ownerUserId } : await buildUser(db, { role: 'seller' });
  const seller = await createSellerOrganisation(ctxOf(db), {
    legal_name: overrides.legal_name ?? `Test Farm ${++n} LLC`,
    trade_name: overrides.trade_name ?? `Test Farm ${n}`,
    state: overrides.state ?? 'MI',
    city: overrides.city ?? 'Detroit',
    business_type: overrides.business_type ?? 'farm',
    ownerUserId: owner.id,
  });
  return { seller, ownerId: owner.id };
}

/** A signed-in client for a new user of the role (sellers get an organisation). */
export async function signedInAs(app: App, role: Role | 'applicant'): Promise<{ client: TestClient; user: UsersTable }> {
  const user = await buildUser(app.db, { role: role === 'applicant' ? 'seller' : role });
  if (role === 'seller') await buildSeller(app.db, { ownerUserId: user.id });
  const client = new TestClient(app);
  const res = await client.signIn(user.email, PASSWORD);
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  return { client, user };
}
