// The demo's conference: Gateway '27, modelled on Gateway '17 (DOMAIN.md §9) — two days in June at
// Huntington Place in Detroit, registration open from November, capacity 3,000, the keynote hall,
// breakout rooms, the workshop room and the networking ballroom, and two ticket types (free general
// admission; the $149 hands-on workshop pass). Idempotent: keyed by the slug, room names and ticket
// codes, so a second run adds nothing. Optionally seeds sample registrations (no e-mails) so the
// operators' charts have something to show.
import type { Db } from '../../db/database.js';
import { addRoom, addTicketType } from './event-setup.js';
import { findEventBySlug, listRooms, listTicketTypes } from './event-repo.js';
import { createEvent } from './events.js';
import { countByStatus } from './registration-repo.js';
import { BUSINESS_TYPES, CHINA_EXPERIENCE, INTERESTS, register } from './registrations.js';

export const DEMO_EVENT_SLUG = 'gateway-2027';

/** Rooms by name (the agenda's demo sessions refer to these names). */
export const DEMO_ROOMS = [
  { name: 'Hall A', hall: 'Hall A (keynote)', capacity: 3000 },
  { name: 'Riverview Ballroom', hall: 'Level 4', capacity: 800 },
  { name: 'Room 140 ABC', hall: 'Level 1', capacity: 400 },
  { name: 'Room 320', hall: 'Level 3', capacity: 300 },
  { name: 'Room 330', hall: 'Level 3', capacity: 250 },
  { name: 'Room 340', hall: 'Level 3', capacity: 250 },
  { name: 'Room 350', hall: 'Level 3', capacity: 200 },
  { name: 'Room 250', hall: 'Level 2 (workshops)', capacity: 120 },
] as const;

export const DEMO_TICKET_TYPES = [
  { code: 'general', name: 'General admission', description: 'Both days: keynote, category breakouts, business-solution sessions, marketplace networking and 1:1 expert meetings.', priceCents: 0, quota: 3000, includesWorkshops: false, position: 1 },
  { code: 'workshop', name: 'Hands-on workshop pass', description: 'Everything in general admission, plus a seat in the hands-on workshops (listing your products, Chinese labels, pricing landed cost).', priceCents: 14_900, quota: 300, includesWorkshops: true, position: 2 },
] as const;

const FIRST = ['Maria', 'James', 'Linda', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'David', 'Aisha', 'Carlos', 'Mei', 'Tom', 'Grace', 'Ahmed', 'Rosa', 'Ken'];
/** Some attendees write their names in Chinese (the badges print them in the CJK font). */
const CHINESE = [
  { first: '伟', last: '李', email: 'li.wei', company: '密歇根华美食品有限公司' },
  { first: '芳', last: '王', email: 'wang.fang', company: 'Wang Family Ginseng 王氏花旗参' },
  { first: '建国', last: '陈', email: 'chen.jianguo', company: '底特律中美贸易公司' },
];
const LAST = ['Johnson', 'Kowalski', 'Nguyen', 'Garcia', 'Schmidt', 'Patel', 'Brown', 'Lee', 'Hernandez', 'Miller', 'Chen', 'Okafor', 'Novak', 'Rossi'];
const WHAT = ['tart cherries and cherry juice', 'wild blueberry jam', 'Wisconsin ginseng', 'maple syrup', 'skincare with Michigan botanicals', 'wool socks and knitwear', 'protein bars', 'craft hot sauce', 'honey', 'leather goods'];
// Weighted toward the Midwest, as at Gateway '17.
const STATES = ['MI', 'MI', 'MI', 'MI', 'MI', 'MI', 'OH', 'OH', 'IN', 'IL', 'IL', 'WI', 'WI', 'MN', 'PA', 'NY', 'CA', 'TX', 'GA', 'WA', 'OR', 'NC', 'KY', 'IA'];

export type DemoConferenceReport = { eventId: string; created: boolean; rooms: number; ticketTypes: number; registrations: number };

