// Confirm disabling or re-enabling an account, with the reason the audit log records.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import type { UserRow } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { ErrorNotice } from '../../app/ui/notice';

type Props = { user: UserRow; onClose: () => void; onChanged: (user: UserRow) => void };

export function UserStatusDialog({ user, onClose, onChanged }: Props) {
  const i18n = useT();
  const { t } = i18n;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const disabling = user.status === 'active';

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const updated = await api.post<UserRow>(`/ops/users/${encodeURIComponent(user.id)}/status`, {
        status: disabling ? 'disabled' : 'active',
        reason: reason.trim(),
      });
      onChanged(updated);
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  const reasonError = fieldErrorText(error, 'reason', i18n);
  return (
    <dialog ref={ref} className="modal" aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        // Escape: close through React state, so the parent unmounts the dialog.
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form className="modal-body" onSubmit={submit}>
        <h2 id={`${id}-title`} className="modal-title">
          {t(disabling ? 'ops.dialog.disableTitle' : 'ops.dialog.enableTitle', { name: user.name })}
        </h2>
        <p className="muted">{t(disabling ? 'ops.dialog.disableBody' : 'ops.dialog.enableBody')}</p>
        <ErrorNotice error={error} />
        <div className={reasonError ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-reason`}>{t('ops.dialog.reason')}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            required
            minLength={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ''}`}
            aria-invalid={reasonError ? true : undefined}
            autoFocus
          />
          <p className="field-hint" id={`${id}-hint`}>
            {t('ops.dialog.reasonHint')}
          </p>
          {reasonError ? (
            <p className="field-error" id={`${id}-error`}>
              {reasonError}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={disabling ? 'btn btn-danger' : 'btn btn-primary'} disabled={busy || reason.trim().length < 3}>
            {busy ? t('ops.dialog.working') : t(disabling ? 'ops.dialog.confirmDisable' : 'ops.dialog.confirmEnable')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
