// Seeds the demo world. Idempotent: everything is keyed by natural keys (e-mail, legal name), so a
// second run (every restart) adds nothing and changes nothing.
import type { Db } from '../../db/database.js';
import type { Role, UsersTable } from '../../db/schema.js';
import { createAccount, findUserByEmail } from '../accounts/index.js';
import { createSellerOrganisation, findSellerByLegalName } from '../sellers/index.js';
import { DEMO_PASSWORD, demoOperators, demoSellers, demoShoppers, type DemoPerson } from './demo-data.js';

export type SeedReport = { created: { users: number; sellers: number }; logins: Array<{ role: Role; email: string; password: string }> };

export async function seedDemo(db: Db, options: { scryptN: number; now?: Date }): Promise<SeedReport> {
  const ctx = { db, actor: null, now: options.now ?? new Date(), requestId: null };
  const report: SeedReport = { created: { users: 0, sellers: 0 }, logins: [] };

  async function ensureUser(person: DemoPerson, role: Role): Promise<UsersTable> {
    const existing = await findUserByEmail(db, person.email);
    if (existing) return existing;
    report.created.users++;
    return createAccount(ctx, { ...person, password: DEMO_PASSWORD, role }, options.scryptN);
  }

  for (const person of demoOperators) await ensureUser(person, 'operator');
  for (const seller of demoSellers) {
    const owner = await ensureUser(seller.owner, 'seller');
    const staff = [];
    for (const person of seller.staff) staff.push(await ensureUser(person, 'seller'));
    if (await findSellerByLegalName(db, seller.legal_name)) continue;
    const { owner: _o, staff: _s, ...fields } = seller;
    await createSellerOrganisation(ctx, { ...fields, ownerUserId: owner.id, staffUserIds: staff.map((u) => u.id) });
    report.created.sellers++;
  }
  for (const person of demoShoppers) await ensureUser(person, 'shopper');

  report.logins = [
    ...demoOperators.map((p) => ({ role: 'operator' as const, email: p.email, password: DEMO_PASSWORD })),
    ...demoSellers.slice(0, 1).map((s) => ({ role: 'seller' as const, email: s.owner.email, password: DEMO_PASSWORD })),
    ...demoShoppers.slice(0, 1).map((p) => ({ role: 'shopper' as const, email: p.email, password: DEMO_PASSWORD })),
  ];
  return report;
}
