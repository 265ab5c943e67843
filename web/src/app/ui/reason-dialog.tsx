// A confirmation in a native <dialog>, optionally asking for a reason (required or not) that the
// server records: approving, rejecting, suspending, revoking.
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { fieldErrorText } from './error-text';
import { ErrorNotice } from './notice';
import { useModalForm } from './use-modal-form';

export type ReasonDialogProps = {
  title: string;
  body?: string | undefined;
  /** 'required' asks for at least 3 characters; 'optional' may be left empty; 'none' shows no field. */
  reason: 'required' | 'optional' | 'none';
  reasonLabel?: string | undefined;
  reasonField?: string | undefined;
  confirmLabel: string;
  danger?: boolean | undefined;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
};

export function ReasonDialog({ title, body, reason: mode, reasonLabel, reasonField = 'reason', confirmLabel, danger, onConfirm, onClose }: ReasonDialogProps) {
  const i18n = useT();
  const { t } = i18n;
  const { ref, id, error, busy, submitWith, onCancel } = useModalForm(onClose);
  const [reason, setReason] = useState('');
  const submit = submitWith(() => onConfirm(reason.trim()));

  const reasonError = fieldErrorText(error, reasonField, i18n);
  const tooShort = mode === 'required' && reason.trim().length < 3;
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={`${id}-title`}
      // Escape: close through React state, so the parent unmounts the dialog.
      onCancel={onCancel}
    >
      <form className="modal-body" onSubmit={submit}>
        <h2 id={`${id}-title`} className="modal-title">
          {title}
        </h2>
        {body ? <p className="muted">{body}</p> : null}
        <ErrorNotice error={error} />
        {mode !== 'none' ? (
          <div className={reasonError ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-reason`}>{reasonLabel ?? t('ops.dialog.reason')}</label>
            <textarea
              id={`${id}-reason`}
              name="reason"
              required={mode === 'required'}
              minLength={mode === 'required' ? 3 : undefined}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ''}`}
              aria-invalid={reasonError ? true : undefined}
              autoFocus
            />
            <p className="field-hint" id={`${id}-hint`}>
              {mode === 'required' ? t('ops.dialog.reasonHint') : t('common.optionalNote')}
            </p>
            {reasonError ? (
              <p className="field-error" id={`${id}-error`}>
                {reasonError}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={busy || tooShort}>
            {busy ? t('ops.dialog.working') : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
