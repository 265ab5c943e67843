// 取消订单: asks why (a few common reasons, or the shopper's own words) before cancelling an unpaid order.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { useModalForm } from '../../app/ui/use-modal-form';

const REASONS = ['changed_mind', 'wrong_details', 'cheaper', 'other'] as const;
type Reason = (typeof REASONS)[number];

export function CancelDialog({ onConfirm, onClose }: { onConfirm(reason: string): Promise<void>; onClose(): void }) {
  const { t } = useT();
  const { ref, id, error, busy, submitWith, onCancel } = useModalForm(onClose);
  const [choice, setChoice] = useState<Reason>('changed_mind');
  const [other, setOther] = useState('');
  const reason = choice === 'other' ? other.trim() : t(`order.reason.${choice}`);
  const submit = submitWith(() => onConfirm(reason));

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={`${id}-title`}
      onCancel={onCancel}
    >
      <form className="modal-body" onSubmit={submit}>
        <h2 id={`${id}-title`} className="modal-title">
          {t('order.cancelTitle')}
        </h2>
        <p className="muted">{t('order.cancelBody')}</p>
        <ErrorNotice error={error} />
        <fieldset className="choice-group">
          <legend>{t('order.cancelReason')}</legend>
          <div className="choice-list">
            {REASONS.map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="reason" value={r} checked={choice === r} onChange={() => setChoice(r)} />
                <span>{t(`order.reason.${r}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {choice === 'other' ? (
          <div className="field">
            <label htmlFor={`${id}-other`}>{t('order.reasonOther')}</label>
            <textarea id={`${id}-other`} maxLength={500} value={other} onChange={(e) => setOther(e.target.value)} required autoFocus />
          </div>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
            {t('order.keep')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy || reason.length === 0}>
            {busy ? t('order.cancelling') : t('order.confirmCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
