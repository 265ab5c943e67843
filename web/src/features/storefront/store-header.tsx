import { useEffect, useState, type FormEvent } from 'react';
import { Link, NavLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { CartIcon, SearchIcon, UserIcon } from '../../app/ui/icons';
import { LanguageSwitch } from '../../app/ui/language-switch';

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
            <CartIcon size={20} />
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

function SearchBox() {
  const { t } = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = q.trim();
    void navigate(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  }

  return (
    <form className="store-search" role="search" action="/search" onSubmit={submit}>
      <label htmlFor="store-search-input" className="visually-hidden">
        {t('store.searchLabel')}
      </label>
      <SearchIcon size={18} className="store-search-icon" />
      <input
        id="store-search-input"
        type="search"
        name="q"
        enterKeyHint="search"
        autoComplete="off"
        placeholder={t('store.searchPlaceholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit" className="store-search-button">
        {t('store.searchSubmit')}
      </button>
    </form>
  );
}
