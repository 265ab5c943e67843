// Confirm disabling or re-enabling an account, with the reason the audit log records.
import { api } from '../../app/api-client';
import type { UserRow } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { ReasonDialog } from '../../app/ui/reason-dialog';

type Props = { user: UserRow; onClose: () => void; onChanged: (user: UserRow) => void };

export function UserStatusDialog({ user, onClose, onChanged }: Props) {
  const { t } = useT();
  const disabling = user.status === 'active';

  async function confirm(reason: string) {
    const updated = await api.post<UserRow>(`/ops/users/${encodeURIComponent(user.id)}/status`, {
      status: disabling ? 'disabled' : 'active',
      reason,
    });
    onChanged(updated);
  }

  return (
    <ReasonDialog
      title={t(disabling ? 'ops.dialog.disableTitle' : 'ops.dialog.enableTitle', { name: user.name })}
      body={t(disabling ? 'ops.dialog.disableBody' : 'ops.dialog.enableBody')}
      reason="required"
      confirmLabel={t(disabling ? 'ops.dialog.confirmDisable' : 'ops.dialog.confirmEnable')}
      danger={disabling}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
