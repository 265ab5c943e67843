// The operators' conference pages under /ops/conference (inside the ops layout and its guard): the
// events, and per event its overview, registrations, agenda, experts, the staff check-in page and the
// check-in dashboard. The check-in page (with the QR decoder) loads only when opened.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading, NotFound } from '../../app/ui/states';
import { AgendaPage } from './agenda-page';
import { ArrivalsPage } from './arrivals-page';
import { EventShell } from './event-shell';
import { EventsPage } from './events-page';
import { ExpertsPage } from './experts-page';
import { OverviewPage } from './overview-page';
import { RegistrationsPage } from './registrations-page';
import './conference-ops.css';

const CheckinPage = lazy(() => import('./checkin-page').then((m) => ({ default: m.CheckinPage })));

export function ConferenceOpsRoutes() {
  return (
    <Routes>
      <Route index element={<EventsPage />} />
      <Route path=":eventId" element={<EventShell />}>
        <Route index element={<OverviewPage />} />
        <Route path="registrations" element={<RegistrationsPage />} />
        <Route path="agenda" element={<AgendaPage />} />
        <Route path="experts" element={<ExpertsPage />} />
        <Route
          path="checkin"
          element={
            <Suspense fallback={<Loading />}>
              <CheckinPage />
            </Suspense>
          }
        />
        <Route path="checkins" element={<ArrivalsPage />} />
        <Route path="*" element={<NotFound home="/ops/conference" />} />
      </Route>
    </Routes>
  );
}
