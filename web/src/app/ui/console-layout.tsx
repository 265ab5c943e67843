// The frame of seller center and the ops console: a sidebar (off-canvas on phones, opened by the menu
// button) with the signed-in user and sign-out at its foot, a top bar with the language switch, and the page.
import { useEffect, useState, type ComponentType } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/i18n';
import { useSession } from '../session';
import { ExternalIcon, MenuIcon } from './icons';
import { LanguageSwitch } from './language-switch';
import '../styles/console.css';

export type ConsoleNavItem = { to: string; label: string; Icon: ComponentType<{ size?: number }>; end?: boolean; external?: boolean };

export function ConsoleLayout({ brand, home, nav }: { brand: string; home: string; nav: ConsoleNavItem[] }) {
  const { t, area } = useT();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className={`console console-${area}`} data-nav-open={open}>
      <a className="skip-link" href="#main">
        {t('common.skip')}
      </a>
      <aside id="console-nav" className="console-sidebar">
        <div className="console-sidebar-inner">
          <Link to={home} className="console-brand">
            <span className="brand-mark" aria-hidden="true">
              G
            </span>
            <span className="console-brand-text">
              <small>Gateway</small>
              <strong>{brand}</strong>
            </span>
          </Link>
          <nav aria-label={brand}>
            <ul className="console-nav">
              {nav.map(({ to, label, Icon, end, external }) => (
                <li key={to}>
                  {external ? (
                    <a href={to} target="_blank" rel="noreferrer" className="console-nav-link">
                      <Icon size={18} />
                      <span>{label}</span>
                      <ExternalIcon size={14} className="console-nav-external" />
                    </a>
                  ) : (
                    <NavLink to={to} end={end ?? false} className="console-nav-link">
                      <Icon size={18} />
                      <span>{label}</span>
                    </NavLink>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          <SidebarAccount />
        </div>
      </aside>
      <button type="button" className="console-scrim" aria-hidden="true" tabIndex={-1} onClick={() => setOpen(false)} />
      <div className="console-body">
        <header className="console-topbar">
          <button
            type="button"
            className="btn btn-ghost console-menu-button"
            aria-expanded={open}
            aria-controls="console-nav"
            onClick={() => setOpen((o) => !o)}
          >
            <MenuIcon size={20} />
            <span className="visually-hidden">{t('common.menu')}</span>
          </button>
          <span className="console-topbar-brand">{brand}</span>
          <div className="console-topbar-end">
            <LanguageSwitch />
          </div>
        </header>
        <main id="main" className="console-main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}

function SidebarAccount() {
  const { t } = useT();
  const { user, signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  if (!user) return null;

  function leave() {
    setLeaving(true);
    void signOut()
      .catch(() => undefined)
      .finally(() => setLeaving(false));
  }

  return (
    <div className="console-sidebar-account">
      <span className="console-sidebar-user">
        <strong>{user.name}</strong>
        <small>{user.email}</small>
      </span>
      <button type="button" className="btn btn-secondary btn-sm" onClick={leave} disabled={leaving}>
        {leaving ? t('common.signingOut') : t('common.signOut')}
      </button>
    </div>
  );
}
