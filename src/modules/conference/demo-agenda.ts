// The demo edition's agenda (Gateway '27, modelled on Gateway '17): two days of keynotes, category
// breakouts (food & agriculture, beauty, fashion, health), business-solution sessions (logistics,
// payments, marketing), capacity-limited hands-on workshops and marketplace networking, with
// fictional speakers. It uses the rooms the event already has (largest for the main stage, the
// smallest for workshops) and the event's own days and time zone. Idempotent: an event that has any
// session is left alone.
import type { Db } from '../../db/database.js';
import type { ConfSessionKind } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { findEvent, insertSession, insertSpeaker, replaceSessionSpeakers } from './agenda-repo.js';
import { daysBetween, localToUtc } from './agenda-time.js';
import { listRooms } from './event-repo.js';

type DemoSpeaker = { key: string; name: string; title: string; company: string; bio: string };
type DemoSession = { title: string; description: string; kind: ConfSessionKind; track: string; speakers: string[]; seats?: number };
/** Sessions at the same time go to different rooms: `main` on the largest, `breakout` across the others, `workshop` on the smallest. */
type Slot = { day: 0 | 1; from: string; to: string; where: 'main' | 'breakout' | 'workshop'; sessions: DemoSession[] };

const SPEAKERS: DemoSpeaker[] = [
  { key: 'dana', name: 'Dana Whitfield', title: 'Founder and CEO', company: 'Gateway', bio: 'Dana started Gateway after ten years helping Midwest manufacturers export. She believes a family farm in Michigan should reach a shopper in Chengdu as easily as one in Chicago.' },
  { key: 'wei', name: 'Wei Chen', title: 'Head of Category Management, Food & Agriculture', company: 'Gateway', bio: 'Wei has brought more than 400 US food brands to Chinese shoppers, from tart cherries to wild rice, and knows which labels pass customs on the first try.' },
  { key: 'marisol', name: 'Marisol Ortega', title: 'Founder', company: 'Thumb Coast Cherry Co.', bio: 'Marisol turned her family’s Traverse City orchard into a dried-fruit brand that now ships to 12 Chinese provinces.' },
  { key: 'lin', name: 'Lin Zhao', title: 'Beauty Category Lead', company: 'Gateway (Shanghai)', bio: 'Lin curates the beauty aisle for Gateway’s Chinese storefront and advises indie brands on ingredients, claims and filing.' },
  { key: 'jerome', name: 'Jerome Baptiste', title: 'Co-founder', company: 'Corktown Denim Works', bio: 'Jerome’s Detroit-made denim found its first overseas fans on cross-border platforms; he talks sizing charts, returns and craft.' },
  { key: 'priya', name: 'Priya Raman', title: 'Director of Regulatory Affairs', company: 'Northshore Nutrition Labs', bio: 'Priya has navigated the cross-border positive list and health-food rules for vitamin and supplement makers for fifteen years.' },
  { key: 'tom', name: 'Tom Kowalski', title: 'VP, Cross-Border Logistics', company: 'Great Lakes Forwarding', bio: 'Tom runs bonded-warehouse and direct-mail programs out of Detroit and Chicago and has cleared more parcels through Chinese customs than he can count.' },
  { key: 'grace', name: 'Grace Liu', title: 'Partner Payments Manager', company: 'Pacific Settlement Services', bio: 'Grace helps US merchants accept Alipay and WeChat Pay and settle in dollars, with fees, FX and refunds explained in plain English.' },
  { key: 'kevin', name: 'Kevin Osei', title: 'Growth Marketing Director', company: 'RedLantern Digital', bio: 'Kevin builds launch campaigns on Xiaohongshu, Douyin and Tmall for small US brands on small budgets.' },
  { key: 'hannah', name: 'Hannah Brooks', title: 'Owner', company: 'Mitten State Honey', bio: 'Hannah’s raw wildflower honey sold out on its first Singles’ Day; she shares what she would do differently.' },
  { key: 'ming', name: 'Ming Xu', title: 'Livestream Producer', company: 'Bund Street Studio', bio: 'Ming has produced more than 2,000 hours of livestream shopping and coaches first-time hosts in front of the camera.' },
];

