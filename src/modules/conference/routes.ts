// The conference's HTTP surface, by concept: events and registration (with the waitlist), the agenda
// and session sign-up, tickets with check-in, badges and calendars, and 1:1 meetings with experts.
import type { Db } from '../../db/database.js';
import type { App } from '../../platform/http.js';
import { registerAgendaRoutes } from './agenda-routes.js';
import type { ConferenceDeps } from './deps.js';
import { registerMeetingRoutes } from './meeting-routes.js';
import { registerRegistrationRoutes } from './registration-routes.js';
import { registerTicketRoutes } from './ticket-routes.js';

export function registerConferenceRoutes(app: App, db: Db, deps: ConferenceDeps): void {
  registerRegistrationRoutes(app, db, deps);
  registerAgendaRoutes(app, db, deps);
  registerTicketRoutes(app, db, deps);
  registerMeetingRoutes(app, db, deps);
}
