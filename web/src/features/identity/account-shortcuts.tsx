// The shopper's links on 我的: verified identities and delivery addresses, both needed at checkout.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ArrowRightIcon, ShieldIcon } from '../../app/ui/icons';
import { PinIcon } from '../addresses/pin-icon';
import './shopper-pages.css';

export function AccountShortcuts() {
  const { t } = useT();
  const links = [
    { to: '/account/identities', label: t('identity.shortcut'), hint: t('identity.shortcutHint'), Icon: ShieldIcon },
    { to: '/account/addresses', label: t('addr.shortcut'), hint: t('addr.shortcutHint'), Icon: PinIcon },
  ];
  return (
    <div className="card account-shortcuts">
      {links.map(({ to, label, hint, Icon }) => (
        <Link key={to} to={to} className="account-shortcut">
          <span className="account-shortcut-icon" aria-hidden="true">
            <Icon size={22} />
          </span>
          <span className="account-shortcut-text">
            <span className="account-shortcut-label">{label}</span>
            <span className="account-shortcut-hint">{hint}</span>
          </span>
          <ArrowRightIcon size={18} aria-hidden="true" />
        </Link>
      ))}
    </div>
  );
}
