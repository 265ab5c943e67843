// Dates and times of a conference are shown in the event's own time zone (Detroit for Gateway '27),
// whatever the reader's device says, with the zone's short name so nobody misreads them.
import type { Locale } from '../../app/api-types';

const cache = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone, ...options })));
  return f;
}

/** A local calendar day (YYYY-MM-DD) read as that day, not shifted by any zone. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);

/** "Tue, Jun 22, 2027" */
export function dayLabel(day: string, locale: Locale): string {
  return format(locale, 'UTC', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(noonOf(day));
}

/** "Tuesday, June 22" (agenda headings) */
export function dayHeading(day: string, locale: Locale): string {
  return format(locale, 'UTC', { weekday: 'long', month: 'long', day: 'numeric' }).format(noonOf(day));
}

/** "Tue, Jun 22" (filter chips) */
export function dayShort(day: string, locale: Locale): string {
  return format(locale, 'UTC', { weekday: 'short', month: 'short', day: 'numeric' }).format(noonOf(day));
}

/** "June 22–23, 2027" */
export function dayRange(from: string, to: string, locale: Locale): string {
  const f = format(locale, 'UTC', { month: 'long', day: 'numeric', year: 'numeric' });
  return from === to ? f.format(noonOf(from)) : f.formatRange(noonOf(from), noonOf(to));
}

/** "9:00 – 10:15 AM EDT" in the event's zone. */
export function timeRange(startsAt: string, endsAt: string, timeZone: string, locale: Locale): string {
  return format(locale, timeZone, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** "Tue, Jun 22, 10:00 AM EDT" in the event's zone (with the year too when `withYear`). */
export function dateTime(at: string, timeZone: string, locale: Locale, withYear = false): string {
  const year = withYear ? ({ year: 'numeric' } as const) : {};
  return format(locale, timeZone, { weekday: 'short', month: 'short', day: 'numeric', ...year, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(at));
}

/** The local day (YYYY-MM-DD) of an instant in the zone. */
export function localDay(at: string, timeZone: string): string {
  const parts = format('en-US', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "10:00 AM" in the event's zone (slot buttons; the day is in the heading above them). */
export function clock(at: string, timeZone: string, locale: Locale): string {
  return format(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}
