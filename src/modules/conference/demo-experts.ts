// Demo office hours: eight experts — marketplace category managers (food, beauty), logistics, payments,
// legal, marketing — each with back-to-back 20-minute slots from 10:00 to 12:00 and 14:00 to 16:00 local
// time on every day of the event, at their own table in the expert lounge. Idempotent: an event that
// already has experts is left alone.
import type { Db } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { findEvent, insertExpert, insertSlots, type ExpertRow, type SlotRow } from './meeting-repo.js';
import { slotEnd, slotStartsInRange } from './meeting-time.js';

type DemoExpert = Pick<ExpertRow, 'name' | 'company' | 'expertise' | 'bio'>;

const EXPERTS: DemoExpert[] = [
  { name: 'Grace Chen', company: 'Gateway Marketplace', expertise: 'category', bio: 'Category manager for food & agriculture: what Chinese shoppers buy from US farms (nuts, dried fruit, honey, infant formula), listing requirements and seasonal campaigns.' },
  { name: 'Hannah Zhou', company: 'Gateway Marketplace', expertise: 'category', bio: 'Category manager for beauty & personal care: positive-list eligibility, Chinese labelling, and launching a brand for 11.11.' },
  { name: 'Daniel Wu', company: 'Gateway Logistics', expertise: 'logistics', bio: 'Cross-border parcels (9610) from a US warehouse: packing, carriers, landed cost and delivery times to each province.' },
  { name: 'Maria Alvarez', company: 'Great Lakes Freight', expertise: 'logistics', bio: 'Bonded-warehouse stock (1210): shipping by sea or air into a free-trade zone, customs clearance and replenishment.' },
  { name: 'Kevin Liu', company: 'Gateway Pay', expertise: 'payments', bio: 'Getting paid in dollars for sales in yuan: settlement, FX, refunds and chargebacks for cross-border stores.' },
  { name: 'Rachel Stein', company: 'Stein & Park LLP', expertise: 'legal', bio: 'Trademarks outside and inside China, authorisation chains for resellers, and what to register before you list.' },
  { name: 'Li Na', company: 'Midwest Export Council', expertise: 'legal', bio: 'Food import rules: GACC facility registration, certificates of origin and which products need them.' },
  { name: 'Tom Becker', company: 'Redwood Social', expertise: 'marketing', bio: 'Marketing to Chinese consumers: livestream selling, key opinion leaders, and telling your story in Chinese.' },
];

const SESSIONS: Array<[string, string]> = [
  ['10:00', '12:00'],
  ['14:00', '16:00'],
];

function eventDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`) && days.length < 14; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Seeds the demo experts and their slots for an event; returns how many experts it created (0 if any existed). */
export async function seedConferenceExperts(db: Db, eventId: string, now: Date): Promise<number> {
  const event = await findEvent(db, eventId);
  if (!event) throw new Error(`seedConferenceExperts: no event ${eventId}`);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('conf_experts').select('id').where('event_id', '=', eventId).limit(1).executeTakeFirst();
    if (existing) return 0;
    for (const [i, demo] of EXPERTS.entries()) {
      const expert: ExpertRow = { id: newId('cex'), event_id: eventId, user_id: null, ...demo, created_at: at };
      await insertExpert(trx, expert);
      const starts = eventDays(event.starts_on, event.ends_on).flatMap((day) => SESSIONS.flatMap(([from, to]) => slotStartsInRange(day, from, to, 0, event.time_zone)));
      const slots: SlotRow[] = starts.map((s) => ({
        id: newId('cms'),
        expert_id: expert.id,
        event_id: eventId,
        starts_at: s.toISOString(),
        ends_at: slotEnd(s).toISOString(),
        location: `Expert lounge, table ${i + 1}`,
        status: 'open',
        registration_id: null,
        topic: null,
        reminded_at: null,
        revision: 1,
        created_at: at,
        updated_at: at,
      }));
      await insertSlots(trx, slots);
    }
    return EXPERTS.length;
  });
}
