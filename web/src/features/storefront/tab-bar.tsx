import { NavLink } from 'react-router';
import type { MessageKey } from '../../app/i18n/i18n';
import { useT } from '../../app/i18n/i18n';
import { CartIcon, GridIcon, HomeIcon, UserIcon } from '../../app/ui/icons';
import { CartBadge } from './store-header';

const TABS: Array<{ to: string; label: MessageKey; Icon: typeof HomeIcon; end?: boolean }> = [
  { to: '/', label: 'store.tab.home', Icon: HomeIcon, end: true },
  { to: '/categories', label: 'store.tab.categories', Icon: GridIcon },
  { to: '/cart', label: 'store.tab.cart', Icon: CartIcon },
  { to: '/account', label: 'store.tab.me', Icon: UserIcon },
];

/** Bottom navigation on phones; hidden on wider screens, where the header carries the links. */
export function TabBar() {
  const { t } = useT();
  return (
    <nav className="tab-bar" aria-label={t('store.tabsLabel')}>
      {TABS.map(({ to, label, Icon, end }) => (
        <NavLink key={to} to={to} end={end ?? false} className="tab-bar-item">
          <span className="icon-with-badge">
            <Icon size={22} />
            {to === '/cart' ? <CartBadge /> : null}
          </span>
          <span>{t(label)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
