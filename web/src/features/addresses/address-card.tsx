// One address in the book: who, which phone (masked in the list), where; 默认 on the default one, and
// the actions to edit, make default and delete (after a confirmation).
import { useT } from '../../app/i18n/i18n';
import { addressLine, type Address } from './address-types';

type Props = { address: Address; busy: boolean; onEdit: () => void; onMakeDefault: () => void; onDelete: () => void };

export function AddressCard({ address, busy, onEdit, onMakeDefault, onDelete }: Props) {
  const { t } = useT();
  const who = { recipient: address.recipient };
  return (
    <li className={address.isDefault ? 'address-card is-default' : 'address-card'} data-testid="address-card">
      <div className="address-who">
        <span className="address-recipient">{address.recipient}</span>
        <span className="address-phone">{address.phoneMasked}</span>
        {address.isDefault ? <span className="badge address-default-badge">{t('addr.default')}</span> : null}
      </div>
      <p className="address-line">{addressLine(address)}</p>
      <p className="address-postcode muted">{t('addr.postcodeShort', { postcode: address.postcode })}</p>
      <div className="address-actions">
        {address.isDefault ? null : (
          <button type="button" className="btn btn-ghost btn-sm" onClick={onMakeDefault} disabled={busy} aria-label={t('addr.makeDefaultLabel', who)}>
            {t('addr.makeDefault')}
          </button>
        )}
        <button type="button" className="btn btn-ghost btn-sm" onClick={onEdit} disabled={busy} aria-label={t('addr.editLabel', who)}>
          {t('addr.edit')}
        </button>
        <button type="button" className="btn btn-ghost btn-sm address-delete" onClick={onDelete} disabled={busy} aria-label={t('addr.deleteLabel', who)}>
          {t('addr.delete')}
        </button>
      </div>
    </li>
  );
}
