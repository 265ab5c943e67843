// E-mails to the attendee about their 1:1 meetings (outbox subscriber for conference.meeting_changed):
// booked, requested, declined, cancelled, the reminder an hour before, and a new table. Each says who,
// when — in the event's time zone — and where. Sent after the change committed, at least once; a
// booking or reminder that no longer holds when the event is delivered (cancelled meanwhile) is not sent.
import type { Db } from '../../db/database.js';
import type { Mailer } from '../../platform/mailer.js';
import { findUsersByIds } from '../accounts/index.js';
import { findEvent, findExpert, findRegistration, findSlot } from './meeting-repo.js';
import { formatMeetingTime } from './meeting-time.js';

/** One e-mail per meeting change in the event catalogue. */
export type MeetingChange = { slotId: string; registrationId: string; change: string };

type Wording = { subject: (expert: string) => string; lead: (expert: string) => string; current: boolean };

const WORDING: Record<string, Wording> = {
  booked: { subject: (x) => `Your meeting with ${x} is booked`, lead: (x) => `Your 20-minute meeting with ${x} is booked. Please be at the table a few minutes early.`, current: true },
  requested: { subject: (x) => `Meeting request sent to ${x}`, lead: (x) => `We passed your meeting request to ${x}. We will e-mail you when they accept or decline; the slot is held for you meanwhile.`, current: true },
  declined: { subject: (x) => `${x} could not take your meeting`, lead: (x) => `${x} could not take your meeting request for this slot. Other experts and times may still be open.`, current: false },
  cancelled: { subject: (x) => `Meeting with ${x} cancelled`, lead: (x) => `Your meeting with ${x} is cancelled and the slot has been released.`, current: false },
  reminder: { subject: (x) => `Reminder: your meeting with ${x} starts soon`, lead: (x) => `A reminder: your meeting with ${x} starts within the hour.`, current: true },
  location_changed: { subject: (x) => `New table for your meeting with ${x}`, lead: (x) => `Your meeting with ${x} has moved to a new table. The time is unchanged.`, current: true },
};

export function meetingMail(db: Db, mailer: Mailer, publicUrl: string): (payload: MeetingChange) => Promise<void> {
  return async (payload) => {
    const wording = WORDING[payload.change];
    const [slot, registration] = await Promise.all([findSlot(db, payload.slotId), findRegistration(db, payload.registrationId)]);
    if (!wording || !slot || !registration) return;
    // A booking, request or reminder is only news while the attendee still holds the slot.
    const holds = slot.registration_id === registration.id && (payload.change === 'requested' ? slot.status === 'requested' : slot.status === 'booked' || slot.status === 'requested');
    if (wording.current && !holds) return;
    const [expert, event] = await Promise.all([findExpert(db, slot.expert_id), findEvent(db, slot.event_id)]);
    if (!expert || !event) return;
    const who = expert.company ? `${expert.name} (${expert.company})` : expert.name;
    const lines = [
      `Hello ${registration.first_name},`,
      '',
      wording.lead(who),
      '',
      `Event: ${event.name}`,
      `When: ${formatMeetingTime(slot.starts_at, slot.ends_at, event.time_zone)}`,
      `Where: ${slot.location}, ${event.venue_name}, ${event.venue_address}`,
      ...(wording.current && slot.topic ? [`Topic: ${slot.topic}`] : []),
      '',
      `Your meetings: ${publicUrl}/conference/registrations/${registration.id}`,
      '',
      `${event.name}`,
    ];
    await mailer.send({ to: registration.email, subject: `${wording.subject(expert.name)} — ${event.name}`, text: lines.join('\n') });

    // An expert with an account hears of requests waiting for them.
    if (payload.change === 'requested' && expert.user_id) {
      const [user] = await findUsersByIds(db, [expert.user_id]);
      if (user) {
        const attendee = `${registration.first_name} ${registration.last_name} (${registration.company})`;
        await mailer.send({
          to: user.email,
          subject: `Meeting request from ${attendee} — ${event.name}`,
          text: [`Hello ${expert.name},`, '', `${attendee} asks to meet you.`, `When: ${formatMeetingTime(slot.starts_at, slot.ends_at, event.time_zone)}`, `Where: ${slot.location}`, `Topic: ${slot.topic ?? ''}`, '', `Sign in to accept or decline it: ${publicUrl}`].join('\n'),
        });
      }
    }
  };
}
