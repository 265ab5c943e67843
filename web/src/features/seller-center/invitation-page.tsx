// /seller/invitations/:token (public): who invites whom, then sign in or sign up as a seller with the
// invited e-mail, then Accept. The session is re-read afterwards: the user now belongs to the store.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { AuthCard } from '../accounts/auth-card';
import type { PublicInvitation } from './store-types';

export function InvitationPage() {
  const { t } = useT();
  const { token = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const invitation = useApiQuery<PublicInvitation>(`/invitations/${encodeURIComponent(token)}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('invite.title'));

  if (invitation.loading || session.status === 'loading') return <Loading />;
  const inv = invitation.data;
  if (!inv) {
    return (
      <AuthCard title={t('invite.title')} lead={t('invite.notFound')}>
        <ErrorNotice error={invitation.error} />
      </AuthCard>
    );
  }

  const here = `/seller/invitations/${encodeURIComponent(token)}`;
  const withNext = (path: string) => `${path}?next=${encodeURIComponent(here)}&email=${encodeURIComponent(inv.email)}`;
  const user = session.user;
  const matches = user?.role === 'seller' && user.email.toLowerCase() === inv.email.toLowerCase();

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      await api.post<{ sellerId: string }>(`/invitations/${encodeURIComponent(token)}/accept`);
      await session.refresh();
      void navigate('/seller', { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <AuthCard title={t('invite.heading', { store: inv.sellerName })} lead={t('invite.lead', { email: inv.email, date: new Date(inv.expiresAt) })}>
      <div className="form-stack">
        <ErrorNotice error={error} />
        {inv.status !== 'pending' ? (
          <p className="alert alert-error">{t(`invite.state.${inv.status}`)}</p>
        ) : !user ? (
          <>
            <p>{t('invite.signInFirst', { email: inv.email })}</p>
            <Link className="btn btn-primary btn-block" to={withNext('/seller/sign-in')}>
              {t('invite.signIn')}
            </Link>
            <Link className="btn btn-secondary btn-block" to={withNext('/seller/sign-up')}>
              {t('invite.signUp')}
            </Link>
          </>
        ) : !matches ? (
          <>
            <p className="alert alert-error">{t('invite.otherAccount', { current: user.email, email: inv.email })}</p>
            <button type="button" className="btn btn-secondary btn-block" onClick={() => void session.signOut()}>
              {t('auth.wrongArea.switch')}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-primary btn-block" onClick={() => void accept()} disabled={busy}>
            {busy ? t('invite.accepting') : t('invite.accept', { store: inv.sellerName })}
          </button>
        )}
      </div>
    </AuthCard>
  );
}
