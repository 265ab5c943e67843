// The conference API's shapes as the public pages and the attendee's pages read them (the server's
// TypeBox schemas in src/modules/conference/*-views.ts; /openapi.json has them all).
export type Availability = 'open' | 'nearly_full' | 'waitlist_only';
export type SessionKind = 'keynote' | 'breakout' | 'workshop' | 'networking';

export const SESSION_KINDS: readonly SessionKind[] = ['keynote', 'breakout', 'workshop', 'networking'];
export const BUSINESS_TYPES = ['farm', 'food_producer', 'brand', 'retailer', 'manufacturer', 'service', 'other'] as const;
export const CHINA_EXPERIENCE = ['none', 'exploring', 'selling_elsewhere', 'selling_in_china'] as const;
export const INTERESTS = ['food_agriculture', 'beauty', 'fashion', 'health', 'logistics', 'payments', 'marketing', 'sourcing'] as const;
export const EXPERTISE = ['category', 'logistics', 'payments', 'legal', 'marketing'] as const;
export type BusinessTypeCode = (typeof BUSINESS_TYPES)[number];
export type ChinaExperience = (typeof CHINA_EXPERIENCE)[number];
export type Interest = (typeof INTERESTS)[number];

export type TicketType = {
  code: string;
  name: string;
  description: string;
  priceCents: number;
  currency: 'USD';
  includesWorkshops: boolean;
  seatsLeft: number;
  status: 'available' | 'waitlist';
};

export type EventPage = {
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
  registration: { opensAt: string; closesAt: string; state: 'not_yet_open' | 'open' | 'closed'; open: boolean };
  capacity: { total: number; seatsLeft: number; status: Availability; waitlisted: number };
  rooms: Array<{ name: string; hall: string; capacity: number }>;
  ticketTypes: TicketType[];
};

export type EventSummary = Omit<EventPage, 'description' | 'days' | 'rooms' | 'ticketTypes'>;

export type Speaker = { id: string; name: string; title: string; company: string; bio: string; photoUrl: string | null };

export type Session = {
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
  seatsLeft: number | null;
  revision: number;
};

export type PublicAgenda = {
  event: { id: string; slug: string; name: string; timeZone: string; venueName: string; days: string[] };
  tracks: string[];
  items: Session[];
};

export type Signup = { id: string; sessionId: string; status: 'confirmed' | 'waitlisted' | 'cancelled'; waitlistPosition: number | null };
export type PersonalAgenda = {
  registrationId: string;
  event: { id: string; slug: string; name: string; timeZone: string };
  items: Array<{ session: Session; attendance: 'signed_up' | 'everyone'; signup: Signup | null }>;
};

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled';
export type Registration = {
  id: string;
  event: { slug: string; name: string; timeZone: string; startsOn: string; endsOn: string };
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
  signedInAccount: boolean;
  sellerApplicationId: string | null;
  confirmedAt: string | null;
  cancelledAt: string | null;
  checkedInAt: string | null;
  createdAt: string;
};

export type RegistrationInput = {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  businessType: BusinessTypeCode;
  state: string;
  sells: string;
  chinaExperience: ChinaExperience;
  interests: Interest[];
  dietary?: string;
  accessibility?: string;
  consentContact: boolean;
  ticketType: string;
};
export type Registered = { registration: Registration; manageKey: string };

export type Ticket = { registrationId: string; eventId: string; token: string; qrSvg: string };

export type Expert = { id: string; name: string; company: string; expertise: string; bio: string; openSlots: number; nextOpenAt: string | null };
export type ExpertList = { timeZone: string; items: Expert[] };
export type OpenSlot = { id: string; startsAt: string; endsAt: string; location: string };
export type ExpertSlots = { timeZone: string; expert: Omit<Expert, 'openSlots' | 'nextOpenAt'>; items: OpenSlot[] };
export type Meeting = {
  slotId: string;
  status: string;
  startsAt: string;
  endsAt: string;
  location: string;
  topic: string | null;
  expert: { id: string; name: string; company: string; expertise: string };
};
export type MeetingList = { timeZone: string; cap: number; items: Meeting[] };
export type SellerApplicationStarted = { applicationId: string; created: boolean; registration: Registration };
