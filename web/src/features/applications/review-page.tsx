// Ops › Applications › one application: every field, the documents (downloads), the history, and the
// decision: approve (optional note), request changes or reject (a reason the seller reads).
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { ApplicationHistory } from './application-history';
import { ApplicationStatusBadge } from './application-status';
import { ApplicationSummary } from './application-summary';
import type { Application } from './application-types';
import './application-review.css';
import './applications.css';

type Decision = 'approve' | 'request-changes' | 'reject';
const DECISION_KEY = { approve: 'approve', 'request-changes': 'requestChanges', reject: 'reject' } as const;

export function ReviewPage() {
  const { t } = useT();
  const { applicationId = '' } = useParams();
  const query = useApiQuery<Application>(`/ops/applications/${encodeURIComponent(applicationId)}`);
  const [current, setCurrent] = useState<Application | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const a = current ?? query.data;
  useDocumentTitle(a ? (a.tradeName ?? a.legalName ?? t('review.title')) : t('review.title'));

  if (query.loading && !a) return <Loading />;
  if (!a) return <ErrorNotice error={query.error} onRetry={query.reload} />;

  async function decide(kind: Decision, reason: string) {
    const body = kind === 'approve' ? (reason ? { note: reason } : {}) : { reason };
    const answer = await api.post<Application>(`/ops/applications/${encodeURIComponent(a!.id)}/${kind}`, body);
    setCurrent(answer);
    setDone(t(`review.done.${DECISION_KEY[kind]}`));
  }

  const key = decision ? DECISION_KEY[decision] : null;
  return (
    <div className="ops-page review-page">
      <nav aria-label={t('common.breadcrumbs')} className="breadcrumbs">
        <Link to="/ops/applications">{t('review.title')}</Link>
      </nav>
      <div className="page-head review-head">
        <div>
          <h1 className="page-title">
            {a.tradeName || a.legalName || t('review.unnamed')} <ApplicationStatusBadge status={a.status} />
          </h1>
          <p className="muted">
            {t('review.by', { name: a.applicant.name, email: a.applicant.email })}
            {a.submittedAt ? ` · ${t('review.submittedAt', { date: new Date(a.submittedAt) })}` : ''}
          </p>
        </div>
        {a.status === 'submitted' ? (
          <div className="review-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setDecision('request-changes')}>
              {t('review.action.requestChanges')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => setDecision('reject')}>
              {t('review.action.reject')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setDecision('approve')}>
              {t('review.action.approve')}
            </button>
          </div>
        ) : null}
      </div>
      <SuccessNotice message={done} />
      {a.decisionReason ? (
        <blockquote className="decision-reason">
          <strong>{t('apply.banner.reason')}</strong> {a.decisionReason}
        </blockquote>
      ) : null}
      {a.status === 'approved' && a.sellerId ? (
        <p>
          <Link to={`/ops/sellers?q=${encodeURIComponent(a.tradeName ?? a.legalName ?? '')}`}>{t('review.openSeller')}</Link>
        </p>
      ) : null}
      <div className="review-layout">
        <div className="card review-card">
          <ApplicationSummary application={a} />
        </div>
        {a.history?.length ? <ApplicationHistory history={a.history} /> : null}
      </div>
      {decision && key ? (
        <ReasonDialog
          title={t(`review.dialog.${key}.title`, { name: a.tradeName ?? a.legalName ?? '' })}
          body={t(`review.dialog.${key}.body`)}
          reason={decision === 'approve' ? 'optional' : 'required'}
          reasonField={decision === 'approve' ? 'note' : 'reason'}
          reasonLabel={t(decision === 'approve' ? 'review.note' : 'review.reasonForSeller')}
          confirmLabel={t(`review.action.${key}`)}
          danger={decision === 'reject'}
          onConfirm={(reason) => decide(decision, reason)}
          onClose={() => setDecision(null)}
        />
      ) : null}
    </div>
  );
}
