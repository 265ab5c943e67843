// The conference's e-mails, one outbox subscriber per topic: registration (confirmation with the
// ticket link, waitlist, offers, payments and refunds), agenda (session changes, seat promotions) and 1:1 meetings.
import type { Db } from '../../db/database.js';
import type { Mailer } from '../../platform/mailer.js';
import { agendaMail } from './agenda-mail.js';
import { meetingMail } from './meeting-mail.js';
import { refundMail, registrationMail } from './registration-mail.js';

export function conferenceMail(db: Db, mailer: Mailer, publicUrl: string, ticketKey?: string) {
  const agenda = agendaMail(db, mailer, publicUrl);
  return {
    registrationChanged: registrationMail(db, mailer, publicUrl, ticketKey),
    sessionChanged: agenda.sessionChanged,
    signupChanged: agenda.signupChanged,
    meetingChanged: meetingMail(db, mailer, publicUrl),
    paymentRefunded: refundMail(db, mailer),
  };
}
