// 结算's two choices: the buyer (one of the shopper's verified identities, masked) and the delivery
// address (the default preselected), each with a link to add or manage them.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { addressLine, type Address } from '../addresses/address-types';
import type { Identity } from '../identity/identity-types';

type ChoiceProps<T> = { items: T[]; value: string | null; onChange(id: string): void; disabled: boolean };

export function BuyerChoice({ items, value, onChange, disabled }: ChoiceProps<Identity>) {
  const { t } = useT();
  return (
    <fieldset className="card choice-group checkout-section" disabled={disabled}>
      <legend className="section-title">{t('checkout.buyer')}</legend>
      <p className="muted checkout-lead">{t('checkout.buyerLead')}</p>
      {items.length === 0 ? <p className="alert alert-info">{t('checkout.buyerNone')}</p> : null}
      <div className="choice-list">
        {items.map((identity) => (
          <label key={identity.id} className="choice checkout-choice">
            <input type="radio" name="buyer" value={identity.id} checked={value === identity.id} onChange={() => onChange(identity.id)} />
            <span>
              <strong>{identity.realName}</strong>
              <span className="checkout-choice-meta">
                {identity.idNumberMasked} · {identity.mobileMasked}
              </span>
            </span>
          </label>
        ))}
      </div>
      <Link to="/account/identities" className="checkout-manage">
        {items.length === 0 ? t('checkout.buyerAdd') : t('checkout.buyerManage')} ›
      </Link>
    </fieldset>
  );
}

export function AddressChoice({ items, value, onChange, disabled }: ChoiceProps<Address>) {
  const { t } = useT();
  return (
    <fieldset className="card choice-group checkout-section" disabled={disabled}>
      <legend className="section-title">{t('checkout.address')}</legend>
      {items.length === 0 ? <p className="alert alert-info">{t('checkout.addressNone')}</p> : null}
      <div className="choice-list">
        {items.map((address) => (
          <label key={address.id} className="choice checkout-choice">
            <input type="radio" name="address" value={address.id} checked={value === address.id} onChange={() => onChange(address.id)} />
            <span>
              <span className="checkout-choice-head">
                <strong>{address.recipient}</strong>
                <span className="checkout-choice-meta">{address.phoneMasked}</span>
                {address.isDefault ? <span className="badge badge-info">{t('checkout.default')}</span> : null}
              </span>
              <span className="checkout-choice-meta">{addressLine(address)}</span>
            </span>
          </label>
        ))}
      </div>
      <Link to="/account/addresses" className="checkout-manage">
        {items.length === 0 ? t('checkout.addressAdd') : t('checkout.addressManage')} ›
      </Link>
    </fieldset>
  );
}
