// From attendee to seller: a seller application pre-filled from the registration (company, state,
// business type, what they sell, China experience, interests). It belongs to a seller account, so a
// visitor who is not signed in as one is told so and sent to sign up (or in) and back here (?next=).
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AREAS } from '../../app/areas';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import type { AttendeeApi } from './attendee-api';
import { ActionError } from './conference-errors';
import type { Registration, SellerApplicationStarted } from './conference-types';

type Props = { registration: Registration; api: AttendeeApi; onChange(next: Registration): void };

export function SellerApplicationCard({ registration, api, onChange }: Props) {
  const { t } = useT();
  const { user, status } = useSession();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = encodeURIComponent(location.pathname);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post<SellerApplicationStarted>('/seller-application');
      onChange(answer.registration);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  let body;
  if (registration.sellerApplicationId) {
    body = (
      <>
        <p className="alert alert-success">{t('conf.seller.started')}</p>
        <Link className="btn btn-primary" to="/seller/apply">
          {t('conf.seller.continue')}
        </Link>
      </>
    );
  } else if (status === 'loading') {
    body = null;
  } else if (!user) {
    body = (
      <>
        <p className="small">{t('conf.seller.needAccount')}</p>
        <div className="button-row">
          <Link className="btn btn-primary" to={`${AREAS.seller.signUp ?? '/seller/sign-up'}?next=${next}`}>
            {t('conf.seller.signUp')}
          </Link>
          <Link className="btn btn-secondary" to={`${AREAS.seller.signIn}?next=${next}`}>
            {t('conf.seller.signIn')}
          </Link>
        </div>
      </>
    );
  } else if (user.role !== 'seller') {
    body = <p className="small">{t('conf.seller.wrongRole', { name: user.name, email: user.email })}</p>;
  } else if (user.sellerId) {
    body = (
      <>
        <p className="small">{t('conf.seller.alreadySeller')}</p>
        <Link className="btn btn-secondary" to={AREAS.seller.home}>
          {t('conf.seller.goSellerCenter')}
        </Link>
      </>
    );
  } else {
    body = (
      <>
        <p className="small">{t('conf.seller.signedInAs', { email: user.email })}</p>
        <ActionError error={error} />
        <button type="button" className="btn btn-primary" onClick={() => void start()} disabled={busy}>
          {busy ? t('conf.seller.starting') : t('conf.seller.start')}
        </button>
      </>
    );
  }

  return (
    <section className="card conf-side-card conf-seller" aria-labelledby="conf-seller-title">
      <h2 id="conf-seller-title" className="section-title">
        {t('conf.seller.title')}
      </h2>
      <p className="muted small">{t('conf.seller.lead')}</p>
      {body}
    </section>
  );
}
