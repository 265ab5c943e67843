// Pure rules of a seller application: what must be filled in before submitting, and who may move it
// between states.
import type { ApplicationAttachmentsTable, ApplicationStatus, SellerApplicationsTable } from '../../db/schema.js';

export type MissingField = { field: string; message: string };

export const EDITABLE: readonly ApplicationStatus[] = ['draft', 'changes_requested'];

export const DECISIONS = {
  approve: { from: ['submitted'], to: 'approved', needsReason: false },
  request_changes: { from: ['submitted'], to: 'changes_requested', needsReason: true },
  reject: { from: ['submitted'], to: 'rejected', needsReason: true },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus; needsReason: boolean }>;
export type Decision = keyof typeof DECISIONS;

/** US Employer Identification Number: NN-NNNNNNN with a prefix the IRS assigns (not 00, 07–09, 17–19, 28–29, 49, 69–70, 78–79, 89, 96–97). */
export function validEin(ein: string): boolean {
  const m = /^(\d{2})-?(\d{7})$/.exec(ein);
  if (!m) return false;
  const prefix = Number(m[1]);
  const unassigned = [0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97];
  return !unassigned.includes(prefix);
}

/** Every field or document still missing before the application can be submitted. */
export function missingForSubmit(
  app: SellerApplicationsTable,
  attachments: Pick<ApplicationAttachmentsTable, 'kind'>[],
  options: { foodFacilityRequired: boolean; foodCategories: readonly string[] },
): MissingField[] {
  const missing: MissingField[] = [];
  const need = (field: keyof SellerApplicationsTable, name: string, message = `${name} is required`) => {
    const v = app[field];
    if (v === null || (typeof v === 'string' && !v.trim())) missing.push({ field: camel(field), message });
  };
  need('legal_name', 'Legal name');
  need('trade_name', 'Trade name');
  need('ein', 'EIN');
  need('state', 'State');
  need('city', 'City');
  need('business_type', 'Business type');
  need('products_description', 'What you sell');
  need('contact_name', 'Contact name');
  need('contact_email', 'Contact e-mail');
  need('contact_phone', 'Contact phone');
  need('china_experience', 'China-sales experience');
  const categories = JSON.parse(app.categories) as string[];
  if (categories.length === 0) missing.push({ field: 'categories', message: 'Choose at least one category you sell in' });
  if (!attachments.some((a) => a.kind === 'trademark_registration')) {
    missing.push({ field: 'attachments', message: 'Upload your trademark registration certificate (registered outside mainland China)' });
  }
  const sellsFood = categories.some((c) => options.foodCategories.includes(c));
  if (sellsFood && options.foodFacilityRequired) need('food_facility_number', 'Food-facility registration number', 'Food categories need your China customs (GACC) food-facility registration number');
  return missing;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
