// /seller/team: who is in the organisation, the invitations sent, and (for the owner) inviting someone
// by e-mail. Staff see the same lists read-only.
import { useState } from 'react';
import { api } from '../../app/api-client';
import type { Organisation } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { InvitationsTable } from './invitations-table';
import { InviteForm } from './invite-form';
import { NeedsOrganisation } from './needs-organisation';
import type { Invitation } from './store-types';
import { TeamTable } from './team-table';

export function TeamPage() {
  const { t } = useT();
  const { user } = useSession();
  const org = useApiQuery<Organisation>('/seller/organisation');
  const invitations = useApiQuery<{ items: Invitation[] }>(org.data ? '/seller/invitations' : null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  useDocumentTitle(t('team.title'));

  if (org.error) return <NeedsOrganisation error={org.error} onRetry={org.reload} />;
  if (!org.data) return <Loading />;
  const isOwner = org.data.members.some((m) => m.userId === user?.id && m.role === 'owner');

  return (
    <div className="team-page form-stack">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('team.title')}</h1>
          <p className="muted page-lead">{isOwner ? t('team.leadOwner') : t('team.leadStaff')}</p>
        </div>
      </div>
      <TeamTable members={org.data.members} title={t('team.members')} />
      {isOwner ? <InviteForm onInvited={invitations.reload} /> : null}
      <InvitationsTable query={invitations} members={org.data.members} canRevoke={isOwner} onRevoke={setRevoking} />
      {revoking ? (
        <ReasonDialog
          title={t('team.revokeTitle', { email: revoking.email })}
          body={t('team.revokeBody')}
          reason="none"
          confirmLabel={t('team.revoke')}
          danger
          onConfirm={async () => {
            await api.delete(`/seller/invitations/${encodeURIComponent(revoking.id)}`);
            invitations.reload();
          }}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </div>
  );
}