/** Creates Gateway '27 with its rooms and ticket types if missing; `sampleRegistrations` only into an event that has none. */
export async function seedDemoConference(db: Db, options: { now?: Date; sampleRegistrations?: number } = {}): Promise<DemoConferenceReport> {
  const now = options.now ?? new Date();
  const ctx = { db, actor: null, now, requestId: null };
  let event = await findEventBySlug(db, DEMO_EVENT_SLUG);
  const created = !event;
  if (!event) {
    event = await createEvent(ctx, {
      slug: DEMO_EVENT_SLUG,
      name: "Gateway '27",
      tagline: 'Sell to China: two days for US small businesses, farmers and brands',
      description:
        'Learn to sell to Chinese consumers through cross-border e-commerce: keynotes from marketplace leaders, category breakouts (food & agriculture, beauty, fashion, health), business-solution sessions on logistics, payments and marketing, 1:1 meetings with category managers and experts, and marketplace networking. Gateway began in Detroit in 2017, where 1,000 businesses were expected and about 3,000 came.',
      venueName: 'Huntington Place (the former Cobo Center)',
      venueAddress: '1 Washington Blvd, Detroit, MI 48226',
      timeZone: 'America/Detroit',
      startsOn: '2027-06-22',
      endsOn: '2027-06-23',
      // Midnight of 1 November 2026 in Detroit (still EDT) to the end of 15 June 2027 (EDT).
      registrationOpensAt: '2026-11-01T04:00:00.000Z',
      registrationClosesAt: '2027-06-16T03:59:59.000Z',
      capacity: 3000,
      offerHoldHours: 48,
      meetingCap: 3,
      status: 'published',
    });
  }
  const rooms = new Set((await listRooms(db, event.id)).map((r) => r.name));
  let roomsAdded = 0;
  for (const room of DEMO_ROOMS) {
    if (rooms.has(room.name)) continue;
    await addRoom(ctx, event.id, room);
    roomsAdded++;
  }
  const codes = new Set((await listTicketTypes(db, [event.id])).map((t) => t.code));
  let typesAdded = 0;
  for (const ticketType of DEMO_TICKET_TYPES) {
    if (codes.has(ticketType.code)) continue;
    await addTicketType(ctx, event.id, ticketType);
    typesAdded++;
  }
  const registrations = (await countByStatus(db, event.id)).length === 0 ? await seedSamples(db, event, options.sampleRegistrations ?? 0, now) : 0;
  return { eventId: event.id, created, rooms: roomsAdded, ticketTypes: typesAdded, registrations };
}

/** Sample registrations spread over the days from the opening of registration to `now`, in order. */
async function seedSamples(db: Db, event: { registration_opens_at: string; registration_closes_at: string }, count: number, now: Date): Promise<number> {
  const from = Date.parse(event.registration_opens_at);
  const to = Math.min(now.getTime(), Date.parse(event.registration_closes_at) - 1);
  if (count <= 0 || to <= from) return 0;
  for (let i = 0; i < count; i++) {
    // Later registrations come faster, as the event nears (a rising curve).
    const at = new Date(from + Math.floor((to - from) * Math.sqrt((i + 1) / count)));
    const chinese = i % 8 === 5 ? CHINESE[(i >> 3) % CHINESE.length]! : null;
    const first = chinese?.first ?? FIRST[i % FIRST.length]!;
    const last = chinese?.last ?? LAST[(i * 7) % LAST.length]!;
    await register(
      { db, actor: null, now: at, requestId: null },
      DEMO_EVENT_SLUG,
      {
        email: `${chinese?.email ?? `${first}.${last}`}.${i}@attendee.example`.toLowerCase(),
        firstName: first,
        lastName: last,
        company: chinese?.company ?? `${last} ${['Farms', 'Foods', 'Naturals', 'Goods', 'Co.'][i % 5]}`,
        businessType: BUSINESS_TYPES[i % BUSINESS_TYPES.length]!,
        state: STATES[(i * 5) % STATES.length]!,
        sells: WHAT[i % WHAT.length]!,
        chinaExperience: CHINA_EXPERIENCE[i % CHINA_EXPERIENCE.length]!,
        interests: [INTERESTS[i % INTERESTS.length]!, INTERESTS[(i + 3) % INTERESTS.length]!],
        consentContact: i % 3 !== 0,
        ticketType: i % 9 === 0 ? 'workshop' : 'general',
      },
      // The demo's workshop passes count as paid (there is no card payment behind a sample).
      { notify: false, paymentWaived: true },
    );
  }
  return count;
}
