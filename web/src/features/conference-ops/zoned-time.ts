// Times in the event's time zone, whatever the operator's own: forms take a local day and time there
// and send an ISO instant with that zone's offset; tables show instants as the venue's clock reads.
import type { Locale } from '../../app/api-types';

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(ms: number, timeZone: string): Record<string, string> {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    partFormats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** Minutes the zone is ahead of UTC at that instant (e.g. -240 for Detroit in June). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const p = partsIn(ms, timeZone);
  const asUtc = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']) % 24, Number(p['minute']), Number(p['second']));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2027-06-22" + "10:00" in America/Detroit → "2027-06-22T10:00:00-04:00". */
export function zonedIso(day: string, time: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, mi);
  let offset = offsetMinutes(wall, timeZone);
  const second = offsetMinutes(wall - offset * 60_000, timeZone);
  if (second !== offset) offset = second;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day}T${pad(h)}:${pad(mi)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as the zone's local day ("2027-06-22") and time ("10:00"), for editing. */
export function zonedParts(iso: string, timeZone: string): { day: string; time: string } {
  const p = partsIn(Date.parse(iso), timeZone);
  return { day: `${p['year']}-${p['month']}-${p['day']}`, time: `${pad(Number(p['hour']) % 24)}:${p['minute']}` };
}

/** A datetime-local value ("2026-11-01T00:00") read in the zone → a UTC ISO instant. */
export function zonedInputToUtc(value: string, timeZone: string): string {
  const [day = '', time = '00:00'] = value.split('T');
  return new Date(zonedIso(day, time.slice(0, 5), timeZone)).toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat>();
type Style = 'time' | 'dateTime' | 'date' | 'day' | 'short';
const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  dateTime: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  short: { month: 'short', day: 'numeric' },
};

/** An instant as the venue's clock shows it, in the reader's language. */
export function inZone(iso: string, timeZone: string, locale: Locale, style: Style = 'dateTime'): string {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
    formats.set(key, format);
  }
  return format.format(Date.parse(iso));
}

/** A calendar day ("2027-06-22") in words, without any zone shifting it. */
export function dayLabel(day: string, locale: Locale, style: 'day' | 'date' | 'short' = 'day'): string {
  return inZone(`${day}T12:00:00Z`, 'UTC', locale, style);
}

/** Every IANA zone the browser knows (for the new-event form), or a short list in older browsers. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['America/Detroit', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'UTC'];
}