const SLOTS: Slot[] = [
  { day: 0, from: '08:00', to: '09:00', where: 'main', sessions: [{ title: 'Welcome coffee and marketplace networking', description: 'Pick up your badge, grab a coffee and meet the Gateway marketplace team and fellow sellers before the opening keynote.', kind: 'networking', track: 'Networking', speakers: [] }] },
  { day: 0, from: '09:00', to: '10:15', where: 'main', sessions: [{ title: 'Opening keynote: 1.4 billion customers, one click away', description: 'Why Chinese consumers are searching for American products, what they buy, and how cross-border e-commerce lets a small business sell to them without a Chinese company, warehouse or shop.', kind: 'keynote', track: 'Main stage', speakers: ['dana', 'marisol'] }] },
  {
    day: 0, from: '10:30', to: '11:30', where: 'breakout', sessions: [
      { title: 'From Michigan orchard to Shanghai table', description: 'Exporting fresh and packaged food: which products are on the positive list, shelf life, labels in Chinese and what the category team looks for.', kind: 'breakout', track: 'Food & agriculture', speakers: ['wei', 'hannah'] },
      { title: 'Clean beauty for Chinese shoppers', description: 'Ingredients, claims and the filing rules for cosmetics sold cross-border, and the products that are winning right now.', kind: 'breakout', track: 'Beauty', speakers: ['lin'] },
      { title: 'Made in USA apparel on cross-border platforms', description: 'Sizing for Chinese shoppers, photography that sells, and keeping returns affordable across the Pacific.', kind: 'breakout', track: 'Fashion', speakers: ['jerome'] },
      { title: 'Supplements and health foods: the rules that matter', description: 'The positive list, health-food registration versus cross-border sale, and the claims you must not make.', kind: 'breakout', track: 'Health', speakers: ['priya'] },
    ],
  },
  {
    day: 0, from: '11:45', to: '12:45', where: 'breakout', sessions: [
      { title: 'Getting there: bonded warehouse or direct mail?', description: 'The 1210 and 9610 models compared on cost, speed and stock risk, with real numbers from a Detroit forwarder.', kind: 'breakout', track: 'Logistics', speakers: ['tom'] },
      { title: 'Getting paid: Alipay, WeChat Pay and settling in dollars', description: 'How money moves from a shopper in Hangzhou to your US bank account, what it costs, and how refunds work.', kind: 'breakout', track: 'Payments', speakers: ['grace'] },
      { title: 'Marketing in China without a Chinese office', description: 'Tmall, Xiaohongshu (RED) and Douyin for small brands: where to start and what a first-year budget buys.', kind: 'breakout', track: 'Marketing', speakers: ['kevin'] },
    ],
  },
  { day: 0, from: '12:45', to: '14:00', where: 'main', sessions: [{ title: 'Marketplace networking lunch', description: 'Lunch with tables by category: sit with the category managers and sellers in your line of business.', kind: 'networking', track: 'Networking', speakers: [] }] },
  {
    day: 0, from: '14:00', to: '16:00', where: 'workshop', sessions: [
      { title: 'Hands-on: build your first cross-border listing', description: 'Bring a laptop and one product: leave with a complete listing — Chinese title, HS code, label and photos — checked for eligibility.', kind: 'workshop', track: 'Hands-on', speakers: ['wei'], seats: 60 },
      { title: 'Hands-on: landed cost and pricing for China', description: 'Work out duty, VAT, consumption tax and freight for your own products and set shelf prices that still leave a margin.', kind: 'workshop', track: 'Hands-on', speakers: ['tom', 'grace'], seats: 40 },
    ],
  },
  { day: 0, from: '16:15', to: '17:30', where: 'main', sessions: [{ title: 'Marketplace networking: meet the category managers', description: 'Open floor with the Gateway category, logistics and payments teams; book a 1:1 office hour on the spot.', kind: 'networking', track: 'Networking', speakers: [] }] },
  { day: 1, from: '09:00', to: '09:45', where: 'main', sessions: [{ title: 'Day two keynote: US sellers who made it in China', description: 'Three small businesses tell how their first year of selling to Chinese consumers went — the wins, the surprises and the numbers.', kind: 'keynote', track: 'Main stage', speakers: ['hannah', 'jerome'] }] },
  {
    day: 1, from: '10:00', to: '11:00', where: 'breakout', sessions: [
      { title: 'Dairy, honey and nuts: certifications and registration', description: 'Facility registration, certificates and the paperwork behind a smooth first shipment of agricultural products.', kind: 'breakout', track: 'Food & agriculture', speakers: ['marisol', 'wei'] },
      { title: 'Beauty brand storytelling for Gen Z shoppers', description: 'What young Chinese shoppers expect from an American beauty brand, told in their language and on their platforms.', kind: 'breakout', track: 'Beauty', speakers: ['lin', 'kevin'] },
      { title: 'Sizing, returns and customer service across the Pacific', description: 'Keeping apparel customers happy when they are 7,000 miles away: size guides, return windows and chat support.', kind: 'breakout', track: 'Fashion', speakers: ['jerome'] },
      { title: 'Vitamins and wellness: earning consumer trust', description: 'Testing, traceability and the label details that make Chinese shoppers trust a US supplement brand.', kind: 'breakout', track: 'Health', speakers: ['priya'] },
    ],
  },
  {
    day: 1, from: '11:15', to: '12:15', where: 'breakout', sessions: [
      { title: 'Customs clearance without surprises', description: 'Identity checks, the annual personal limit, declarations and holds: what happens to a parcel at the border and how to avoid delays.', kind: 'breakout', track: 'Logistics', speakers: ['tom'] },
      { title: 'FX, fees and refunds', description: 'Exchange-rate risk, settlement timing and handling refunds and chargebacks on cross-border orders.', kind: 'breakout', track: 'Payments', speakers: ['grace'] },
      { title: 'KOLs and livestream selling on a small budget', description: 'Finding the right creators, what to pay them and how to measure what a livestream really sold.', kind: 'breakout', track: 'Marketing', speakers: ['ming', 'kevin'] },
    ],
  },
  { day: 1, from: '12:15', to: '13:30', where: 'main', sessions: [{ title: 'Marketplace networking lunch', description: 'Lunch and open networking; the expert lounge is open for booked 1:1 meetings.', kind: 'networking', track: 'Networking', speakers: [] }] },
  {
    day: 1, from: '13:30', to: '15:30', where: 'workshop', sessions: [
      { title: 'Hands-on: Chinese product pages that convert', description: 'Rewrite your product page with a Chinese copywriter: title, selling points, label and the photos shoppers look for.', kind: 'workshop', track: 'Hands-on', speakers: ['lin'], seats: 50 },
      { title: 'Hands-on: your first livestream', description: 'Rehearse a ten-minute livestream for your product in a real studio set-up, with feedback from a producer.', kind: 'workshop', track: 'Hands-on', speakers: ['ming'], seats: 40 },
    ],
  },
  { day: 1, from: '15:45', to: '16:30', where: 'main', sessions: [{ title: 'Closing keynote: your 90-day plan to sell in China', description: 'From application to first order: the steps, the costs and the support Gateway gives new sellers.', kind: 'keynote', track: 'Main stage', speakers: ['dana'] }] },
];

