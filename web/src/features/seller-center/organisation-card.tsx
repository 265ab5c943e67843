import type { Organisation } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';

export function OrganisationCard({ org }: { org: Organisation }) {
  const { t, locale } = useT();
  return (
    <section className="card org-card" aria-labelledby="org-name">
      <p className="org-eyebrow">{t('seller.org.title')}</p>
      <div className="org-head">
        <h2 id="org-name" className="org-name">
          {org.tradeName}
        </h2>
        <span className={org.status === 'active' ? 'badge badge-success' : 'badge badge-warning'}>{t(`seller.status.${org.status}`)}</span>
      </div>
      <dl className="org-facts">
        <div>
          <dt>{t('seller.org.legalName')}</dt>
          <dd>{org.legalName}</dd>
        </div>
        <div>
          <dt>{t('seller.org.location')}</dt>
          <dd>{t('seller.org.locationValue', { city: org.city, state: stateName(org.state, locale) })}</dd>
        </div>
        <div>
          <dt>{t('seller.org.type')}</dt>
          <dd>{t(`biz.${org.businessType}`)}</dd>
        </div>
        <div>
          <dt>{t('seller.org.since')}</dt>
          <dd>{t('common.date', { date: new Date(org.createdAt) })}</dd>
        </div>
      </dl>
    </section>
  );
}
