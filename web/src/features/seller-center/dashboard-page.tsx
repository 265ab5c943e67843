// The seller's dashboard: their organisation and team, or (for an applicant) what comes next, and
// the path to selling in China either way.
import { useEffect } from 'react';
import type { Organisation } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading, NoAccess } from '../../app/ui/states';
import { isCode, isForbidden, useApiQuery } from '../../app/use-api';
import { ApplicationCard } from './application-card';
import { OrganisationCard } from './organisation-card';
import { SellingPath } from './selling-path';
import { TeamTable } from './team-table';

export function DashboardPage() {
  const { t } = useT();
  const { user, refresh } = useSession();
  const org = useApiQuery<Organisation>('/seller/organisation');
  const applicant = isCode(org.error, 'no_organisation');
  useDocumentTitle(t('seller.nav.dashboard'));

  // An approved applicant's session learns its new organisation on a re-read (the sidebar and pages use it).
  const hasOrg = Boolean(org.data);
  useEffect(() => {
    if (hasOrg && !user?.sellerId) void refresh();
  }, [hasOrg, user?.sellerId, refresh]);

  return (
    <div className="seller-dashboard">
      <div className="page-head">
        <h1 className="page-title">{t('seller.welcome', { name: user?.name ?? '' })}</h1>
      </div>
      {org.loading ? <Loading /> : null}
      {isForbidden(org.error) ? <NoAccess /> : null}
      {org.error && !applicant && !isForbidden(org.error) ? <ErrorNotice error={org.error} onRetry={org.reload} /> : null}
      {applicant ? <ApplicationCard /> : null}
      {org.data ? (
        <div className="seller-grid">
          <OrganisationCard org={org.data} />
          <TeamTable members={org.data.members} />
        </div>
      ) : null}
      {org.data || applicant ? <SellingPath approved={Boolean(org.data)} /> : null}
    </div>
  );
}