export type AgendaSeedReport = { speakers: number; sessions: number };

/** Seeds the demo agenda for the event once (nothing when it already has sessions or has no rooms). */
export async function seedConferenceAgenda(db: Db, eventId: string, now: Date): Promise<AgendaSeedReport> {
  const event = await findEvent(db, eventId);
  if (!event) return { speakers: 0, sessions: 0 };
  const rooms = await listRooms(db, eventId); // largest first
  if (rooms.length === 0) return { speakers: 0, sessions: 0 };
  const days = daysBetween(event.starts_on, event.ends_on);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('conf_sessions').select('id').where('event_id', '=', eventId).limit(1).executeTakeFirst();
    if (existing) return { speakers: 0, sessions: 0 };
    const speakerIds = new Map<string, string>();
    for (const s of SPEAKERS) {
      const id = newId('csp');
      speakerIds.set(s.key, id);
      await insertSpeaker(trx, { id, event_id: eventId, name: s.name, title: s.title, company: s.company, bio: s.bio, photo_url: null, created_at: at });
    }
    const main = rooms[0]!;
    const others = rooms.slice(1);
    const smallestFirst = [...others].sort((a, b) => a.capacity - b.capacity);
    let sessions = 0;
    for (const slot of SLOTS) {
      const day = days[slot.day];
      if (!day) continue;
      const startsAt = localToUtc(day, slot.from, event.time_zone);
      const endsAt = localToUtc(day, slot.to, event.time_zone);
      // Sessions at the same time take different rooms; a slot with more sessions than rooms keeps the first ones.
      const used = new Set<string>();
      for (const s of slot.sessions) {
        const free = (list: typeof rooms) => list.find((r) => !used.has(r.id));
        const room =
          slot.where === 'main'
            ? main
            : slot.where === 'workshop'
              ? (smallestFirst.find((r) => !used.has(r.id) && r.capacity >= (s.seats ?? 0)) ?? free(others) ?? free([main]))
              : free([...others, main]);
        if (!room || used.has(room.id)) break;
        used.add(room.id);
        const id = newId('cse');
        await insertSession(trx, {
          id,
          event_id: eventId,
          room_id: room.id,
          title: s.title,
          description: s.description,
          kind: s.kind,
          track: s.track,
          starts_at: startsAt,
          ends_at: endsAt,
          capacity: s.seats ? Math.min(s.seats, room.capacity) : null,
          status: 'scheduled',
          created_at: at,
          updated_at: at,
        });
        await replaceSessionSpeakers(trx, id, s.speakers.map((k) => speakerIds.get(k)!));
        sessions++;
      }
    }
    return { speakers: SPEAKERS.length, sessions };
  });
}
