// The staff check-in page (/ops/conference/:eventId/checkin): the check-in desk with the operator's
// session (checkin-desk.tsx), and below it the event's door devices — phones and laptops volunteers use
// without an account (checkin-devices-card.tsx).
import { useMemo } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { opsCheckinApi } from './checkin-api';
import { CheckinDesk } from './checkin-desk';
import { CheckinDevicesCard } from './checkin-devices-card';
import { useConfEvent } from './event-shell';

export function CheckinPage() {
  const { t } = useT();
  const { event } = useConfEvent();
  const { refresh } = useSession();
  useDocumentTitle(t('confOps.checkin.title', { name: event.name }));
  const binding = useMemo(() => opsCheckinApi(event.id, () => void refresh()), [event.id, refresh]);
  return (
    <>
      <CheckinDesk binding={binding} timeZone={event.timeZone} />
      <CheckinDevicesCard eventId={event.id} timeZone={event.timeZone} />
    </>
  );
}
