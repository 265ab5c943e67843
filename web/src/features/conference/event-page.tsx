// The event's public page (/conference/:slug): name, tagline, dates and venue in the event's time
// zone, how full it is (open / nearly full / waitlist only), whether registration is open, the ticket
// types with their seats left, the Register button, and the ways on: agenda, experts, calendar file.
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading, NotFound } from '../../app/ui/states';
import { isCode, useApiQuery } from '../../app/use-api';
import { CapacityBadge, usePrice } from './capacity';
import { ConferenceFrame, eventPath } from './conference-frame';
import type { EventPage as EventPageData, TicketType } from './conference-types';
import { dateTime, dayHeading, dayRange } from './event-time';

export function RegistrationWindowText({ event }: { event: EventPageData }) {
  const { t, locale } = useT();
  const r = event.registration;
  if (r.state === 'open') return <>{t('conf.window.open', { date: dateTime(r.closesAt, event.timeZone, locale, true) })}</>;
  if (r.state === 'not_yet_open') return <>{t('conf.window.notYet', { date: dateTime(r.opensAt, event.timeZone, locale, true) })}</>;
  return <>{t('conf.window.closed')}</>;
}

function TicketCard({ slug, ticket, canRegister }: { slug: string; ticket: TicketType; canRegister: boolean }) {
  const { t } = useT();
  const price = usePrice();
  const waitlist = ticket.status === 'waitlist';
  return (
    <li className="card conf-ticket" data-ticket={ticket.code}>
      <div className="conf-ticket-head">
        <h3>{ticket.name}</h3>
        <span className="conf-ticket-price">{price(ticket.priceCents)}</span>
      </div>
      <p className="muted">{ticket.description}</p>
      <div className="conf-ticket-foot">
        <span className={waitlist ? 'badge badge-danger' : 'badge badge-success'}>
          {waitlist ? t('conf.ticket.waitlist') : t('conf.ticket.seatsLeft', { seats: ticket.seatsLeft })}
        </span>
        {ticket.includesWorkshops ? <span className="badge badge-info">{t('conf.ticket.workshops')}</span> : null}
        {canRegister ? (
          <Link className="btn btn-secondary btn-sm conf-ticket-cta" to={`${eventPath(slug, '/register')}?ticket=${encodeURIComponent(ticket.code)}`}>
            {waitlist ? t('conf.cta.joinWaitlist') : t('conf.ticket.choose')}
          </Link>
        ) : null}
      </div>
    </li>
  );
}

export function EventPage() {
  const { slug = '' } = useParams();
  const { t, locale } = useT();
  const { data: event, error, loading, reload } = useApiQuery<EventPageData>(`/conference/events/${encodeURIComponent(slug)}`);
  useDocumentTitle(event?.name ?? t('conf.brand'));

  if (isCode(error, 'not_found') || isCode(error, 'invalid_request')) {
    return (
      <ConferenceFrame>
        <NotFound home="/conference" />
      </ConferenceFrame>
    );
  }
  if (!event) {
    return <ConferenceFrame slug={slug}>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</ConferenceFrame>;
  }

  const canRegister = event.registration.open;
  const waitlistOnly = event.capacity.status === 'waitlist_only';
  return (
    <ConferenceFrame slug={slug} eventName={event.name}>
      <section className="conf-hero" aria-labelledby="conf-event-title">
        <p className="conf-kicker">{t('conf.event.kicker', { dates: dayRange(event.startsOn, event.endsOn, locale) })}</p>
        <h1 id="conf-event-title" className="conf-hero-title">
          {event.name}
        </h1>
        <p className="conf-hero-tagline">{event.tagline}</p>
        <dl className="conf-facts">
          <div>
            <dt>{t('conf.event.when')}</dt>
            <dd>
              {dayRange(event.startsOn, event.endsOn, locale)}
              <small>{t('conf.event.timeZone', { zone: event.timeZone })}</small>
            </dd>
          </div>
          <div>
            <dt>{t('conf.event.where')}</dt>
            <dd>
              {event.venueName}
              <small>{event.venueAddress}</small>
            </dd>
          </div>
          <div>
            <dt>{t('conf.event.seats')}</dt>
            <dd>
              <CapacityBadge status={event.capacity.status} seatsLeft={event.capacity.seatsLeft} />
              <small>{waitlistOnly ? t('conf.event.waitlisted', { count: event.capacity.waitlisted }) : t('conf.event.capacity', { total: event.capacity.total })}</small>
            </dd>
          </div>
        </dl>
        <p className="conf-window" data-window={event.registration.state}>
          <RegistrationWindowText event={event} />
        </p>
        <div className="button-row conf-hero-actions">
          {canRegister ? (
            <Link className="btn btn-primary conf-cta" to={eventPath(slug, '/register')}>
              {waitlistOnly ? t('conf.cta.joinWaitlist') : t('conf.cta.register')}
            </Link>
          ) : null}
          <Link className="btn btn-secondary" to={eventPath(slug, '/agenda')}>
            {t('conf.cta.agenda')}
          </Link>
          <Link className="btn btn-secondary" to={eventPath(slug, '/experts')}>
            {t('conf.cta.experts')}
          </Link>
          <a className="btn btn-ghost" href={apiUrl(`/conference/events/${encodeURIComponent(slug)}/calendar.ics`)} download>
            {t('conf.cta.calendar')}
          </a>
        </div>
      </section>

      <div className="conf-columns">
        <section className="conf-section" aria-labelledby="conf-about">
          <h2 id="conf-about" className="section-title">
            {t('conf.event.about')}
          </h2>
          <p className="conf-prose">{event.description}</p>
          <h3 className="subsection-title conf-days-title">{t('conf.event.days')}</h3>
          <ul className="conf-day-links">
            {event.days.map((day, i) => (
              <li key={day}>
                <Link to={`${eventPath(slug, '/agenda')}?day=${day}`}>
                  <strong>{t('conf.event.dayN', { n: i + 1 })}</strong> {dayHeading(day, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="conf-section" aria-labelledby="conf-tickets">
          <h2 id="conf-tickets" className="section-title">
            {t('conf.event.tickets')}
          </h2>
          {event.ticketTypes.length === 0 ? (
            <p className="muted">{t('conf.event.noTickets')}</p>
          ) : (
            <ul className="conf-tickets">
              {event.ticketTypes.map((ticket) => (
                <TicketCard key={ticket.code} slug={slug} ticket={ticket} canRegister={canRegister} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </ConferenceFrame>
  );
}
