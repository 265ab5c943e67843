// What a seller page shows when it cannot load: for a seller without an organisation, the way to
// apply; for anything else, the error with a retry.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ClockIcon } from '../../app/ui/icons';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, NoAccess } from '../../app/ui/states';
import { isCode, isForbidden } from '../../app/use-api';

export function NeedsOrganisation({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  if (isCode(error, 'no_organisation')) {
    return (
      <EmptyState
        title={t('seller.needsOrg.title')}
        icon={<ClockIcon size={28} />}
        action={
          <Link className="btn btn-primary" to="/seller/apply">
            {t('seller.needsOrg.action')}
          </Link>
        }
      >
        <p>{t('seller.needsOrg.body')}</p>
      </EmptyState>
    );
  }
  if (isForbidden(error)) return <NoAccess />;
  return <ErrorNotice error={error} onRetry={onRetry} />;
}
