// The public agenda (/conference/:slug/agenda): every scheduled session with room, time (the event's
// zone), speakers and seats left, filtered by day, track and kind (kept in the address, so a filtered
// agenda can be shared), grouped by day.
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { SelectField } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, Loading, NotFound } from '../../app/ui/states';
import { isCode, useApiQuery } from '../../app/use-api';
import { ConferenceFrame, eventPath } from './conference-frame';
import { SESSION_KINDS, type PublicAgenda, type Session } from './conference-types';
import { dayHeading, dayShort } from './event-time';
import { SessionCard } from './session-card';

export function byDay(sessions: Session[]): Array<[string, Session[]]> {
  const days = new Map<string, Session[]>();
  for (const s of sessions) days.set(s.day, [...(days.get(s.day) ?? []), s]);
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function AgendaPage() {
  const { slug = '' } = useParams();
  const { t, locale } = useT();
  const [params, setParams] = useSearchParams();
  const filter = { day: params.get('day') ?? '', track: params.get('track') ?? '', kind: params.get('kind') ?? '' };
  const { data, error, loading, reload } = useApiQuery<PublicAgenda>(`/conference/events/${encodeURIComponent(slug)}/agenda`, filter);
  useDocumentTitle(data ? t('conf.agenda.docTitle', { event: data.event.name }) : t('conf.nav.agenda'));

  const set = (key: keyof typeof filter, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filtered = Boolean(filter.day || filter.track || filter.kind);

  if (!data && isCode(error, 'not_found')) {
    return (
      <ConferenceFrame>
        <NotFound home="/conference" />
      </ConferenceFrame>
    );
  }
  const days = data?.event.days ?? [];
  const tracks = data?.tracks ?? [];
  return (
    <ConferenceFrame slug={slug} eventName={data?.event.name} wide>
      <div className="page-head conf-page-head">
        <div>
          <h1 className="page-title">{t('conf.agenda.title')}</h1>
          <p className="muted">{data ? t('conf.agenda.lead', { venue: data.event.venueName, zone: data.event.timeZone }) : null}</p>
        </div>
        <Link className="btn btn-primary" to={eventPath(slug, '/register')}>
          {t('conf.cta.register')}
        </Link>
      </div>

      <div className="card conf-filters" role="search" aria-label={t('conf.agenda.filters')}>
        <div className="conf-day-tabs" role="group" aria-label={t('conf.agenda.day')}>
          <button type="button" aria-pressed={!filter.day} onClick={() => set('day', '')}>
            {t('conf.agenda.allDays')}
          </button>
          {days.map((day) => (
            <button key={day} type="button" aria-pressed={filter.day === day} onClick={() => set('day', day)}>
              {dayShort(day, locale)}
            </button>
          ))}
        </div>
        <div className="conf-filter-selects">
          <SelectField label={t('conf.agenda.track')} value={filter.track} onChange={(e) => set('track', e.target.value)}>
            <option value="">{t('conf.agenda.allTracks')}</option>
            {tracks.map((track) => (
              <option key={track} value={track}>
                {track}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('conf.agenda.kind')} value={filter.kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">{t('conf.agenda.allKinds')}</option>
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`conf.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>

      <p className="muted small conf-agenda-hint">{t('conf.agenda.signupHint')}</p>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('conf.agenda.noMatch') : t('conf.agenda.empty')}
          action={
            filtered ? (
              <button type="button" className="btn btn-secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                {t('conf.agenda.clear')}
              </button>
            ) : undefined
          }
        />
      ) : null}
      {data && data.items.length > 0 ? (
        <div className="conf-agenda" aria-busy={loading}>
          <p className="muted small" aria-live="polite">
            {t('conf.agenda.count', { count: data.items.length })}
          </p>
          {byDay(data.items).map(([day, sessions]) => (
            <section key={day} className="conf-agenda-day" aria-labelledby={`day-${day}`}>
              <h2 id={`day-${day}`} className="conf-day-heading">
                {t('conf.event.dayN', { n: days.indexOf(day) + 1 })} · {dayHeading(day, locale)}
              </h2>
              <div className="conf-session-list">
                {sessions.map((s) => (
                  <SessionCard key={s.id} session={s} timeZone={data.event.timeZone} />
                ))}
              </div>
            </section>
          ))}
        </div>
      ) : null}
    </ConferenceFrame>
  );
}
