// E-mails about the agenda, sent by outbox subscribers after the change committed:
// conference.session_changed tells everyone holding or waiting for a seat that a session moved,
// changed room or was cancelled; conference.signup_changed tells one attendee their seat is
// confirmed, that they are on the waitlist (and where), or that a seat opened for them. A notice that
// no longer holds when it is delivered (promoted, then cancelled) is not sent.
import type { Db } from '../../db/database.js';
import type { DomainEvents } from '../../events.js';
import type { Mailer } from '../../platform/mailer.js';
import { findEvent, findRegistration, findSignupById, listSessionsByIds, listSignedUpPeople, waitlistRank, type SessionWithRoom } from './agenda-repo.js';
import { readableClock, readableTime } from './agenda-time.js';

type EventRow = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

function describe(session: SessionWithRoom, event: EventRow): string {
  return `${session.title}\n${readableTime(session.starts_at, event.time_zone)} – ${readableClock(session.ends_at, event.time_zone)}\n${session.room_name} (${session.room_hall}), ${event.venue_name}`;
}

const SESSION_NOTICES: Record<DomainEvents['conference.session_changed']['change'], { subject: string; lead: string }> = {
  rescheduled: { subject: 'New time for', lead: 'A session on your agenda has moved. Here is the new time:' },
  room_changed: { subject: 'New room for', lead: 'A session on your agenda has moved to another room:' },
  cancelled: { subject: 'Cancelled:', lead: 'We are sorry: this session on your agenda has been cancelled. Your other sessions are unchanged.' },
};

export function agendaMail(db: Db, mailer: Mailer, publicUrl: string) {
  const agendaLink = (registrationId: string) => `${publicUrl}/conference/registrations/${registrationId}`;
  const signOff = (event: EventRow, registrationId: string) => `Your agenda (open it with the link from your confirmation e-mail): ${agendaLink(registrationId)}\n\n${event.name}`;

  async function sessionAndEvent(sessionId: string): Promise<{ session: SessionWithRoom; event: EventRow } | null> {
    const [session] = await listSessionsByIds(db, [sessionId]);
    const event = session ? await findEvent(db, session.event_id) : undefined;
    return session && event ? { session, event } : null;
  }

  return {
    /** conference.session_changed → one e-mail to each person holding or waiting for a seat. */
    sessionChanged: async (payload: DomainEvents['conference.session_changed']): Promise<void> => {
      const found = await sessionAndEvent(payload.sessionId);
      if (!found) return;
      const { session, event } = found;
      const notice = SESSION_NOTICES[payload.change];
      for (const person of await listSignedUpPeople(db, session.id)) {
        await mailer.send({
          to: person.email,
          subject: `${event.name}: ${notice.subject} ${session.title}`,
          text: `Hello ${person.first_name},\n\n${notice.lead}\n\n${describe(session, event)}\n\n${signOff(event, person.registration_id)}`,
        });
      }
    },

    /** conference.signup_changed → the attendee whose seat was confirmed, waitlisted, promoted or given up. */
    signupChanged: async (payload: DomainEvents['conference.signup_changed']): Promise<void> => {
      const signup = await findSignupById(db, payload.signupId);
      if (!signup) return;
      const stillTrue = payload.change === 'waitlisted' ? 'waitlisted' : payload.change === 'cancelled' ? 'cancelled' : 'confirmed';
      if (signup.status !== stillTrue) return;
      const [found, registration] = await Promise.all([sessionAndEvent(signup.session_id), findRegistration(db, signup.registration_id)]);
      if (!found || !registration || registration.status === 'cancelled') return;
      const { session, event } = found;
      let subject: string;
      let lead: string;
      if (payload.change === 'waitlisted') {
        const rank = signup.waitlist_position === null ? null : await waitlistRank(db, session.id, signup.waitlist_position);
        subject = `Waitlisted: ${session.title}`;
        lead = `This session is full, so you are on its waitlist${rank ? ` (number ${rank} in line)` : ''}. If a seat frees up it is yours automatically and we will e-mail you.`;
      } else if (payload.change === 'promoted') {
        subject = `A seat opened up: ${session.title}`;
        lead = 'Good news: a seat opened up and it is now yours. Nothing more to do; if you can no longer come, please give the seat up on your agenda so the next person gets it.';
      } else if (payload.change === 'confirmed') {
        subject = `Seat confirmed: ${session.title}`;
        lead = 'Your seat is confirmed. If you can no longer come, please give it up on your agenda so someone on the waitlist gets it.';
      } else {
        subject = `Seat given up: ${session.title}`;
        lead = 'You gave up your place in this session. Thank you for freeing it for someone else.';
      }
      await mailer.send({ to: registration.email, subject: `${event.name}: ${subject}`, text: `Hello ${registration.first_name},\n\n${lead}\n\n${describe(session, event)}\n\n${signOff(event, registration.id)}` });
    },
  };
}
