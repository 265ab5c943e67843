// The organisation's invitations, newest first, with their state; the owner may revoke pending ones.
import type { Member } from '../../app/api-types';
import type { ApiQuery } from '../../app/use-api';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import type { Invitation, InvitationStatus } from './store-types';

const TONE: Record<InvitationStatus, string> = { pending: 'badge badge-info', accepted: 'badge badge-success', revoked: 'badge', expired: 'badge badge-warning' };

/** The server names the inviter by user id; a member's name reads better. */
const inviter = (by: Invitation['invitedBy'], members: Member[]) =>
  typeof by === 'string' ? (members.find((m) => m.userId === by)?.name ?? by) : (by?.name ?? by?.email ?? '—');

type Props = { query: ApiQuery<{ items: Invitation[] }>; members: Member[]; canRevoke: boolean; onRevoke: (i: Invitation) => void };

export function InvitationsTable({ query, members, canRevoke, onRevoke }: Props) {
  const { t } = useT();
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="invitations-title">
      <div className="section-head">
        <h2 id="invitations-title" className="section-title">
          {t('team.invitations')}
        </h2>
      </div>
      {query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : null}
      <TableCard
        label={t('team.invitations')}
        tableClass="data-table-stack"
        loading={query.loading}
        error={query.error}
        count={items.length}
        empty={t('team.noInvitations')}
        head={
          <>
            <th scope="col">{t('seller.team.email')}</th>
            <th scope="col">{t('team.status')}</th>
            <th scope="col">{t('team.invitedBy')}</th>
            <th scope="col">{t('team.sent')}</th>
            <th scope="col">{t('team.expires')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('ops.users.actions')}</span>
            </th>
          </>
        }
      >
        {items.map((i) => (
          <tr key={i.id}>
            <td data-label={t('seller.team.email')}>{i.email}</td>
            <td data-label={t('team.status')}>
              <span className={TONE[i.status]}>{t(`team.invitation.${i.status}`)}</span>
            </td>
            <td data-label={t('team.invitedBy')}>{inviter(i.invitedBy, members)}</td>
            <td className="nowrap" data-label={t('team.sent')}>
              {t('common.date', { date: new Date(i.createdAt) })}
            </td>
            <td className="nowrap" data-label={t('team.expires')}>
              {t('common.date', { date: new Date(i.expiresAt) })}
            </td>
            <td className="cell-actions">
              {canRevoke && i.status === 'pending' ? (
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => onRevoke(i)} aria-label={t('team.revokeFor', { email: i.email })}>
                  {t('team.revoke')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </TableCard>
    </section>
  );
}
