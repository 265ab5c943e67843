// What the operators' conference API answers (see /docs, tag "conference"): events with their counters,
// rooms and ticket types; registrations and their statistics; sessions and speakers; experts and slots;
// check-in results, attendee cards and arrival figures.
export type EventStatus = 'draft' | 'published' | 'closed';
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled';
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['confirmed', 'waitlisted', 'offered', 'cancelled'];
export const isRegistrationStatus = (v: string): v is RegistrationStatus => (REGISTRATION_STATUSES as readonly string[]).includes(v);
export const EVENT_STATUSES: readonly EventStatus[] = ['draft', 'published', 'closed'];
export const ATTENDEE_TYPES = ['business', 'expert', 'speaker', 'staff', 'press'] as const;
export type AttendeeType = (typeof ATTENDEE_TYPES)[number];
export const isAttendeeType = (v: string): v is AttendeeType => (ATTENDEE_TYPES as readonly string[]).includes(v);

export type OpsRoom = { id: string; name: string; hall: string; capacity: number };
export type OpsTicketType = {
  id: string;
  code: string;
  name: string;
  description: string;
  priceCents: number;
  includesWorkshops: boolean;
  quota: number;
  held: number;
  position: number;
  seatsLeft: number;
  status: 'available' | 'waitlist';
};

export type OpsEvent = {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  description: string;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  days: string[];
  status: EventStatus;
  held: number;
  offerHoldHours: number;
  meetingCap: number;
  revision: number;
  registration: { opensAt: string; closesAt: string; state: 'not_yet_open' | 'open' | 'closed'; open: boolean };
  capacity: { total: number; seatsLeft: number; status: 'open' | 'nearly_full' | 'waitlist_only'; waitlisted: number };
  counts: Record<RegistrationStatus, number>;
  rooms: OpsRoom[];
  ticketTypes: OpsTicketType[];
};

export type Registration = {
  id: string;
  status: RegistrationStatus;
  endedBy: 'cancelled' | 'offer_lapsed' | null;
  waitlistPosition: number | null;
  placeInLine: number | null;
  offerExpiresAt: string | null;
  ticketType: { code: string; name: string; priceCents: number; includesWorkshops: boolean };
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  businessType: string;
  state: string;
  sells: string;
  chinaExperience: string;
  interests: string[];
  dietary: string;
  accessibility: string;
  consentContact: boolean;
  attendeeType: string;
  sellerApplicationId: string | null;
  confirmedAt: string | null;
  cancelledAt: string | null;
  checkedInAt: string | null;
  createdAt: string;
};

export type RegistrationStats = {
  timeZone: string;
  total: number;
  byDay: Array<{ day: string; registrations: number; cancelled: number; cumulative: number }>;
  byState: Array<{ state: string; name: string; count: number }>;
  byStatus: Record<RegistrationStatus, number>;
  byTicketType: Array<{ code: string; name: string; registrations: number; held: number; quota: number }>;
  capacity: { total: number; held: number };
  sellers: { started: number; submitted: number; approved: number };
};

export type SessionKind = 'keynote' | 'breakout' | 'workshop' | 'networking';
export const SESSION_KINDS: readonly SessionKind[] = ['keynote', 'breakout', 'workshop', 'networking'];
export type Speaker = { id: string; name: string; title: string; company: string; bio: string; photoUrl: string | null };
export type OpsSession = {
  id: string;
  title: string;
  description: string;
  kind: SessionKind;
  track: string;
  status: 'scheduled' | 'cancelled';
  startsAt: string;
  endsAt: string;
  day: string;
  room: { id: string; name: string; hall: string };
  speakers: Speaker[];
  signupRequired: boolean;
  seats: number | null;
  capacity: number | null;
  held: number;
  waitlisted: number;
  revision: number;
};

export const EXPERTISE = ['category', 'logistics', 'payments', 'legal', 'marketing'] as const;
export type Expertise = (typeof EXPERTISE)[number];
export type OpsExpert = { id: string; name: string; company: string; expertise: Expertise; bio: string; openSlots: number; bookedSlots: number; requestedSlots: number };
export type SlotStatus = 'open' | 'requested' | 'booked' | 'closed';
export type ManagedSlot = {
  id: string;
  startsAt: string;
  endsAt: string;
  location: string;
  status: SlotStatus;
  topic: string | null;
  attendee: { registrationId: string; name: string; company: string; email?: string } | null;
};

export type AttendeeCard = {
  registrationId: string;
  name: string;
  company: string;
  email: string;
  state: string;
  ticketType: string;
  attendeeType: string;
  status: string;
  checkedInAt: string | null;
  sessions: Array<{ id: string; title: string; kind: string; startsAt: string; room: string; status: string }>;
  meetings: Array<{ id: string; expert: string; startsAt: string; location: string; status: string }>;
};

export type ScanResultKind = 'checked_in' | 'duplicate' | 'replayed' | 'invalid' | 'not_confirmed' | 'wrong_event';
export type ScanResult = {
  scanId: string;
  result: ScanResultKind;
  stored?: 'checked_in' | 'duplicate';
  reason?: string;
  registrationId?: string;
  firstCheckIn?: { at: string; deviceId: string | null; scanId: string | null };
  attendee?: AttendeeCard;
};

export type ArrivalStats = {
  timeZone: string;
  confirmed: number;
  arrived: number;
  scans: number;
  duplicates: number;
  byHour: Array<{ hour: string; arrivals: number }>;
  last: Array<{ registrationId: string; name: string; company: string; at: string; deviceId: string }>;
};
