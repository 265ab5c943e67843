// The Gateway conference's public pages and the attendee's registration, mounted at /conference/* in
// the seller-center look (English first, for US businesses): the events, an event's page, agenda,
// experts and registration form, and "My registration" (reached with its manage key).
import { Route, Routes } from 'react-router';
import { NotFound } from '../../app/ui/states';
import { AgendaPage } from './agenda-page';
import { ConferenceFrame } from './conference-frame';
import { EventPage } from './event-page';
import { EventsPage } from './events-page';
import { ExpertsPage } from './experts-page';
import { RegisterPage } from './register-page';
import { RegistrationPage } from './registration-page';
import './conference.css';
import './conference-event.css';
import './conference-agenda.css';
import './conference-attendee.css';

export function ConferenceRoutes() {
  return (
    <Routes>
      <Route index element={<EventsPage />} />
      <Route path="registrations/:registrationId" element={<RegistrationPage />} />
      <Route path=":slug" element={<EventPage />} />
      <Route path=":slug/agenda" element={<AgendaPage />} />
      <Route path=":slug/experts" element={<ExpertsPage />} />
      <Route path=":slug/register" element={<RegisterPage />} />
      <Route
        path="*"
        element={
          <ConferenceFrame>
            <NotFound home="/conference" />
          </ConferenceFrame>
        }
      />
    </Routes>
  );
}
