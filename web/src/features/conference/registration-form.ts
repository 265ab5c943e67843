// The business registration form's state and its checks, mirroring the server's schema for POST
// /conference/events/:slug/registrations (lengths, required answers, e-mail shape, the state list), so
// most mistakes are caught before sending; the server's own field errors are shown at the same fields.
import type { Locale } from '../../app/api-types';
import type { MessageKey } from '../../app/i18n/i18n';
import { stateOptions } from '../../app/i18n/us-states';
import type { BusinessTypeCode, ChinaExperience, Interest, RegistrationInput } from './conference-types';

export type RegistrationDraft = {
  ticketType: string;
  firstName: string;
  lastName: string;
  email: string;
  company: string;
  businessType: BusinessTypeCode | '';
  state: string;
  sells: string;
  chinaExperience: ChinaExperience | '';
  interests: Interest[];
  dietary: string;
  accessibility: string;
  consentContact: boolean;
};

export type DraftField = keyof RegistrationDraft;
export const FIELD_ORDER: DraftField[] = ['ticketType', 'firstName', 'lastName', 'email', 'company', 'businessType', 'state', 'sells', 'chinaExperience', 'interests', 'dietary', 'accessibility'];

export const emptyDraft = (ticketType: string, email = ''): RegistrationDraft => ({
  ticketType,
  firstName: '',
  lastName: '',
  email,
  company: '',
  businessType: '',
  state: '',
  sells: '',
  chinaExperience: '',
  interests: [],
  dietary: '',
  accessibility: '',
  consentContact: false,
});

/** Territories the registration accepts beyond the app's state list (50 states, DC, Puerto Rico). */
const TERRITORIES = ['GU', 'VI', 'AS', 'MP'] as const;

export function registrationStates(locale: Locale, t: (key: MessageKey) => string): Array<{ code: string; name: string }> {
  const territories = TERRITORIES.map((code) => ({ code, name: t(`conf.state.${code}`) }));
  return [...stateOptions(locale), ...territories].sort((a, b) => a.name.localeCompare(b.name, locale));
}

export const LIMITS = { firstName: 80, lastName: 80, company: 200, email: 254, sells: 2000, dietary: 500, accessibility: 500 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first problem of each field, as a message key; empty when the draft can be sent. */
export function checkDraft(d: RegistrationDraft, stateCodes: ReadonlySet<string>): Partial<Record<DraftField, MessageKey>> {
  const problems: Partial<Record<DraftField, MessageKey>> = {};
  if (!d.ticketType) problems.ticketType = 'conf.form.err.ticket';
  for (const field of ['firstName', 'lastName', 'company', 'sells'] as const) {
    if (!d[field].trim()) problems[field] = 'conf.form.err.required';
    else if (d[field].length > LIMITS[field]) problems[field] = 'conf.form.err.tooLong';
  }
  const email = d.email.trim();
  if (!email) problems.email = 'conf.form.err.required';
  else if (email.length > LIMITS.email || !EMAIL.test(email)) problems.email = 'conf.form.err.email';
  if (!d.businessType) problems.businessType = 'conf.form.err.choose';
  if (!d.state) problems.state = 'conf.form.err.choose';
  else if (!stateCodes.has(d.state)) problems.state = 'conf.form.err.state';
  if (!d.chinaExperience) problems.chinaExperience = 'conf.form.err.choose';
  for (const field of ['dietary', 'accessibility'] as const) if (d[field].length > LIMITS[field]) problems[field] = 'conf.form.err.tooLong';
  return problems;
}

/** The request body (call only when checkDraft found nothing). */
export function toInput(d: RegistrationDraft): RegistrationInput {
  return {
    ticketType: d.ticketType,
    email: d.email.trim(),
    firstName: d.firstName.trim(),
    lastName: d.lastName.trim(),
    company: d.company.trim(),
    businessType: d.businessType as BusinessTypeCode,
    state: d.state,
    sells: d.sells.trim(),
    chinaExperience: d.chinaExperience as ChinaExperience,
    interests: d.interests,
    consentContact: d.consentContact,
    ...(d.dietary.trim() ? { dietary: d.dietary.trim() } : {}),
    ...(d.accessibility.trim() ? { accessibility: d.accessibility.trim() } : {}),
  };
}

/** The draft field a server field path names ("interests.0" → interests). */
export function draftFieldOf(path: string): DraftField | null {
  const head = path.split('.')[0] ?? '';
  return (FIELD_ORDER as string[]).includes(head) || head === 'consentContact' ? (head as DraftField) : null;
}
