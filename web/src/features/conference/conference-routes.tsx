// The Gateway conference's public pages and the attendee's registration, mounted at /conference/* in
// the seller-center look (English first, for US businesses): the events, an event's page, agenda,
// experts and registration form, "My registration" (reached with its manage key), and the door page
// of a check-in device (reached with its key; loaded only when opened, with the QR decoder).
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading, NotFound } from '../../app/ui/states';
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

const DoorPage = lazy(() => import('../conference-door/door-page').then((m) => ({ default: m.DoorPage })));

export function ConferenceRoutes() {
  return (
    <Routes>
      <Route index element={<EventsPage />} />
      <Route path="registrations/:registrationId" element={<RegistrationPage />} />
      {/* Before :slug: a static segment wins, so "door" is never read as an event's slug. */}
      <Route
        path="door"
        element={
          <Suspense fallback={<Loading />}>
            <DoorPage />
          </Suspense>
        }
      />
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
