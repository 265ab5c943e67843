// One registration in a dialog: the form's answers, status (waitlist place or offer deadline), ticket,
// check-in; actions: print the badge (confirmed), cancel (an optional reason; the seat goes to the
// waitlist at once). Also the status badge the registrations table shows.
import { useState } from 'react';
import { api, apiUrl } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { useModalForm } from '../../app/ui/use-modal-form';
import type { Registration } from '../conference/conference-types';
import { isAttendeeType } from './conf-types';
import { useConfEvent } from './event-shell';
import { inZone } from './zoned-time';

const STATUS_CLASS = { confirmed: 'badge badge-success', offered: 'badge badge-warning', waitlisted: 'badge badge-info', cancelled: 'badge' } as const;

export function StatusBadge({ registration: r, timeZone }: { registration: Registration; timeZone: string }) {
  const { t, locale } = useT();
  return (
    <span className="conf-status">
      <span className={STATUS_CLASS[r.status]}>{t(`confOps.status.${r.status}`)}</span>
      {r.status === 'waitlisted' && r.waitlistPosition !== null ? <span className="muted small">{t('confOps.reg.position', { position: r.waitlistPosition })}</span> : null}
      {r.status === 'offered' && r.offerExpiresAt ? <span className="muted small">{t('confOps.reg.offerUntil', { until: inZone(r.offerExpiresAt, timeZone, locale) })}</span> : null}
      {r.endedBy === 'offer_lapsed' ? <span className="muted small">{t('confOps.reg.lapsed')}</span> : null}
    </span>
  );
}

type Props = { registration: Registration; onChanged: (r: Registration) => void; onClose: () => void };

export function RegistrationDialog({ registration: r, onChanged, onClose }: Props) {
  const { t, locale } = useT();
  const { event, reload } = useConfEvent();
  const { ref, id, onCancel } = useModalForm(onClose);
  const [cancelling, setCancelling] = useState(false);
  const when = (iso: string | null) => (iso ? inZone(iso, event.timeZone, locale) : '—');
  const rows: Array<[string, string]> = [
    [t('confOps.reg.company'), r.company],
    [t('confOps.reg.email'), r.email],
    [t('confOps.reg.state'), r.state],
    [t('confOps.reg.businessType'), r.businessType],
    [t('confOps.reg.sells'), r.sells],
    [t('confOps.reg.chinaExperience'), r.chinaExperience],
    [t('confOps.reg.interests'), r.interests.join(', ') || '—'],
    [t('confOps.reg.dietary'), r.dietary || '—'],
    [t('confOps.reg.accessibility'), r.accessibility || '—'],
    [t('confOps.reg.consent'), r.consentContact ? t('confOps.yes') : t('confOps.no')],
    [t('confOps.reg.ticketType'), r.ticketType.name],
    [t('confOps.badges.attendeeType'), isAttendeeType(r.attendeeType) ? t(`confOps.attendeeType.${r.attendeeType}`) : r.attendeeType],
    [t('confOps.reg.registered'), when(r.createdAt)],
    [t('confOps.reg.confirmed'), when(r.confirmedAt)],
    [t('confOps.reg.cancelled'), when(r.cancelledAt)],
    [t('confOps.reg.checkedIn'), when(r.checkedInAt)],
    [t('confOps.reg.sellerApplication'), r.sellerApplicationId ?? '—'],
  ];
  const cancellable = r.status !== 'cancelled';
  return (
    <>
      <dialog ref={ref} className="modal conf-detail" aria-labelledby={`${id}-title`} onCancel={onCancel}>
        <div className="modal-body">
          <h2 id={`${id}-title`} className="modal-title">
            {r.firstName} {r.lastName}
          </h2>
          <StatusBadge registration={r} timeZone={event.timeZone} />
          <dl className="conf-facts">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <div className="modal-actions">
            {r.status === 'confirmed' ? (
              <a className="btn btn-secondary" href={apiUrl(`/ops/conference/events/${event.id}/badges.pdf`, { registrationId: r.id, layout: 'single' })} download>
                {t('confOps.badges.one')}
              </a>
            ) : null}
            {cancellable ? (
              <button type="button" className="btn btn-danger" onClick={() => setCancelling(true)}>
                {t('confOps.reg.cancel')}
              </button>
            ) : null}
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {t('confOps.close')}
            </button>
          </div>
        </div>
      </dialog>
      {cancelling ? (
        <ReasonDialog
          title={t('confOps.reg.cancelTitle', { name: `${r.firstName} ${r.lastName}` })}
          body={t('confOps.reg.cancelBody')}
          reason="optional"
          confirmLabel={t('confOps.reg.cancel')}
          danger
          onConfirm={async (reason) => {
            const updated = await api.post<Registration>(`/ops/conference/registrations/${r.id}/cancel`, reason ? { reason } : {});
            onChanged(updated);
            reload();
          }}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </>
  );
}
