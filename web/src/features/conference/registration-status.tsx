// Where a registration stands, in words: confirmed (and checked in, once scanned at the door), on the
// waitlist with the place in line, offered a seat with the deadline and a Claim button (or, for a paid
// ticket, a Pay button: payment-panel.tsx), or cancelled (by its holder or an operator, or because an
// offer lapsed).
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { AttendeeApi } from './attendee-api';
import { ActionError } from './conference-errors';
import type { Registration } from './conference-types';
import { dateTime } from './event-time';
import { needsPayment, PaymentFacts, PaymentPanel } from './payment-panel';

const TONE = { confirmed: 'badge-success', waitlisted: 'badge-warning', offered: 'badge-info', cancelled: 'badge-danger' } as const;

export function StatusBadge({ status }: { status: Registration['status'] }) {
  const { t } = useT();
  return (
    <span className={`badge ${TONE[status]}`} data-status={status}>
      {t(`conf.status.${status}`)}
    </span>
  );
}

type Props = { registration: Registration; api: AttendeeApi; onChange(next: Registration): void; onStale(): void };

export function RegistrationStatus({ registration: r, api, onChange, onStale }: Props) {
  const { t, locale } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const zone = r.event.timeZone;
  const at = (iso: string) => dateTime(iso, zone, locale);

  async function claim() {
    setBusy(true);
    setError(null);
    try {
      onChange(await api.post<Registration>('/claim'));
    } catch (failure) {
      setError(failure);
      onStale();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={`card conf-status conf-status-${r.status}`} aria-labelledby="conf-status-title" data-status={r.status}>
      <div className="conf-status-head">
        <h2 id="conf-status-title" className="section-title">
          {needsPayment(r) ? t('conf.status.title.payment') : t(`conf.status.title.${r.status}`)}
        </h2>
        <StatusBadge status={r.status} />
      </div>
      {r.status === 'confirmed' ? (
        <>
          <p>{t('conf.status.confirmedBody', { event: r.event.name, ticket: r.ticketType.name })}</p>
          {r.checkedInAt ? <p className="alert alert-success">{t('conf.status.checkedIn', { date: at(r.checkedInAt) })}</p> : null}
          <PaymentFacts registration={r} />
        </>
      ) : null}
      {r.status === 'waitlisted' ? (
        <>
          <p className="conf-place" data-place={r.placeInLine ?? ''}>
            {r.placeInLine ? t('conf.status.placeInLine', { place: r.placeInLine }) : t('conf.status.onWaitlist')}
          </p>
          <p className="muted">{t('conf.status.waitlistBody')}</p>
        </>
      ) : null}
      {needsPayment(r) ? <PaymentPanel registration={r} api={api} onStale={onStale} /> : null}
      {r.status === 'offered' && !needsPayment(r) ? (
        <>
          <p>{t('conf.status.offerBody', { ticket: r.ticketType.name })}</p>
          {r.offerExpiresAt ? <p className="conf-deadline">{t('conf.status.offerDeadline', { date: at(r.offerExpiresAt) })}</p> : null}
          <ActionError error={error} />
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={() => void claim()} disabled={busy}>
              {busy ? t('conf.status.claiming') : t('conf.status.claim')}
            </button>
          </div>
        </>
      ) : null}
      {r.status === 'cancelled' ? (
        <p>
          {r.endedBy === 'offer_lapsed'
            ? t('conf.status.lapsedBody')
            : r.cancelledAt
              ? t('conf.status.cancelledBody', { date: at(r.cancelledAt) })
              : t('conf.status.cancelledPlain')}
        </p>
      ) : null}
      {r.status === 'cancelled' ? <PaymentFacts registration={r} /> : null}
    </section>
  );
}
