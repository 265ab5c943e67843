// "我的" on the storefront and Account in seller center: who is signed in, the shopper's links to their
// identities and delivery addresses, password change, sign-out.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AREAS } from '../../app/areas';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { AccountShortcuts } from '../identity/account-shortcuts';
import { OrdersShortcut } from '../orders/orders-shortcut';
import { ChangePasswordForm } from './change-password-form';
import './accounts.css';

export function AccountPage() {
  const { t, area } = useT();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('account.title'));
  if (!user) return null;

  async function leave() {
    setBusy(true);
    setError(null);
    try {
      await signOut();
      void navigate(AREAS[area].home, { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <div className="account-page">
      <section className="card account-summary" aria-labelledby="account-greeting">
        <div className="account-avatar" aria-hidden="true">
          {[...user.name.trim()][0]?.toUpperCase() ?? '?'}
        </div>
        <div className="account-who">
          <h1 id="account-greeting" className="account-name">
            {t('account.greeting', { name: user.name })}
          </h1>
          <p className="muted">{t('account.signedInAs', { email: user.email })}</p>
          <p>
            <span className="badge badge-info">{t('account.type', { role: t(`role.${user.role}`) })}</span>
          </p>
        </div>
        <div className="account-links">
          {user.role === 'seller' && area !== 'seller' ? (
            <Link className="btn btn-secondary btn-sm" to="/seller">
              {t('account.goSeller')}
            </Link>
          ) : null}
          {user.role === 'operator' ? (
            <Link className="btn btn-secondary btn-sm" to="/ops">
              {t('account.goOps')}
            </Link>
          ) : null}
        </div>
      </section>

      {area === 'storefront' && user.role === 'shopper' ? <OrdersShortcut /> : null}
      {area === 'storefront' && user.role === 'shopper' ? <AccountShortcuts /> : null}

      <section className="card account-section">
        <ChangePasswordForm />
      </section>

      <section className="card account-section account-signout">
        <p className="muted">{t('account.signOutLead')}</p>
        <ErrorNotice error={error} />
        <button type="button" className="btn btn-secondary" onClick={() => void leave()} disabled={busy}>
          {busy ? t('common.signingOut') : t('common.signOut')}
        </button>
      </section>
    </div>
  );
}
