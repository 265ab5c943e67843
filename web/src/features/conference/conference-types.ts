// The conference API's shapes, written once for the whole web app (the server's TypeBox schemas in
// src/modules/conference/*-views.ts; /openapi.json has them all). The public and attendee pages read
// them as they are; the operators' pages (conference-ops/conf-types.ts) import them and add only what
// operators see besides: ids, counters, check-in results.
export type Availability = 'open' | 'nearly_full' | 'waitlist_only';
export type SessionKind = 'keynote' | 'breakout' | 'workshop' | 'networking';

export const SESSION_KINDS: readonly SessionKind[] = ['keynote', 'breakout', 'workshop', 'networking'];
export const BUSINESS_TYPES = ['farm', 'food_producer', 'brand', 'retailer', 'manufacturer', 'service', 'other'] as const;
export const CHINA_EXPERIENCE = ['none', 'exploring', 'selling_elsewhere', 'selling_in_china'] as const;
export const INTERESTS = ['food_agriculture', 'beauty', 'fashion', 'health', 'logistics', 'payments', 'marketing', 'sourcing'] as const;
export const EXPERTISE = ['category', 'logistics', 'payments', 'legal', 'marketing'] as const;
export type Expertise = (typeof EXPERTISE)[number];
export type BusinessTypeCode = (typeof BUSINESS_TYPES)[number];
export type ChinaExperience = (typeof CHINA_EXPERIENCE)[number];
export type Interest = (typeof INTERESTS)[number];

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled';
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['confirmed', 'waitlisted', 'offered', 'cancelled'];
export const isRegistrationStatus = (v: string): v is RegistrationStatus => (REGISTRATION_STATUSES as readonly string[]).includes(v);

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
  rooms: Room[];
  ticketTypes: TicketType[];
};
export type Room = { name: string; hall: string; capacity: number };

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

export type RegistrationPayment = {
  id: string;
  status: 'pending' | 'paid' | 'void' | 'refund_requested' | 'refunded';
  amountCents: number;
  currency: 'USD';
  lastFailure: string | null;
  paidAt: string | null;
  refundedAt: string | null;
};

/** The answer to "pay for my seat": where the card processor's checkout page is. */
export type PaymentStart = { paymentId: string; status: string; amountCents: number; currency: 'USD'; checkoutUrl: string | null; holdExpiresAt: string | null };

export type Registration = {
  id: string;
  event: { slug: string; name: string; timeZone: string; startsOn: string; endsOn: string };
  status: RegistrationStatus;
  endedBy: 'cancelled' | 'offer_lapsed' | null;
  waitlistPosition: number | null;
  placeInLine: number | null;
  offerExpiresAt: string | null;
  ticketType: { code: string; name: string; priceCents: number; includesWorkshops: boolean };
  /** The card payment of a paid ticket, once started. */
  payment: RegistrationPayment | null;
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

/** An expert as everyone sees them; the server checks expertise against EXPERTISE on the way in. */
export type ExpertProfile = { id: string; name: string; company: string; expertise: string; bio: string };
export type Expert = ExpertProfile & { openSlots: number; nextOpenAt: string | null };
export type ExpertList = { timeZone: string; items: Expert[] };
export type OpenSlot = { id: string; startsAt: string; endsAt: string; location: string };
export type ExpertSlots = { timeZone: string; expert: ExpertProfile; items: OpenSlot[] };
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
