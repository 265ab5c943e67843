// The business registration form (/conference/:slug/register): ticket type, who you are, your business
// (company, business type, state, what you sell, China experience, interests), dietary and accessibility
// needs, consent to contact. Checked here as the server checks it; the server's field errors appear at
// their fields. On success the registrant lands on their registration page with the manage key in the
// address fragment (#key=…), which that page keeps on this device.
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { fieldErrorText } from '../../app/ui/error-text';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading, NotFound } from '../../app/ui/states';
import { isCode, useApiQuery } from '../../app/use-api';
import { useSession } from '../../app/session';
import { rememberKey } from './attendee-api';
import { CapacityBadge, usePrice } from './capacity';
import { ActionError } from './conference-errors';
import { ConferenceFrame, eventPath } from './conference-frame';
import type { EventPage, Registered } from './conference-types';
import { dayRange } from './event-time';
import { RegistrationWindowText } from './event-page';
import { BusinessFields, NeedsFields, PersonFields } from './register-fields';
import { checkDraft, draftFieldOf, emptyDraft, FIELD_ORDER, registrationStates, toInput, type DraftField, type RegistrationDraft } from './registration-form';

export function RegisterPage() {
  const { slug = '' } = useParams();
  const { t } = useT();
  const { data: event, error, loading, reload } = useApiQuery<EventPage>(`/conference/events/${encodeURIComponent(slug)}`);
  useDocumentTitle(event ? t('conf.form.docTitle', { event: event.name }) : t('conf.nav.register'));
  if (isCode(error, 'not_found')) {
    return (
      <ConferenceFrame>
        <NotFound home="/conference" />
      </ConferenceFrame>
    );
  }
  return (
    <ConferenceFrame slug={slug} eventName={event?.name}>
      {event ? <RegisterForm event={event} /> : loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}
    </ConferenceFrame>
  );
}

function EventSummaryCard({ event }: { event: EventPage }) {
  const { t, locale } = useT();
  return (
    <aside className="card conf-summary" aria-label={t('conf.form.summary')}>
      <h2 className="section-title">{event.name}</h2>
      <p>{dayRange(event.startsOn, event.endsOn, locale)}</p>
      <p className="muted small">
        {event.venueName} · {event.venueAddress}
      </p>
      <p>
        <CapacityBadge status={event.capacity.status} seatsLeft={event.capacity.seatsLeft} />
      </p>
      <p className="muted small">
        <RegistrationWindowText event={event} />
      </p>
      <p className="small">{t('conf.form.privacy')}</p>
    </aside>
  );
}

function RegisterForm({ event }: { event: EventPage }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const price = usePrice();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const asked = event.ticketTypes.find((tt) => tt.code === params.get('ticket'));
  const firstOpen = event.ticketTypes.find((tt) => tt.status === 'available') ?? event.ticketTypes[0];
  const [draft, setDraft] = useState<RegistrationDraft>(() => emptyDraft((asked ?? firstOpen)?.code ?? '', user?.email ?? ''));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const states = useMemo(() => registrationStates(locale, t), [locale, t]);
  const problems = checkDraft(draft, new Set(states.map((s) => s.code)));

  const set = <K extends DraftField>(field: K, value: RegistrationDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const serverFields = error instanceof ApiError ? new Set(error.fields.map((f) => draftFieldOf(f.field))) : new Set<DraftField | null>();
  const errorOf = (field: DraftField): string | undefined => {
    const local = tried ? problems[field] : undefined;
    if (local) return t(local);
    const path = error instanceof ApiError ? error.fields.find((f) => draftFieldOf(f.field) === field)?.field : undefined;
    return path ? fieldErrorText(error, path, i18n) : undefined;
  };
  const chosen = event.ticketTypes.find((tt) => tt.code === draft.ticketType);
  const waitlist = event.capacity.status === 'waitlist_only' || chosen?.status === 'waitlist';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const first = FIELD_ORDER.find((f) => problems[f]);
    if (first) {
      document.getElementById(`reg-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post<Registered>(`/conference/events/${encodeURIComponent(event.slug)}/registrations`, toInput(draft));
      rememberKey(answer.registration.id, answer.manageKey);
      void navigate(`/conference/registrations/${answer.registration.id}#key=${answer.manageKey}`, { state: { registered: true } });
    } catch (failure) {
      setError(failure);
      setBusy(false);
      const field = failure instanceof ApiError ? failure.fields.map((f) => draftFieldOf(f.field)).find(Boolean) : null;
      if (field) document.getElementById(`reg-${field}`)?.focus();
    }
  }

  if (!event.registration.open) {
    return (
      <div className="conf-form-layout">
        <div className="card conf-closed">
          <h1 className="page-title">{t('conf.form.title')}</h1>
          <p className="alert alert-info">
            <RegistrationWindowText event={event} />
          </p>
          <Link to={eventPath(event.slug)}>{t('conf.form.backToEvent')}</Link>
        </div>
        <EventSummaryCard event={event} />
      </div>
    );
  }

  const hasFieldErrors = [...serverFields].some(Boolean);
  return (
    <div className="conf-form-layout">
      <form className="conf-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="reg-title">
        <div>
          <h1 id="reg-title" className="page-title">
            {t('conf.form.title')}
          </h1>
          <p className="muted">{t('conf.form.lead', { event: event.name })}</p>
        </div>
        {error && !hasFieldErrors ? <ActionError error={error} /> : null}
        {error && hasFieldErrors ? <p className="alert alert-error" role="alert">{t('conf.form.fixFields')}</p> : null}

        <fieldset className="card choice-group conf-form-card" aria-describedby={errorOf('ticketType') ? 'reg-ticketType-error' : undefined}>
          <legend>{t('conf.form.ticket')}</legend>
          <div className="conf-ticket-choices">
            {event.ticketTypes.map((tt, i) => (
              <label key={tt.code} className="choice conf-ticket-choice">
                <input
                  id={i === 0 ? 'reg-ticketType' : undefined}
                  type="radio"
                  name="ticketType"
                  value={tt.code}
                  checked={draft.ticketType === tt.code}
                  onChange={() => set('ticketType', tt.code)}
                />
                <span>
                  <strong>{tt.name}</strong> <span className="conf-ticket-price">{price(tt.priceCents)}</span>
                  <small className="muted">{tt.description}</small>
                  <small className={tt.status === 'waitlist' ? 'conf-seats-full' : 'conf-seats'}>
                    {tt.status === 'waitlist' ? t('conf.ticket.waitlist') : t('conf.ticket.seatsLeft', { seats: tt.seatsLeft })}
                  </small>
                </span>
              </label>
            ))}
          </div>
          {errorOf('ticketType') ? (
            <p className="field-error" id="reg-ticketType-error">
              {errorOf('ticketType')}
            </p>
          ) : null}
        </fieldset>

        <PersonFields draft={draft} set={set} errorOf={errorOf} />
        <BusinessFields draft={draft} set={set} errorOf={errorOf} states={states} />
        <NeedsFields draft={draft} set={set} errorOf={errorOf} />

        {waitlist ? <p className="alert alert-info">{t('conf.form.waitlistNote')}</p> : null}
        <div className="form-actions conf-form-actions">
          <Link to={eventPath(event.slug)} className="btn btn-ghost">
            {t('common.cancel')}
          </Link>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('conf.form.sending') : waitlist ? t('conf.cta.joinWaitlist') : t('conf.form.submit')}
          </button>
        </div>
      </form>
      <EventSummaryCard event={event} />
    </div>
  );
}
