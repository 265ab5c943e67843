// The frame of the sign-in and sign-up pages: a centred card, and for seller center and ops a slim
// brand bar with the language switch (the storefront pages sit inside the storefront's own header).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AREAS } from '../../app/areas';
import { useT } from '../../app/i18n/i18n';
import { LanguageSwitch } from '../../app/ui/language-switch';
import './accounts.css';

export function AuthCard({ title, lead, children, footer }: { title: string; lead: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <section className="auth-card card" aria-labelledby="auth-title">
      <h1 id="auth-title" className="auth-title">
        {title}
      </h1>
      <p className="auth-lead">{lead}</p>
      {children}
      {footer ? <p className="auth-footer">{footer}</p> : null}
    </section>
  );
}

export function AuthShell({ children }: { children: ReactNode }) {
  const { area, t } = useT();
  const brand = area === 'ops' ? t('ops.brand') : t('seller.brand');
  return (
    <div className="auth-shell">
      <header className="auth-shell-bar">
        <Link to={AREAS[area].home} className="auth-shell-brand">
          <span className="brand-mark" aria-hidden="true">
            G
          </span>
          <span>
            Gateway <strong>{brand}</strong>
          </span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-shell-main">
        {children}
      </main>
    </div>
  );
}
