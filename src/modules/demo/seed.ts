// Seeds the demo world. Idempotent: everything is keyed by natural keys (e-mail, legal name, the
// list's presence, product handle), so a second run (every restart) adds nothing and changes nothing.
import type { Db } from '../../db/database.js';
import type { Role, SellersTable, UsersTable } from '../../db/schema.js';
import { createAccount, findUserByEmail } from '../accounts/index.js';
import { createBlobStore, type MediaOptions } from '../media/index.js';
import { createSellerOrganisation, findSellerByLegalName } from '../sellers/index.js';
import { DEMO_PASSWORD, demoOperators, demoSellers, demoShoppers, type DemoPerson } from './demo-data.js';
import { seedDemoPricing } from './demo-pricing.js';
import { seedConferenceAgenda, seedConferenceExperts, seedDemoConference } from '../conference/index.js';
import { ensureDemoPositiveList } from './demo-positive-list.js';
import { mapLimit } from './map-limit.js';
import { DEMO_CATALOGS, seedCatalog } from './seed-catalog.js';

export type SeedOptions = {
  scryptN: number;
  now?: Date;
  /** Where product pictures go (the app's config.media). */
  media: MediaOptions;
};

export type SeedReport = {
  created: { users: number; sellers: number; listLines: number; products: number; images: number };
  /** Anything the seed skipped or could not do, in words (e.g. a product left as a draft). */
  notes: string[];
  /** Operator, every seller's owner, one shopper. */
  logins: Array<{ role: Role; email: string; password: string }>;
};

export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedReport> {
  const ctx = { db, actor: null, now: options.now ?? new Date(), requestId: null };
  const report: SeedReport = { created: { users: 0, sellers: 0, listLines: 0, products: 0, images: 0 }, notes: [], logins: [] };

  async function ensureUser(person: DemoPerson, role: Role): Promise<UsersTable> {
    const existing = await findUserByEmail(db, person.email);
    if (existing) return existing;
    report.created.users++;
    return createAccount(ctx, { ...person, password: DEMO_PASSWORD, role }, options.scryptN);
  }

  // Password hashing (scrypt) dominates a first seed: hash two at a time, one per core.
  const people: Array<[DemoPerson, Role]> = [
    ...demoOperators.map((p): [DemoPerson, Role] => [p, 'operator']),
    ...demoSellers.flatMap((s) => [s.owner, ...s.staff].map((p): [DemoPerson, Role] => [p, 'seller'])),
    ...demoShoppers.map((p): [DemoPerson, Role] => [p, 'shopper']),
  ];
  const users = new Map((await mapLimit(people, 2, ([p, role]) => ensureUser(p, role))).map((u, i) => [people[i]![0].email, u]));
  const userOf = (p: DemoPerson) => users.get(p.email)!;

  const stores: Array<{ seller: SellersTable; ownerId: string }> = [];
  for (const demo of demoSellers) {
    let seller = await findSellerByLegalName(db, demo.legal_name);
    if (!seller) {
      const { owner, staff, ...fields } = demo;
      seller = await createSellerOrganisation(ctx, { ...fields, ownerUserId: userOf(owner).id, staffUserIds: staff.map((p) => userOf(p).id) });
      report.created.sellers++;
    }
    stores.push({ seller, ownerId: userOf(demo.owner).id });
  }

  report.created.listLines = await ensureDemoPositiveList(ctx);
  // VAT and tariff rates for the demo lines, and a demo FX rate, so every demo product can be priced.
  await seedDemoPricing(db, ctx.now);
  // The Gateway conference: the demo edition with its rooms, tickets, agenda, experts and a few hundred
  // back-dated registrations for the operators' charts (each part only where missing).
  const conference = await seedDemoConference(db, { now: ctx.now, sampleRegistrations: 300 });
  await seedConferenceAgenda(db, conference.eventId, ctx.now);
  await seedConferenceExperts(db, conference.eventId, ctx.now);
  if (options.media) {
    const media: MediaOptions = { ...options.media, store: options.media.store ?? createBlobStore(options.media) };
    for (const { seller, ownerId } of stores) {
      const catalog = DEMO_CATALOGS.find((c) => c.legalName === seller.legal_name);
      if (!catalog) continue;
      // A seller seeded before store profiles existed has none, so its products could not be
      // published: leave its catalog until the profile is filled in.
      if (!seller.store_name_zh) {
        report.notes.push(`${seller.trade_name}: no store profile yet, catalog not seeded`);
        continue;
      }
      const outcome = await seedCatalog(ctx, seller, ownerId, catalog, media);
      report.created.products += outcome.products;
      report.created.images += outcome.images;
      report.notes.push(...outcome.notes.map((n) => `${seller.trade_name}: ${n}`));
    }
  } else {
    report.notes.push('No media options given: the demo catalog was not seeded');
  }

  report.logins = [
    ...demoOperators.map((p) => ({ role: 'operator' as const, email: p.email, password: DEMO_PASSWORD })),
    ...demoSellers.map((s) => ({ role: 'seller' as const, email: s.owner.email, password: DEMO_PASSWORD })),
    ...demoShoppers.slice(0, 1).map((p) => ({ role: 'shopper' as const, email: p.email, password: DEMO_PASSWORD })),
  ];
  return report;
}
