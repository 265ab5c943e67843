// /sellers/:sellerId: a store's page — its name, US state and city, delivery modes, story, and its
// products. GET /api/v1/storefront/sellers/:sellerId; an unknown or suspended store is the 404 page.
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { useDocumentTitle } from '../../app/ui/document-title';
import { StoreIcon } from '../../app/ui/icons';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, NotFound } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { StoreMark } from './farm-stories';
import { ModeTags, ProductGrid, ProductGridSkeleton } from './product-card';
import { PinIcon } from './store-icons';
import type { SellerPageData } from './storefront-types';

export function SellerPage() {
  const { t, locale } = useT();
  const { sellerId = '' } = useParams();
  const query = useApiQuery<SellerPageData>(`/storefront/sellers/${encodeURIComponent(sellerId)}`);
  useDocumentTitle(query.data?.seller.nameZh ?? null);
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFound home="/" />;
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  const data = query.data;
  return (
    <div className="store-page" aria-busy={query.loading}>
      <section className="seller-hero">
        {data ? (
          <>
            <div className="seller-hero-head">
              <StoreMark name={data.seller.nameEn} logoUrl={data.seller.logoUrl} size="lg" />
              <div>
                <h1 className="seller-hero-name">{data.seller.nameZh}</h1>
                {data.seller.nameEn !== data.seller.nameZh ? (
                  <p className="seller-hero-en" lang="en">
                    {data.seller.nameEn}
                  </p>
                ) : null}
                <p className="seller-hero-place">
                  <PinIcon size={14} />
                  {t('store.sellers.location', { state: stateName(data.seller.state, locale), city: data.seller.city })}
                </p>
              </div>
            </div>
            <ModeTags modes={data.seller.shippingModes} />
            {data.seller.storyZh ? <p className="seller-hero-story">{data.seller.storyZh}</p> : null}
          </>
        ) : (
          <>
            <span className="skeleton-line" />
            <span className="skeleton-line skeleton-line-short" />
          </>
        )}
      </section>
      <section className="store-section" aria-labelledby="seller-products">
        <div className="store-section-head">
          <h2 id="seller-products">{data ? t('shop.seller.products', { count: data.products.length }) : t('shop.seller.productsLoading')}</h2>
        </div>
        {query.loading ? <ProductGridSkeleton /> : null}
        {data && data.products.length > 0 ? <ProductGrid products={data.products} label={data.seller.nameZh} /> : null}
        {data && data.products.length === 0 ? (
          <EmptyState
            title={t('shop.seller.emptyTitle')}
            icon={<StoreIcon size={28} />}
            action={
              <Link to="/" className="btn btn-primary">
                {t('common.backHome')}
              </Link>
            }
          >
            <p>{t('shop.seller.emptyBody')}</p>
          </EmptyState>
        ) : null}
      </section>
    </div>
  );
}
