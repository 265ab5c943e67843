// 我的订单 on 我的: the same row style as the identity and address links beside it.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ArrowRightIcon, ReceiptIcon } from '../../app/ui/icons';
import '../identity/shopper-pages.css';

export function OrdersShortcut() {
  const { t } = useT();
  return (
    <div className="card account-shortcuts">
      <Link to="/orders" className="account-shortcut">
        <span className="account-shortcut-icon" aria-hidden="true">
          <ReceiptIcon size={22} />
        </span>
        <span className="account-shortcut-text">
          <span className="account-shortcut-label">{t('orders.shortcut')}</span>
          <span className="account-shortcut-hint">{t('orders.shortcutHint')}</span>
        </span>
        <ArrowRightIcon size={18} aria-hidden="true" />
      </Link>
    </div>
  );
}
