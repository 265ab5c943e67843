// An event's overview (/ops/conference/:eventId): capacity and waitlist controls, the registration
// charts, and the event's ticket types and rooms.
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { CapacityCard } from './capacity-card';
import { useConfEvent } from './event-shell';
import { RegistrationCharts } from './registration-stats';
import { RoomsCard } from './rooms-card';
import { TicketTypesCard } from './ticket-types-card';

export function OverviewPage() {
  const { t } = useT();
  const { event } = useConfEvent();
  useDocumentTitle(t('confOps.overview.title', { name: event.name }));
  return (
    <>
      <CapacityCard />
      <RegistrationCharts />
      <TicketTypesCard />
      <RoomsCard />
    </>
  );
}
