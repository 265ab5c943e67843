// The attendee's ticket (confirmed registrations): the QR code of the signed ticket token to show at
// the door (the token is on the figure's data-token, for staff tools and tests), and the downloads that
// need the manage key — badge PDF and personal agenda .ics — fetched with the header and saved as files,
// plus the public event .ics.
import { useEffect, useState } from 'react';
import { apiUrl } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { Loading } from '../../app/ui/states';
import { saveBlob, type AttendeeApi } from './attendee-api';
import { ActionError } from './conference-errors';
import type { Registration, Ticket } from './conference-types';

type Download = 'badge' | 'agenda';

export function TicketCard({ registration, api }: { registration: Registration; api: AttendeeApi }) {
  const { t } = useT();
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState<Download | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.get<Ticket>('/ticket', controller.signal).then(setTicket, (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure);
    });
    return () => controller.abort();
  }, [api]);

  async function download(kind: Download) {
    setDownloading(kind);
    setDownloadError(null);
    try {
      const blob = await api.file(kind === 'badge' ? '/badge.pdf' : '/calendar.ics');
      saveBlob(blob, kind === 'badge' ? `badge-${registration.event.slug}.pdf` : `${registration.event.slug}-my-agenda.ics`);
    } catch (failure) {
      setDownloadError(failure);
    } finally {
      setDownloading(null);
    }
  }

  const name = `${registration.firstName} ${registration.lastName}`;
  return (
    <section className="card conf-ticket-card" aria-labelledby="conf-ticket-title">
      <h2 id="conf-ticket-title" className="section-title">
        {t('conf.ticketCard.title')}
      </h2>
      {ticket ? (
        <figure className="conf-qr" data-token={ticket.token} data-testid="ticket-qr">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(ticket.qrSvg)}`} alt={t('conf.ticketCard.qrAlt', { name })} width={220} height={220} />
          <figcaption>
            <strong>{name}</strong>
            <span>{registration.company}</span>
            <span className="muted small">{registration.ticketType.name}</span>
          </figcaption>
        </figure>
      ) : error ? (
        <ActionError error={error} />
      ) : (
        <Loading />
      )}
      <p className="muted small">{t('conf.ticketCard.hint')}</p>
      <div className="conf-downloads" role="group" aria-label={t('conf.ticketCard.downloads')}>
        <button type="button" className="btn btn-secondary" onClick={() => void download('badge')} disabled={downloading !== null}>
          {downloading === 'badge' ? t('conf.ticketCard.preparing') : t('conf.ticketCard.badge')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => void download('agenda')} disabled={downloading !== null}>
          {downloading === 'agenda' ? t('conf.ticketCard.preparing') : t('conf.ticketCard.agendaIcs')}
        </button>
        <a className="btn btn-secondary" href={apiUrl(`/conference/events/${encodeURIComponent(registration.event.slug)}/calendar.ics`)} download>
          {t('conf.ticketCard.eventIcs')}
        </a>
      </div>
      <ActionError error={downloadError} />
    </section>
  );
}
