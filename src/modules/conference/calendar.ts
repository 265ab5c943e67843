// iCalendar (.ics) files with the ics library: the event (all days, or each day from its first session to
// its last), an attendee's personal agenda (their confirmed session sign-ups, every keynote, and their
// 1:1 meetings) and one meeting. Times go out in UTC (DTSTART…Z, exact in every calendar app) and the
// calendar names the event's time zone (X-WR-TIMEZONE), so apps show them in venue time; descriptions
// also spell out the local time. UIDs are stable and SEQUENCE is the row's revision, so a re-imported or
// subscribed calendar updates its entries, and cancelled sessions come through as STATUS:CANCELLED.
import { createEvents, type EventAttributes } from 'ics';
import type { DbOrTrx } from '../../db/database.js';
import { findMeetingOf, listAgendaSessions, listMeetingsOf, listSessionTimes, type AgendaSessionRow, type MeetingRow } from './calendar-repo.js';
import { formatMeetingTime, localDay, localToUtc } from './meeting-time.js';
import type { EventRow } from './event-repo.js';
import type { RegistrationRow } from './registration-access.js';

export type EventCalendarStyle = 'all-day' | 'timed';
const DEFAULT_DAY = { from: '09:00', to: '17:00' };

type Ctx = { publicUrl: string };

const hostOf = (publicUrl: string) => {
  try {
    return new URL(publicUrl).host || 'gateway';
  } catch {
    return 'gateway';
  }
};

function dateArray(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function nextDay(day: string): string {
  const [y, m, d] = dateArray(day);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Each local day from starts_on to ends_on, inclusive. */
export function eventDays(event: Pick<EventRow, 'starts_on' | 'ends_on'>): string[] {
  const days: string[] = [];
  for (let d = event.starts_on; d <= event.ends_on && days.length < 31; d = nextDay(d)) days.push(d);
  return days;
}

const venueOf = (event: EventRow) => `${event.venue_name}, ${event.venue_address}`;

function timed(start: string, end: string): Pick<EventAttributes, 'startInputType' | 'startOutputType' | 'endInputType' | 'endOutputType'> & { start: number; end: number } {
  return { start: Date.parse(start), end: Date.parse(end), startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' };
}

function render(event: EventRow, calName: string, items: EventAttributes[]): string {
  const { error, value } = createEvents(items, { calName, productId: '-//Gateway//Conference//EN', method: 'PUBLISH' });
  if (error || !value) throw error ?? new Error('the calendar could not be written');
  // The ics library writes no time-zone header; the calendar-wide hint goes right after CALSCALE.
  return value.replace('CALSCALE:GREGORIAN\r\n', `CALSCALE:GREGORIAN\r\nX-WR-TIMEZONE:${event.time_zone}\r\n`);
}

/** The event itself: one all-day entry over its days, or one timed entry per day. */
export async function eventCalendar(db: DbOrTrx, event: EventRow, style: EventCalendarStyle, ctx: Ctx): Promise<string> {
  const host = hostOf(ctx.publicUrl);
  const url = `${ctx.publicUrl}/conference/${event.slug}`;
  const base = { title: event.name, description: `${event.tagline}\n\n${event.description}\n\n${url}`, location: venueOf(event), url, status: 'CONFIRMED' as const, sequence: event.revision };
  if (style === 'all-day') {
    return render(event, event.name, [{ ...base, uid: `${event.id}@${host}`, start: dateArray(event.starts_on), end: dateArray(nextDay(event.ends_on)), transp: 'TRANSPARENT' }]);
  }
  const spans = new Map<string, { start: string; end: string }>();
  for (const s of await listSessionTimes(db, event.id)) {
    const day = localDay(new Date(s.starts_at), event.time_zone);
    const span = spans.get(day);
    spans.set(day, { start: !span || s.starts_at < span.start ? s.starts_at : span.start, end: !span || s.ends_at > span.end ? s.ends_at : span.end });
  }
  const items = eventDays(event).map((day, i): EventAttributes => {
    const span = spans.get(day) ?? { start: localToUtc(day, DEFAULT_DAY.from, event.time_zone).toISOString(), end: localToUtc(day, DEFAULT_DAY.to, event.time_zone).toISOString() };
    return { ...base, title: `${event.name} (day ${i + 1})`, uid: `${event.id}-${day}@${host}`, ...timed(span.start, span.end), busyStatus: 'BUSY' };
  });
  return render(event, event.name, items);
}

function sessionItem(event: EventRow, s: AgendaSessionRow, host: string): EventAttributes {
  const when = formatMeetingTime(s.starts_at, s.ends_at, event.time_zone);
  return {
    uid: `${s.id}@${host}`,
    title: s.kind === 'keynote' ? `Keynote: ${s.title}` : s.title,
    description: `${when}\n${s.room}, ${s.hall}\n\n${s.description}`,
    location: `${s.room}, ${s.hall}, ${venueOf(event)}`,
    categories: [s.kind, s.track],
    status: s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    sequence: s.revision,
    ...timed(s.starts_at, s.ends_at),
  };
}

function meetingItem(event: EventRow, m: MeetingRow, host: string): EventAttributes {
  const when = formatMeetingTime(m.starts_at, m.ends_at, event.time_zone);
  const pending = m.status === 'requested' ? ' (requested, waiting for the expert)' : '';
  return {
    uid: `${m.id}@${host}`,
    title: `1:1 with ${m.expert} (${m.expert_company})${pending}`,
    description: `${when}\n${m.location}${m.topic ? `\nTopic: ${m.topic}` : ''}\n\n${event.name}`,
    location: `${m.location}, ${venueOf(event)}`,
    categories: ['meeting', m.expertise],
    status: m.status === 'requested' ? 'TENTATIVE' : 'CONFIRMED',
    sequence: m.revision,
    alarms: [{ action: 'display', description: `1:1 with ${m.expert} in 15 minutes at ${m.location}`, trigger: { minutes: 15, before: true } }],
    ...timed(m.starts_at, m.ends_at),
  };
}

/** The attendee's personal agenda: their confirmed sessions, every keynote, their meetings. */
export async function agendaCalendar(db: DbOrTrx, event: EventRow, registration: RegistrationRow, ctx: Ctx): Promise<string> {
  const host = hostOf(ctx.publicUrl);
  const [sessions, meetings] = await Promise.all([listAgendaSessions(db, event.id, registration.id), listMeetingsOf(db, registration.id)]);
  const items = [...sessions.map((s) => sessionItem(event, s, host)), ...meetings.map((m) => meetingItem(event, m, host))];
  return render(event, `${event.name}: my agenda`, items);
}

/** One meeting of the registrant's; null when the slot is not theirs (or no longer stands). */
export async function meetingCalendar(db: DbOrTrx, event: EventRow, registration: RegistrationRow, slotId: string, ctx: Ctx): Promise<string | null> {
  const meeting = await findMeetingOf(db, slotId, registration.id);
  if (!meeting) return null;
  return render(event, `${event.name}: 1:1 with ${meeting.expert}`, [meetingItem(event, meeting, hostOf(ctx.publicUrl))]);
}
