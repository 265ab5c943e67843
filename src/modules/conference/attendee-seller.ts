// From attendee to seller (issue 7, item 11). A seller application belongs to an applicant account (a
// signed-in user with the seller role and no organisation yet), so the registrant signs in or signs up
// as a seller first; the draft is then pre-filled from the registration (company, state, business
// type, what they sell, China experience, interests as categories, contact) and linked both ways: the
// registration keeps the application's id and, if it had none, the account. An applicant who already
// has an application in progress gets that one linked instead of a second draft. Operators see how
// many attendees became sellers (their application approved).
import type { Db, DbOrTrx } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { conflict, unauthenticated } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
// The applications module does not export these through its index.ts yet (see the report to the lead).
import { findApplication, findLatestApplication, saveApplication } from '../applications/index.js';
import { US_STATES } from '../products/index.js';
import type { RegistrationRow } from './registration-access.js';
import { linkSellerApplication } from './registration-repo.js';

type ApplicationFields = Parameters<typeof saveApplication>[2];

const BUSINESS_TYPE: Record<string, ApplicationFields['businessType']> = {
  farm: 'farm',
  brand: 'brand',
  food_producer: 'small_business',
  retailer: 'small_business',
  manufacturer: 'small_business',
  service: 'small_business',
};
// A seller application asks whether they sell to China offline or online; "selling in China" leaves that to the applicant.
const CHINA_EXPERIENCE: Record<string, ApplicationFields['chinaExperience']> = { none: 'none', exploring: 'exploring', selling_elsewhere: 'exploring' };
const CATEGORIES: Record<string, string[]> = { food_agriculture: ['food'], beauty: ['beauty'], fashion: ['apparel', 'bags'], health: ['health'] };

/** The seller application's fields as the registration answers them (pure). */
export function applicationFieldsOf(r: Pick<RegistrationRow, 'company' | 'state' | 'business_type' | 'sells' | 'china_experience' | 'interests' | 'first_name' | 'last_name' | 'email'>): ApplicationFields {
  let interests: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.interests);
    if (Array.isArray(parsed)) interests = parsed.map(String);
  } catch {
    interests = [];
  }
  const businessType = BUSINESS_TYPE[r.business_type];
  const chinaExperience = CHINA_EXPERIENCE[r.china_experience];
  return {
    legalName: r.company,
    tradeName: r.company,
    ...(US_STATES[r.state] ? { state: r.state } : {}),
    ...(businessType ? { businessType } : {}),
    productsDescription: r.sells,
    ...(chinaExperience ? { chinaExperience } : {}),
    categories: [...new Set(interests.flatMap((i) => CATEGORIES[i] ?? []))],
    contactName: `${r.first_name} ${r.last_name}`.trim(),
    contactEmail: r.email,
  };
}

/** Starts (or links) the caller's seller application from the registration. */
export async function startSellerApplication(ctx: Ctx & { db: Db }, registration: RegistrationRow): Promise<{ applicationId: string; created: boolean }> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated('Sign in (or sign up) as a seller to apply');
  if (actor.sellerId) throw conflict('already_seller', 'You already belong to a seller organisation');
  const otherAccount = () => conflict('registration_of_another_account', 'This registration belongs to another account: sign in with that account');
  if (registration.user_id !== null && registration.user_id !== actor.userId) throw otherAccount();

  const linked = registration.seller_application_id ? await findApplication(ctx.db, registration.seller_application_id) : undefined;
  if (linked) {
    if (linked.applicant_user_id !== actor.userId) throw otherAccount();
    return { applicationId: linked.id, created: false };
  }
  const latest = await findLatestApplication(ctx.db, actor.userId);
  const created = !latest || latest.status === 'rejected';
  const applicationId = created ? (await saveApplication(ctx, actor.userId, applicationFieldsOf(registration))).id : latest.id;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await linkSellerApplication(trx, registration.id, actor.userId, applicationId, ctx.now))) throw otherAccount();
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.seller_application_linked', subjectType: 'conference_registration', subjectId: registration.id, data: { applicationId, created } });
  });
  return { applicationId, created };
}

/** Of these applications (started from registrations), how many were submitted and how many approved. */
export async function sellerOutcomes(db: DbOrTrx, applicationIds: readonly string[]): Promise<{ started: number; submitted: number; approved: number }> {
  const apps = await Promise.all([...new Set(applicationIds)].map((id) => findApplication(db, id)));
  const statuses = apps.flatMap((a) => (a ? [a.status] : []));
  return {
    started: statuses.length,
    submitted: statuses.filter((s) => s !== 'draft').length,
    approved: statuses.filter((s) => s === 'approved').length,
  };
}
