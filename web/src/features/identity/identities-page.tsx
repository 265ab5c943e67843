// 实名认证 (/account/identities): the shopper's identities for customs declaration, masked; the form to
// add one with its separate consent; and the risk notice to confirm before the first order.
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useApiQuery } from '../../app/use-api';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { IdentityForm } from './identity-form';
import { IdentityList } from './identity-list';
import type { IdentityList as IdentityListAnswer, Notices } from './identity-types';
import { RiskNoticeCard } from './risk-notice-card';
import './shopper-pages.css';
import './identity.css';

export function IdentitiesPage() {
  const { t } = useT();
  const identities = useApiQuery<IdentityListAnswer>('/me/identities');
  const notices = useApiQuery<Notices>('/identity/notices');
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t('identity.title'));

  const items = identities.data?.items;
  return (
    <div className="store-page shopper-page">
      <Link to="/account" className="shopper-back">
        ‹ {t('identity.back')}
      </Link>
      <div>
        <h1 className="store-page-title">{t('identity.title')}</h1>
        <p className="muted shopper-lead">{t('identity.lead')}</p>
      </div>
      <SuccessNotice message={message} />

      <section className="card shopper-card" aria-labelledby="identity-list-title" aria-busy={identities.loading}>
        <h2 id="identity-list-title" className="section-title">
          {t('identity.listTitle')}
        </h2>
        {!items && identities.loading ? <Loading /> : null}
        {!items && identities.error ? <ErrorNotice error={identities.error} onRetry={identities.reload} /> : null}
        {items ? (
          <IdentityList
            items={items}
            onRemoved={() => {
              setMessage(t('identity.removed'));
              identities.reload();
            }}
          />
        ) : null}
      </section>

      <section className="card shopper-card">
        {notices.data ? (
          <IdentityForm
            notice={notices.data.idConsent}
            onSaved={(identity) => {
              setMessage(t('identity.saved', { name: identity.realName }));
              identities.reload();
            }}
          />
        ) : notices.error ? (
          <ErrorNotice error={notices.error} onRetry={notices.reload} />
        ) : (
          <Loading />
        )}
      </section>

      {notices.data ? <RiskNoticeCard notice={notices.data.riskNotice} /> : null}
    </div>
  );
}
