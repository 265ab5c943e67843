// /seller/apply: the application to sell on Gateway. While it is a draft (or the operator asked for
// changes) it is a five-step wizard that saves on every step; after submitting it shows where it stands.
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, Loading } from '../../app/ui/states';
import { ApplicationHistory } from './application-history';
import { ApplicationStatusBanner } from './application-status';
import { ApplicationSummary } from './application-summary';
import { EDITABLE } from './application-types';
import { useApplication } from './use-application';
import { Wizard } from './wizard';
import './application-review.css';
import './applications.css';

export function ApplyPage() {
  const { t } = useT();
  const { user, refresh } = useSession();
  const state = useApplication();
  const { application } = state;
  useDocumentTitle(t('apply.title'));

  // Approval makes the applicant the owner of a new organisation; the session learns it on a re-read.
  const approved = application?.status === 'approved';
  useEffect(() => {
    if (approved && !user?.sellerId) void refresh();
  }, [approved, user?.sellerId, refresh]);

  if (state.loading) return <Loading />;
  if (state.loadError) return <ErrorNotice error={state.loadError} onRetry={state.reload} />;

  if (!application && user?.sellerId) {
    return (
      <EmptyState
        title={t('apply.memberTitle')}
        action={
          <Link className="btn btn-primary" to="/seller">
            {t('apply.goDashboard')}
          </Link>
        }
      >
        <p>{t('apply.memberBody')}</p>
      </EmptyState>
    );
  }

  const editable = !application || EDITABLE.includes(application.status);
  return (
    <div className="apply-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('apply.title')}</h1>
          <p className="muted page-lead">{t('apply.lead')}</p>
        </div>
      </div>
      {application ? <ApplicationStatusBanner application={application} /> : null}
      {application?.status === 'rejected' ? (
        <p>
          {/* A rejected applicant may apply again: saving starts a new draft. */}
          <button type="button" className="btn btn-secondary" onClick={() => void state.save({}).catch(() => state.reload())}>
            {t('apply.startAgain')}
          </button>
        </p>
      ) : null}
      {editable ? <Wizard state={state} /> : application ? <ApplicationSummary application={application} /> : null}
      {application?.history?.length ? <ApplicationHistory history={application.history} /> : null}
    </div>
  );
}
