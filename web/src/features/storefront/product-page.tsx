// /products/:productId: gallery, Chinese title, the buying box (variant, delivery mode, landed price
// with 税费 and total, stock, add to cart), description, electronic label and the store's story.
// GET /api/v1/storefront/products/:productId; an unknown or unpublished product is the 404 page.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { NotFound } from '../../app/ui/states';
import { useApiQuery } from '../../app/use-api';
import { findCategory } from './categories';
import { OfferPanel } from './offer-panel';
import { ModeTags } from './product-card';
import { ProductDetails, SellerStory } from './product-details';
import { ProductGallery } from './product-gallery';
import type { Mode, ProductPageData, ProductVariant } from './storefront-types';

const inStock = (v: ProductVariant, mode?: Mode) => v.offers.some((o) => (mode === undefined || o.mode === mode) && o.stock !== 'out_of_stock');

/** The variant and mode shown first: one that can be bought, bonded (faster) before direct mail. */
export function initialChoice(product: ProductPageData): { variant: ProductVariant | undefined; mode: Mode } {
  const variant = product.variants.find((v) => inStock(v)) ?? product.variants[0];
  const order: Mode[] = ['1210', '9610'];
  const mode = order.find((m) => variant?.offers.some((o) => o.mode === m && o.stock !== 'out_of_stock')) ?? order.find((m) => product.modes.includes(m)) ?? '9610';
  return { variant, mode };
}

export function ProductPage() {
  const { productId = '' } = useParams();
  const query = useApiQuery<ProductPageData>(`/storefront/products/${encodeURIComponent(productId)}`);
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFound home="/" />;
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  if (!query.data) return <ProductSkeleton />;
  return <ProductView key={query.data.productId} product={query.data} />;
}

function ProductView({ product }: { product: ProductPageData }) {
  const { t, locale } = useT();
  useDocumentTitle(product.titleZh);
  const first = initialChoice(product);
  const [variantId, setVariantId] = useState(first.variant?.variantId);
  const [mode, setMode] = useState<Mode>(first.mode);
  const variant = product.variants.find((v) => v.variantId === variantId) ?? first.variant;
  const category = findCategory(product.category);

  function pickVariant(v: ProductVariant) {
    setVariantId(v.variantId);
    // Keep the delivery mode unless this variant cannot go that way but can the other.
    if (!inStock(v, mode)) {
      const other = v.offers.find((o) => o.stock !== 'out_of_stock');
      if (other) setMode(other.mode);
    }
  }

  return (
    <div className="product-page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/">{t('store.tab.home')}</Link>
        {category ? (
          <>
            <span aria-hidden="true">/</span>
            <Link to={`/categories/${category.slug}`}>{t(`store.cat.${category.slug}`)}</Link>
          </>
        ) : null}
      </nav>
      <div className="product-top">
        <ProductGallery images={product.images} title={product.titleZh} />
        <div className="product-info">
          <h1 className="product-title">{product.titleZh}</h1>
          <p className="product-title-en" lang="en">
            {product.titleEn}
          </p>
          <p className="product-meta">
            <ModeTags modes={product.modes} />
            <span>{t('shop.product.origin', { state: stateName(product.originState, locale), brand: product.brand })}</span>
          </p>
          {variant ? <OfferPanel variants={product.variants} variant={variant} mode={mode} onVariant={pickVariant} onMode={setMode} /> : <p className="offer-warning">{t('shop.offer.unpriced')}</p>}
        </div>
      </div>
      <div className="product-bottom">
        <div className="product-main">
          <ProductDetails product={product} />
        </div>
        <aside className="product-side">
          <SellerStory seller={product.seller} />
        </aside>
      </div>
    </div>
  );
}

function ProductSkeleton() {
  const { t } = useT();
  return (
    <div className="product-page" aria-busy="true" aria-label={t('common.loading')}>
      <div className="product-top">
        <div className="gallery gallery-empty skeleton-block" />
        <div className="product-info">
          <span className="skeleton-line" />
          <span className="skeleton-line skeleton-line-short" />
          <span className="skeleton-line" />
        </div>
      </div>
    </div>
  );
}
