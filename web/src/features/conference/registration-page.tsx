// "My registration" (/conference/registrations/:registrationId), reached with the manage key (the
// confirmation e-mail's link, or the redirect after registering) or as the signed-in registrant: the
// status (confirmed / waitlisted with the place in line / offered with a deadline and Claim / cancelled),
// and for a confirmed seat the ticket QR with the downloads, the agenda with session sign-up, and 1:1
// meetings; then the seller application, the answers given, and cancelling (after a confirmation).
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { EmptyState, Loading } from '../../app/ui/states';
import { isCode } from '../../app/use-api';
import { ConferenceFrame, eventPath } from './conference-frame';
import type { Registration } from './conference-types';
import { dayRange } from './event-time';
import { MeetingsSection } from './meetings-section';
import { MyAgenda } from './my-agenda';
import { registrationStates } from './registration-form';
import { RegistrationStatus } from './registration-status';
import { SellerApplicationCard } from './seller-application-card';
import { TicketCard } from './ticket-card';
import { useRegistration } from './use-registration';

function Details({ registration: r }: { registration: Registration }) {
  const { t, locale } = useT();
  const rows: Array<[string, string]> = [
    [t('conf.details.name'), `${r.firstName} ${r.lastName}`],
    [t('conf.details.email'), r.email],
    [t('conf.details.company'), r.company],
    [t('conf.details.state'), registrationStates(locale, t).find((s) => s.code === r.state)?.name ?? r.state],
    [t('conf.details.ticket'), r.ticketType.name],
  ];
  if (r.dietary) rows.push([t('conf.form.dietary'), r.dietary]);
  if (r.accessibility) rows.push([t('conf.form.accessibility'), r.accessibility]);
  return (
    <section className="card conf-side-card" aria-labelledby="conf-details-title">
      <h2 id="conf-details-title" className="section-title">
        {t('conf.details.title')}
      </h2>
      <dl className="conf-details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('conf.details.changeHint')}</p>
    </section>
  );
}

function CannotOpen({ hasKey }: { hasKey: boolean }) {
  const { t } = useT();
  return (
    <EmptyState title={t('conf.reg.cannotOpen')} action={<Link to="/conference">{t('conf.reg.findEvent')}</Link>}>
      <p>{hasKey ? t('conf.reg.wrongKey') : t('conf.reg.noKey')}</p>
    </EmptyState>
  );
}

export function RegistrationPage() {
  const { registrationId = '' } = useParams();
  const location = useLocation();
  const { t, locale } = useT();
  const { api, hasKey, registration: r, error, loading, reload, setRegistration } = useRegistration(registrationId);
  const [cancelling, setCancelling] = useState(false);
  const [agendaVersion, setAgendaVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(() => ((location.state as { registered?: boolean } | null)?.registered ? 'registered' : null));
  useDocumentTitle(t('conf.reg.title'));

  if (!r) {
    const missing = isCode(error, 'not_found') || isCode(error, 'invalid_request');
    return (
      <ConferenceFrame>
        {loading ? <Loading /> : missing ? <CannotOpen hasKey={hasKey} /> : <ErrorNotice error={error} onRetry={reload} />}
      </ConferenceFrame>
    );
  }

  const confirmed = r.status === 'confirmed';
  const note =
    message === 'registered'
      ? t(r.status === 'confirmed' ? 'conf.reg.welcome' : r.status === 'offered' ? 'conf.reg.welcomePayment' : 'conf.reg.welcomeWaitlist', { email: r.email })
      : message;
  return (
    <ConferenceFrame slug={r.event.slug} eventName={r.event.name} wide registered={r.status !== 'cancelled'}>
      <div className="page-head conf-page-head">
        <div>
          <h1 className="page-title">{t('conf.reg.title')}</h1>
          <p className="muted">
            {r.event.name} · {dayRange(r.event.startsOn, r.event.endsOn, locale)} · {r.firstName} {r.lastName}, {r.company}
          </p>
        </div>
      </div>
      <SuccessNotice message={note} />
      {message === 'registered' ? <p className="muted small conf-keep-link">{t('conf.reg.keepLink')}</p> : null}
      <div className="conf-reg-layout">
        <div className="conf-reg-main">
          <RegistrationStatus registration={r} api={api} onChange={setRegistration} onStale={reload} />
          {confirmed ? <MyAgenda registration={r} api={api} onChanged={() => setAgendaVersion((n) => n + 1)} /> : null}
          {confirmed ? <MeetingsSection registration={r} api={api} agendaVersion={agendaVersion} /> : null}
          {!confirmed && r.status !== 'cancelled' ? <p className="muted">{t('conf.reg.afterConfirm')}</p> : null}
        </div>
        <aside className="conf-reg-side">
          {confirmed ? <TicketCard registration={r} api={api} /> : null}
          {r.status !== 'cancelled' ? <SellerApplicationCard registration={r} api={api} onChange={setRegistration} /> : null}
          <Details registration={r} />
          {r.status !== 'cancelled' ? (
            <section className="card conf-side-card" aria-labelledby="conf-cancel-title">
              <h2 id="conf-cancel-title" className="section-title">
                {t('conf.reg.cancelTitle')}
              </h2>
              <p className="muted small">{t('conf.reg.cancelLead')}</p>
              <button type="button" className="btn btn-secondary conf-danger-outline" onClick={() => setCancelling(true)}>
                {t('conf.reg.cancel')}
              </button>
            </section>
          ) : (
            <Link className="btn btn-secondary" to={eventPath(r.event.slug)}>
              {t('conf.form.backToEvent')}
            </Link>
          )}
        </aside>
      </div>
      {cancelling ? (
        <ReasonDialog
          title={t('conf.reg.cancelConfirmTitle', { event: r.event.name })}
          body={t('conf.reg.cancelConfirmBody')}
          reason="none"
          danger
          confirmLabel={t('conf.reg.cancelConfirm')}
          onClose={() => setCancelling(false)}
          onConfirm={async () => {
            setRegistration(await api.post<Registration>('/cancel'));
            setMessage(t('conf.reg.cancelled'));
            window.scrollTo({ top: 0 });
          }}
        />
      ) : null}
    </ConferenceFrame>
  );
}
