// What the meeting routes take and answer: TypeBox schemas for experts, slots and meetings, and the
// mapping from rows to those shapes (snake_case rows → camelCase JSON; attendees see no other attendee).
import { Type } from 'typebox';
import type { ExpertRow, ExpertWithCounts, MeetingRow, SlotRow, SlotWithAttendee } from './meeting-repo.js';

export const tags = ['conference'];
export const EventIdParam = Type.String({ pattern: '^cev_[0-9a-z]{26}$' });
export const ExpertIdParam = Type.String({ pattern: '^cex_[0-9a-z]{26}$' });
export const SlotIdParam = Type.String({ pattern: '^cms_[0-9a-z]{26}$' });
export const RegistrationIdParam = Type.String({ pattern: '^crg_[0-9a-z]{26}$' });
export const SlugParam = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$' });

export const Expertise = Type.Union(['category', 'logistics', 'payments', 'legal', 'marketing'].map((e) => Type.Literal(e as ExpertRow['expertise'])));
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const Location = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S', description: 'Table or place, e.g. "Expert lounge, table 4"' });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local time HH:MM' });

export const ExpertBody = Type.Object(
  {
    name: Text(120),
    company: Text(120, 0),
    expertise: Expertise,
    bio: Text(2000, 0),
    userId: Type.Optional(Type.Union([Type.String({ pattern: '^usr_[0-9a-z]{26}$' }), Type.Null()], { description: 'A user account that may manage this expert’s slots' })),
  },
  { additionalProperties: false },
);
export const ExpertPatch = Type.Partial(ExpertBody, { additionalProperties: false });

export const SlotsBody = Type.Object(
  {
    location: Location,
    startsAt: Type.Optional(Type.Array(Type.String({ format: 'date-time' }), { minItems: 1, maxItems: 200, description: 'UTC start times of 20-minute slots' })),
    ranges: Type.Optional(
      Type.Array(Type.Object({ day: Type.String({ format: 'date', description: 'Local day, YYYY-MM-DD' }), from: Time, to: Time }, { additionalProperties: false }), {
        minItems: 1,
        maxItems: 20,
        description: 'Local time ranges cut into back-to-back 20-minute slots',
      }),
    ),
    breakMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 120, description: 'Minutes between slots cut from ranges' })),
  },
  { additionalProperties: false },
);
export const LocationBody = Type.Object({ location: Location }, { additionalProperties: false });
export const DecisionBody = Type.Object({ decision: Type.Union([Type.Literal('accept'), Type.Literal('decline')]) }, { additionalProperties: false });
export const BookingBody = Type.Object(
  {
    slotId: SlotIdParam,
    topic: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'What you would like to discuss' }),
    mode: Type.Optional(Type.Union([Type.Literal('book'), Type.Literal('request')], { description: 'book (default): booked at once; request: the expert accepts or declines' })),
  },
  { additionalProperties: false },
);

const ExpertFields = {
  id: Type.String(),
  name: Type.String(),
  company: Type.String(),
  expertise: Type.String(),
  bio: Type.String(),
};
export const PublicExpertSchema = Type.Object({ ...ExpertFields, openSlots: Type.Integer(), nextOpenAt: Type.Union([Type.String(), Type.Null()]) });
export const OpsExpertSchema = Type.Object({
  ...ExpertFields,
  eventId: Type.String(),
  userId: Type.Union([Type.String(), Type.Null()]),
  openSlots: Type.Integer(),
  bookedSlots: Type.Integer(),
  requestedSlots: Type.Integer(),
});
const SlotFields = { id: Type.String(), startsAt: Type.String(), endsAt: Type.String(), location: Type.String() };
export const OpenSlotSchema = Type.Object(SlotFields);
export const ManagedSlotSchema = Type.Object({
  ...SlotFields,
  status: Type.String(),
  topic: Type.Union([Type.String(), Type.Null()]),
  attendee: Type.Union([Type.Object({ registrationId: Type.String(), name: Type.String(), company: Type.String(), email: Type.Optional(Type.String({ description: 'Operators only' })) }), Type.Null()]),
});
export const MeetingSchema = Type.Object({
  slotId: Type.String(),
  status: Type.String({ description: 'booked, or requested (waiting for the expert)' }),
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Type.String(),
  topic: Type.Union([Type.String(), Type.Null()]),
  expert: Type.Object({ id: Type.String(), name: Type.String(), company: Type.String(), expertise: Type.String() }),
});

const expertFields = (e: ExpertRow) => ({ id: e.id, name: e.name, company: e.company, expertise: e.expertise, bio: e.bio });
export const publicExpert = (e: ExpertWithCounts) => ({ ...expertFields(e), openSlots: e.open, nextOpenAt: e.next_open_at });
export const opsExpert = (e: ExpertRow, counts?: Pick<ExpertWithCounts, 'open' | 'booked' | 'requested'>) => ({
  ...expertFields(e),
  eventId: e.event_id,
  userId: e.user_id,
  openSlots: counts?.open ?? 0,
  bookedSlots: counts?.booked ?? 0,
  requestedSlots: counts?.requested ?? 0,
});
export const openSlot = (s: SlotRow) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at, location: s.location });
/** A slot as its expert or an operator sees it: who holds it and why (the e-mail address for operators only). */
export const managedSlot = (s: SlotRow | SlotWithAttendee, withEmail: boolean) => {
  const who = 'email' in s && s.registration_id && s.email !== null ? s : null;
  const attendee = who ? { registrationId: who.registration_id!, name: `${who.first_name ?? ''} ${who.last_name ?? ''}`.trim(), company: who.company ?? '' } : null;
  return { ...openSlot(s), status: s.status, topic: s.topic, attendee: attendee && withEmail ? { ...attendee, email: who!.email! } : attendee };
};
export const meeting = (m: MeetingRow) => ({
  slotId: m.id,
  status: m.status,
  startsAt: m.starts_at,
  endsAt: m.ends_at,
  location: m.location,
  topic: m.topic,
  expert: { id: m.expert_id, name: m.expert_name, company: m.expert_company, expertise: m.expertise },
});
