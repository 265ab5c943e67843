// Local wall-clock time in an event's time zone ↔ UTC instants, with Intl only (no tz library): experts
// publish "10:00–12:00 on June 22" in Detroit time, the database keeps UTC, e-mails show local time.
// Pure functions; the wall-clock arithmetic itself is agenda-time.ts's.
import { localDay as localDayOfIso, localToUtc as localToUtcIso } from './agenda-time.js';

export const SLOT_MINUTES = 20;
const MINUTE = 60_000;

/** The UTC instant of a local date (YYYY-MM-DD) and time (HH:MM) in `timeZone` (agenda-time's arithmetic). */
export const localToUtc = (day: string, time: string, timeZone: string): Date => new Date(localToUtcIso(day, time, timeZone));

/** The local calendar day (YYYY-MM-DD) of an instant in `timeZone`. */
export const localDay = (instant: Date, timeZone: string): string => localDayOfIso(instant.toISOString(), timeZone);

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Start instants of back-to-back 20-minute slots from `from` to `to` (local), with `breakMinutes` between them. */
export function slotStartsInRange(day: string, from: string, to: string, breakMinutes: number, timeZone: string): Date[] {
  const start = localToUtc(day, from, timeZone).getTime();
  const end = localToUtc(day, to, timeZone).getTime();
  const out: Date[] = [];
  for (let t = start; t + SLOT_MINUTES * MINUTE <= end; t += (SLOT_MINUTES + breakMinutes) * MINUTE) out.push(new Date(t));
  return out;
}

export const slotEnd = (start: Date): Date => new Date(start.getTime() + SLOT_MINUTES * MINUTE);

/** "Tuesday, June 22, 2027, 10:00 – 10:20 AM EDT": a meeting's time as the attendee reads it at the venue. */
export function formatMeetingTime(startsAt: string, endsAt: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(new Date(startsAt));
  const time = (iso: string, zone: boolean) =>
    new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', ...(zone ? { timeZoneName: 'short' } : {}) }).format(new Date(iso));
  // Some ICU versions put a narrow no-break space before AM/PM; plain text mail reads better with a space.
  return `${day}, ${time(startsAt, false)} – ${time(endsAt, true)}`.replace(/\u202f/g, ' ');
}
