import { Link, NavLink } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { CartIcon, UserIcon } from '../../app/ui/icons';
import { LanguageSwitch } from '../../app/ui/language-switch';
import { useCartCount } from './cart-count';
import { SearchBox } from './search-box';

/** The number on the cart icon: hidden at zero, "99+" beyond. */
export function CartBadge() {
  const { t } = useT();
  const count = useCartCount();
  if (count <= 0) return null;
  return (
    <span className="cart-badge" aria-label={t('shop.cart.badge', { count })}>
      {count > 99 ? '99+' : count}
    </span>
  );
}

export function StoreHeader() {
  const { t } = useT();
  const { user } = useSession();
  return (
    <header className="store-header">
      <div className="store-header-inner">
        <Link to="/" className="store-logo" aria-label={t('store.brand')}>
          <span className="store-logo-mark" aria-hidden="true">
            G
          </span>
          <span className="store-logo-text">
            <strong>{t('store.brand')}</strong>
            <small>{t('store.tagline')}</small>
          </span>
        </Link>
        <SearchBox />
        <nav className="store-header-links" aria-label={t('common.menu')}>
          <NavLink to="/cart" className="store-header-link">
            <span className="icon-with-badge">
              <CartIcon size={20} />
              <CartBadge />
            </span>
            <span>{t('store.tab.cart')}</span>
          </NavLink>
          <NavLink to={user ? '/account' : '/sign-in'} className="store-header-link">
            <UserIcon size={20} />
            <span>{user ? user.name : t('common.signIn')}</span>
          </NavLink>
        </nav>
        <LanguageSwitch className="store-lang" />
      </div>
    </header>
  );
}
