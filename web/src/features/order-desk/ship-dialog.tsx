// Ship an order: the carrier (common ones offered) and its tracking number, which the shopper sees.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { useModalForm } from '../../app/ui/use-modal-form';

const CARRIERS = ['EMS', 'SF Express', 'China Post', 'UPS', 'FedEx', 'DHL'];

export function ShipDialog({ onShip, onClose }: { onShip(shipment: { carrier: string; trackingNo: string }): Promise<void>; onClose(): void }) {
  const i18n = useT();
  const { t } = i18n;
  const { ref, id, error, busy, submitWith, onCancel } = useModalForm(onClose);
  const [carrier, setCarrier] = useState('EMS');
  const [trackingNo, setTrackingNo] = useState('');
  const submit = submitWith(() => onShip({ carrier: carrier.trim(), trackingNo: trackingNo.trim() }));
  return (
    <dialog ref={ref} className="modal" aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <form className="modal-body" onSubmit={submit}>
        <h2 id={`${id}-title`} className="modal-title">
          {t('desk.action.ship')}
        </h2>
        <p className="muted">{t('desk.confirm.ship')}</p>
        <ErrorNotice error={error} />
        <Field label={t('desk.carrier')} name="carrier" list={`${id}-carriers`} required minLength={2} maxLength={40} value={carrier} onChange={(e) => setCarrier(e.target.value)} error={fieldErrorText(error, 'carrier', i18n)} />
        <datalist id={`${id}-carriers`}>
          {CARRIERS.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field
          label={t('desk.trackingNo')}
          name="trackingNo"
          hint={t('desk.trackingHint')}
          required
          pattern="[A-Za-z0-9][A-Za-z0-9\-]{3,39}"
          maxLength={40}
          autoFocus
          value={trackingNo}
          onChange={(e) => setTrackingNo(e.target.value)}
          error={fieldErrorText(error, 'trackingNo', i18n)}
        />
        <div className="modal-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('ops.dialog.working') : t('desk.action.ship')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
