// The conference's timed work, run by a timer in every server process: offers nobody claimed in time
// pass to the next person waiting, and attendees are reminded of 1:1 meetings starting within the hour.
// Both are conditional updates, so processes running them at the same time act once.
import type { Db } from '../../db/database.js';
import { remindUpcomingMeetings } from './meetings.js';
import { lapseExpiredOffers } from './waitlist.js';

export function startConferenceJobs(db: Db, log: { error: (obj: unknown, msg: string) => void }, intervalMs = 60_000): { stop: () => void } {
  const timer = setInterval(() => {
    const now = new Date();
    lapseExpiredOffers(db, now)
      .then(() => remindUpcomingMeetings(db, now))
      .catch((err: unknown) => log.error({ err }, 'conference jobs failed'));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
