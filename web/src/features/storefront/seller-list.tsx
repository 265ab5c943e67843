// "入驻商家": every US store on Gateway (GET /api/v1/stores), each linking to its store page.
import { Link } from 'react-router';
import type { Store } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { StoreIcon } from '../../app/ui/icons';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';

export function SellerList() {
  const { t } = useT();
  const stores = useApiQuery<{ items: Store[] }>('/stores');
  const items = stores.data?.items ?? [];
  return (
    <section className="store-section" id="sellers" aria-labelledby="sellers-title" aria-busy={stores.loading}>
      <div className="store-section-head">
        <div>
          <h2 id="sellers-title">{t('shop.home.sellers')}</h2>
          {stores.data ? <p className="store-section-sub">{t('store.sellers.subtitle', { count: items.length })}</p> : null}
        </div>
      </div>
      {stores.loading ? <SellerSkeleton /> : null}
      {stores.error ? <ErrorNotice error={stores.error} onRetry={stores.reload} /> : null}
      {stores.data && items.length === 0 ? (
        <EmptyState title={t('store.sellers.emptyTitle')} icon={<StoreIcon size={28} />}>
          <p>{t('store.sellers.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <ul className="seller-cards">
          {items.map((store) => (
            <SellerCard key={store.id} store={store} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function monogram(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
}

function SellerCard({ store }: { store: Store }) {
  const { t, locale } = useT();
  return (
    <li data-testid="seller-card">
      <Link to={`/sellers/${store.id}`} className="seller-card">
        <div className={`seller-card-mark seller-card-mark-${store.businessType}`} aria-hidden="true">
          {monogram(store.tradeName)}
        </div>
        <div className="seller-card-body">
          <h3 className="seller-card-name" lang="en">
            {store.tradeName}
          </h3>
          <p className="seller-card-place">{t('store.sellers.location', { state: stateName(store.state, locale), city: store.city })}</p>
          <p>
            <span className="seller-card-type">{t(`biz.${store.businessType}`)}</span>
          </p>
        </div>
      </Link>
    </li>
  );
}

function SellerSkeleton() {
  const { t } = useT();
  return (
    <ul className="seller-cards" aria-label={t('common.loading')}>
      {[0, 1, 2].map((i) => (
        <li key={i} className="seller-card seller-card-skeleton" aria-hidden="true">
          <div className="seller-card-mark" />
          <div className="seller-card-body">
            <span className="skeleton-line" />
            <span className="skeleton-line skeleton-line-short" />
          </div>
        </li>
      ))}
    </ul>
  );
}
