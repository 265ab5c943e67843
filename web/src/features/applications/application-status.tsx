// Where a submitted application stands, with the operator's words when they asked for changes or refused.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { CheckIcon, ClockIcon } from '../../app/ui/icons';
import type { Application, ApplicationStatus } from './application-types';

const TONE: Record<ApplicationStatus, string> = {
  draft: 'badge',
  submitted: 'badge badge-info',
  changes_requested: 'badge badge-warning',
  approved: 'badge badge-success',
  rejected: 'badge badge-danger',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useT();
  return <span className={TONE[status]}>{t(`apply.status.${status}`)}</span>;
}

export function ApplicationStatusBanner({ application }: { application: Application }) {
  const { t } = useT();
  const { status, decisionReason, submittedAt, decidedAt } = application;
  if (status === 'draft') return null;
  const when = decidedAt ?? submittedAt;
  return (
    <section className={`card status-banner status-banner-${status}`} aria-labelledby="application-state" data-status={status}>
      <span className="status-banner-icon" aria-hidden="true">
        {status === 'approved' ? <CheckIcon size={22} /> : <ClockIcon size={22} />}
      </span>
      <div className="status-banner-text">
        <h2 id="application-state" className="section-title">
          {t(`apply.banner.${status}.title`)} <ApplicationStatusBadge status={status} />
        </h2>
        {when ? <p className="muted">{t('common.dateTime', { date: new Date(when) })}</p> : null}
        <p>{t(`apply.banner.${status}.body`)}</p>
        {decisionReason && status !== 'submitted' ? (
          <blockquote className="decision-reason">
            <strong>{t('apply.banner.reason')}</strong> {decisionReason}
          </blockquote>
        ) : null}
        {status === 'approved' ? (
          <p>
            <Link className="btn btn-primary" to="/seller">
              {t('apply.goDashboard')}
            </Link>
          </p>
        ) : null}
      </div>
    </section>
  );
}
