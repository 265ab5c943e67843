// What only the operators' conference API answers (see /docs, tag "conference"): events with their
// counters, room and ticket type ids; registration statistics; sessions with sign-up counters; experts
// and slots; check-in results, attendee cards and arrival figures. The shapes attendees see too
// (registrations, sessions, speakers, experts, the event page) come from ../conference/conference-types.ts.
import type { EventPage, Expertise, ExpertProfile, OpenSlot, RegistrationStatus, Room, Session, TicketType } from '../conference/conference-types';

export type EventStatus = 'draft' | 'published' | 'closed';
export const EVENT_STATUSES: readonly EventStatus[] = ['draft', 'published', 'closed'];
export const ATTENDEE_TYPES = ['business', 'expert', 'speaker', 'staff', 'press'] as const;
export type AttendeeType = (typeof ATTENDEE_TYPES)[number];
export const isAttendeeType = (v: string): v is AttendeeType => (ATTENDEE_TYPES as readonly string[]).includes(v);

export type OpsRoom = Room & { id: string };
export type OpsTicketType = TicketType & { id: string; quota: number; held: number; position: number };

export type OpsEvent = Omit<EventPage, 'rooms' | 'ticketTypes'> & {
  id: string;
  status: EventStatus;
  held: number;
  offerHoldHours: number;
  meetingCap: number;
  revision: number;
  counts: Record<RegistrationStatus, number>;
  rooms: OpsRoom[];
  ticketTypes: OpsTicketType[];
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

/** A session as the agenda shows it, with its own seat count (null: the room's) and sign-up counters. */
export type OpsSession = Session & { capacity: number | null; held: number; waitlisted: number };

export type OpsExpert = ExpertProfile & { expertise: Expertise; openSlots: number; bookedSlots: number; requestedSlots: number };
export type SlotStatus = 'open' | 'requested' | 'booked' | 'closed';
export type ManagedSlot = OpenSlot & {
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
  /** deviceName: the check-in device's name when one made the first scan. */
  firstCheckIn?: { at: string; deviceId: string | null; deviceName?: string; scanId: string | null };
  attendee?: AttendeeCard;
};

export type ArrivalStats = {
  timeZone: string;
  confirmed: number;
  arrived: number;
  scans: number;
  duplicates: number;
  byHour: Array<{ hour: string; arrivals: number }>;
  last: Array<{ registrationId: string; name: string; company: string; at: string; deviceId: string; deviceName?: string }>;
};

/** A door device (no keys: the key is shown once, in the answer to its creation). */
export type CheckinDevice = { id: string; eventId: string; name: string; createdAt: string; createdBy: string; revokedAt: string | null; lastSeenAt: string | null };
export type NewCheckinDevice = { device: CheckinDevice; key: string; doorPath: string; doorUrl: string };
