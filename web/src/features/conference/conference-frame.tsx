// The conference pages' frame: a bar with the Gateway conference brand, the event's sections (overview,
// agenda, experts) and its Register button when the page belongs to one event, the language switch,
// and a short footer. Public: no sign-in needed anywhere under /conference.
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { LanguageSwitch } from '../../app/ui/language-switch';

export const eventPath = (slug: string, section = '') => `/conference/${encodeURIComponent(slug)}${section}`;

type Props = { slug?: string | undefined; eventName?: string | undefined; children: ReactNode; wide?: boolean; registered?: boolean };

export function ConferenceFrame({ slug, eventName, children, wide, registered }: Props) {
  const { t } = useT();
  return (
    <div className="conf-shell">
      <a className="skip-link" href="#main">
        {t('common.skip')}
      </a>
      <header className="conf-bar">
        <div className="conf-bar-inner">
          <Link to={slug ? eventPath(slug) : '/conference'} className="conf-brand">
            <span className="brand-mark" aria-hidden="true">
              G
            </span>
            <span className="conf-brand-text">
              {eventName ?? t('conf.brand')}
              <small>{t('conf.brandSub')}</small>
            </span>
          </Link>
          <LanguageSwitch className="conf-lang" />
          {slug ? (
            <nav className="conf-nav" aria-label={t('conf.nav.label')}>
              <NavLink end to={eventPath(slug)}>
                {t('conf.nav.overview')}
              </NavLink>
              <NavLink to={eventPath(slug, '/agenda')}>{t('conf.nav.agenda')}</NavLink>
              <NavLink to={eventPath(slug, '/experts')}>{t('conf.nav.experts')}</NavLink>
              {registered ? null : (
                <NavLink to={eventPath(slug, '/register')} className="conf-nav-cta">
                  {t('conf.nav.register')}
                </NavLink>
              )}
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" className={wide ? 'conf-main conf-main-wide' : 'conf-main'}>
        {children}
      </main>
      <footer className="conf-footer">
        <p>{t('conf.footer')}</p>
        <p>
          <Link to="/calculator">{t('conf.footerCalculator')}</Link> · <Link to="/seller/sign-up">{t('conf.footerSell')}</Link>
        </p>
      </footer>
    </div>
  );
}
