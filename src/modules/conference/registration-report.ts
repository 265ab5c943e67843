// What operators take out of registrations: the CSV export (every registration matching the list's
// filters) and the numbers behind the charts — registrations per day in the event's time zone, by
// state, by status and by ticket type, and how many attendees went on to become sellers.
import { stringify } from 'csv-stringify/sync';
import type { DbOrTrx } from '../../db/database.js';
import { listTicketTypes, type EventRow } from './event-repo.js';
import { sellerOutcomes } from './attendee-seller.js';
import type { RegistrationRow } from './registration-access.js';
import { countByState, countByStatus, countByTicketType, listCreatedAt, listRegistrations, listSellerApplicationIds, type RegistrationFilter } from './registration-repo.js';
import { REGISTRATION_STATES } from './registrations.js';
import { endedByOf } from './registration-views.js';
import { listCardPaymentsOf } from '../card-payments/index.js';
import { REGISTRATION_PAYMENT } from './registration-payment.js';

const COLUMNS = [
  'id', 'created_at', 'status', 'ended_by', 'waitlist_position', 'ticket_type', 'first_name', 'last_name', 'email', 'company', 'business_type', 'state', 'sells',
  'china_experience', 'interests', 'dietary', 'accessibility', 'consent_contact', 'confirmed_at', 'offer_expires_at', 'cancelled_at', 'checked_in_at', 'seller_application_id',
  'payment_status', 'paid_usd', 'refunded_usd',
] as const;

const usdOf = (cents: number) => (cents / 100).toFixed(2);

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe. */
export const safeCell = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

function interestsOf(json: string): string {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String).join(';') : '';
  } catch {
    return '';
  }
}

/** Every registration of the event matching the filter, oldest first, as CSV (UTF-8 with a byte-order mark for Excel). */
export async function registrationsCsv(db: DbOrTrx, event: EventRow, filter: RegistrationFilter): Promise<string> {
  const codes = new Map((await listTicketTypes(db, [event.id])).map((t) => [t.id, t.code]));
  const rows: RegistrationRow[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = await listRegistrations(db, event.id, filter, cursor, 1000);
    rows.push(...page);
    if (page.length < 1000) break;
    cursor = page.at(-1)!.id;
  }
  rows.reverse();
  const payments = new Map<string, { status: string; amount_cents: number }>();
  for (let i = 0; i < rows.length; i += 500) {
    for (const p of await listCardPaymentsOf(db, REGISTRATION_PAYMENT, rows.slice(i, i + 500).map((r) => r.id))) payments.set(p.subject_id, p);
  }
  const records = rows.map((r) => {
    const payment = payments.get(r.id);
    const cells: Record<(typeof COLUMNS)[number], string> = {
      id: r.id, created_at: r.created_at, status: r.status, ended_by: endedByOf(r) ?? '', waitlist_position: r.waitlist_position === null ? '' : String(r.waitlist_position),
      ticket_type: codes.get(r.ticket_type_id) ?? '', first_name: r.first_name, last_name: r.last_name, email: r.email, company: r.company, business_type: r.business_type,
      state: r.state, sells: r.sells, china_experience: r.china_experience, interests: interestsOf(r.interests), dietary: r.dietary, accessibility: r.accessibility,
      consent_contact: r.consent_contact === 1 ? 'yes' : 'no', confirmed_at: r.confirmed_at ?? '', offer_expires_at: r.offer_expires_at ?? '', cancelled_at: r.cancelled_at ?? '',
      checked_in_at: r.checked_in_at ?? '', seller_application_id: r.seller_application_id ?? '',
      payment_status: payment?.status ?? '', paid_usd: payment?.status === 'paid' ? usdOf(payment.amount_cents) : '',
      refunded_usd: payment?.status === 'refund_requested' || payment?.status === 'refunded' ? usdOf(payment.amount_cents) : '',
    };
    return COLUMNS.map((c) => safeCell(cells[c]));
  });
  return `\uFEFF${stringify([[...COLUMNS], ...records])}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

export async function registrationStats(db: DbOrTrx, event: EventRow) {
  const [created, byStatusRows, byStateRows, byTicketRows, ticketTypes, applicationIds] = await Promise.all([
    listCreatedAt(db, event.id),
    countByStatus(db, event.id),
    countByState(db, event.id),
    countByTicketType(db, event.id),
    listTicketTypes(db, [event.id]),
    listSellerApplicationIds(db, event.id),
  ]);
  const perDay = new Map<string, { registrations: number; cancelled: number }>();
  for (const r of created) {
    const day = localDay(r.created_at, event.time_zone);
    const entry = perDay.get(day) ?? { registrations: 0, cancelled: 0 };
    entry.registrations++;
    if (r.status === 'cancelled') entry.cancelled++;
    perDay.set(day, entry);
  }
  let cumulative = 0;
  const byDay = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, e]) => ({ day, ...e, cumulative: (cumulative += e.registrations) }));
  const byStatus = { confirmed: 0, offered: 0, waitlisted: 0, cancelled: 0 };
  for (const s of byStatusRows) byStatus[s.key as keyof typeof byStatus] = s.count;
  const tickets = new Map(byTicketRows.map((t) => [t.key, t.count]));
  return {
    timeZone: event.time_zone,
    total: created.length,
    byDay,
    byState: byStateRows.map((s) => ({ state: s.key, name: REGISTRATION_STATES[s.key] ?? s.key, count: s.count })).sort((a, b) => b.count - a.count || a.state.localeCompare(b.state)),
    byStatus,
    byTicketType: ticketTypes.map((t) => ({ code: t.code, name: t.name, registrations: tickets.get(t.id) ?? 0, held: t.held, quota: t.quota })),
    capacity: { total: event.capacity, held: event.held },
    sellers: await sellerOutcomes(db, applicationIds),
  };
}
