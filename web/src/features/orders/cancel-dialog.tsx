// 取消订单 and 申请退货退款: ask why (a few common reasons, or the shopper's own words) before cancelling an
// unpaid order or asking to return a delivered one.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { useModalForm } from '../../app/ui/use-modal-form';

const TEXTS = {
  cancel: {
    reasons: ['changed_mind', 'wrong_details', 'cheaper', 'other'],
    title: 'order.cancelTitle', body: 'order.cancelBody', legend: 'order.cancelReason', keep: 'order.keep', confirm: 'order.confirmCancel', busy: 'order.cancelling',
  },
  return: {
    reasons: ['damaged', 'not_as_described', 'wrong_item', 'other'],
    title: 'order.returnTitle', body: 'order.returnBody', legend: 'order.returnReason', keep: 'order.returnKeep', confirm: 'order.confirmReturn', busy: 'order.returning',
  },
} as const;
type Reason = (typeof TEXTS)[keyof typeof TEXTS]['reasons'][number];

export function CancelDialog({ kind = 'cancel', onConfirm, onClose }: { kind?: keyof typeof TEXTS; onConfirm(reason: string): Promise<void>; onClose(): void }) {
  const { t } = useT();
  const texts = TEXTS[kind];
  const REASONS = texts.reasons;
  const { ref, id, error, busy, submitWith, onCancel } = useModalForm(onClose);
  const [choice, setChoice] = useState<Reason>(REASONS[0]);
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
          {t(texts.title)}
        </h2>
        <p className="muted">{t(texts.body)}</p>
        <ErrorNotice error={error} />
        <fieldset className="choice-group">
          <legend>{t(texts.legend)}</legend>
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
            {t(texts.keep)}
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy || reason.length === 0}>
            {busy ? t(texts.busy) : t(texts.confirm)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
