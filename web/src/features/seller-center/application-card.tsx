// The dashboard's "Your application" card for a seller without an organisation: where the application
// stands and the way into the wizard.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ClockIcon } from '../../app/ui/icons';
import { EmptyState } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { ApplicationStatusBadge } from '../applications/application-status';
import type { Application } from '../applications/application-types';

export function ApplicationCard() {
  const { t } = useT();
  const query = useApiQuery<Application>('/seller/application');
  const a = query.data;
  const status = a?.status ?? 'none';
  const action = status === 'none' ? 'start' : status === 'draft' ? 'continue' : status === 'changes_requested' ? 'update' : 'view';
  return (
    <section className="card seller-application" aria-labelledby="application-title" data-status={status}>
      <EmptyState
        title={t('seller.application.title')}
        icon={<ClockIcon size={28} />}
        action={
          query.loading ? null : (
            <Link className="btn btn-primary" to="/seller/apply">
              {t(`seller.application.action.${action}`)}
            </Link>
          )
        }
      >
        {a ? (
          <p>
            <ApplicationStatusBadge status={a.status} />
          </p>
        ) : null}
        <p>{t(`seller.application.state.${status}`)}</p>
        {a?.decisionReason && (a.status === 'changes_requested' || a.status === 'rejected') ? (
          <blockquote className="decision-reason">
            <strong>{t('apply.banner.reason')}</strong> {a.decisionReason}
          </blockquote>
        ) : null}
      </EmptyState>
    </section>
  );
}
