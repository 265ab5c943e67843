// conference: the Gateway conference (DOMAIN.md §9), run end to end by operators — events with rooms
// and ticket types, business registration with capacity, a waitlist and time-limited offers, the
// agenda with session sign-up, paid tickets (card payments in USD), 1:1 meetings with experts, signed QR tickets with check-in that works
// offline, badge PDFs, calendars, and the path from attendee to seller.
// Owns tables: conf_events, conf_rooms, conf_ticket_types, conf_registrations, conf_speakers,
// conf_sessions, conf_session_speakers, conf_session_signups, conf_experts, conf_meeting_slots,
// conf_checkins. Publishes conference.registration_changed, conference.session_changed,
// conference.signup_changed, conference.meeting_changed. Consumes its own events (e-mails) and
// card_payment.paid (a paid ticket's seat is confirmed, or refunded when it was released).
export { registerConferenceRoutes } from './routes.js';
export type { ConferenceDeps } from './deps.js';
export { conferenceMail } from './mail.js';
export { startConferenceJobs } from './jobs.js';
export { lapseExpiredOffers } from './waitlist.js';
export { settleRegistrationPayment, REGISTRATION_PAYMENT } from './registration-payment.js';
export { remindUpcomingMeetings } from './meetings.js';
export { seedDemoConference, DEMO_EVENT_SLUG } from './demo-event.js';
export { seedConferenceAgenda } from './demo-agenda.js';
export { seedConferenceExperts } from './demo-experts.js';
