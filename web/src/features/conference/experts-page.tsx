// The experts holding 1:1 office hours at an event (/conference/:slug/experts): marketplace category
// managers, logistics, payments, legal and marketing people, with their open 20-minute slots. Booking
// happens on the attendee's registration page, so this page sends visitors to register first.
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, Loading, NotFound } from '../../app/ui/states';
import { isCode, useApiQuery } from '../../app/use-api';
import { ConferenceFrame, eventPath } from './conference-frame';
import type { EventPage, ExpertList } from './conference-types';
import { ExpertCard } from './expert-card';

export function ExpertsPage() {
  const { slug = '' } = useParams();
  const { t } = useT();
  const event = useApiQuery<EventPage>(`/conference/events/${encodeURIComponent(slug)}`);
  const experts = useApiQuery<ExpertList>(`/conference/events/${encodeURIComponent(slug)}/experts`);
  useDocumentTitle(event.data ? t('conf.experts.docTitle', { event: event.data.name }) : t('conf.nav.experts'));

  if (isCode(event.error, 'not_found') || isCode(experts.error, 'not_found')) {
    return (
      <ConferenceFrame>
        <NotFound home="/conference" />
      </ConferenceFrame>
    );
  }
  const list = experts.data;
  return (
    <ConferenceFrame slug={slug} eventName={event.data?.name} wide>
      <div className="page-head conf-page-head">
        <div>
          <h1 className="page-title">{t('conf.experts.title')}</h1>
          <p className="muted">{t('conf.experts.lead')}</p>
        </div>
        <Link className="btn btn-primary" to={eventPath(slug, '/register')}>
          {t('conf.cta.register')}
        </Link>
      </div>
      <p className="alert alert-info">{t('conf.experts.howToBook')}</p>
      {experts.error ? <ErrorNotice error={experts.error} onRetry={experts.reload} /> : null}
      {experts.loading && !list ? <Loading /> : null}
      {list && list.items.length === 0 ? <EmptyState title={t('conf.experts.empty')} /> : null}
      {list && list.items.length > 0 ? (
        <ul className="conf-experts">
          {list.items.map((expert) => (
            <ExpertCard key={expert.id} expert={expert} timeZone={list.timeZone} />
          ))}
        </ul>
      ) : null}
    </ConferenceFrame>
  );
}
