// The product card of every storefront list (home shelves, category, search, store page), its grid,
// and the grid's loading skeleton.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { Price } from './price';
import type { Mode, ProductCardData } from './storefront-types';

export function ModeTags({ modes }: { modes: Mode[] }) {
  const { t } = useT();
  return (
    <span className="mode-tags">
      {[...modes].sort((a, b) => (a === '1210' ? -1 : b === '1210' ? 1 : 0)).map((m) => (
        <span key={m} className={`mode-tag mode-tag-${m}`}>
          {t(m === '1210' ? 'shop.mode.1210' : 'shop.mode.9610')}
        </span>
      ))}
    </span>
  );
}

export function ProductCard({ product }: { product: ProductCardData }) {
  const { t, locale } = useT();
  return (
    <li className="product-card" data-testid="product-card">
      <Link to={`/products/${product.productId}`} className="product-card-link">
        <div className="product-card-image">
          {product.imageUrl ? <img src={product.imageUrl} alt="" loading="lazy" /> : <span className="product-card-noimage" aria-hidden="true" />}
          {product.inStock ? null : <span className="product-card-soldout">{t('shop.stock.out_of_stock')}</span>}
        </div>
        <div className="product-card-body">
          <h3 className="product-card-title">{product.titleZh}</h3>
          <ModeTags modes={product.modes} />
          <p className="product-card-price">
            {product.priceFromFen !== null ? (
              <>
                <Price fen={product.priceFromFen} />
                <span className="product-card-from">{t('shop.card.from')}</span>
              </>
            ) : (
              <span className="muted">{t('shop.card.noPrice')}</span>
            )}
          </p>
          <p className="product-card-origin">
            {stateName(product.originState, locale)} · {product.sellerName}
          </p>
        </div>
      </Link>
    </li>
  );
}

export function ProductGrid({ products, label }: { products: ProductCardData[]; label?: string }) {
  return (
    <ul className="product-grid" aria-label={label}>
      {products.map((p) => (
        <ProductCard key={p.productId} product={p} />
      ))}
    </ul>
  );
}

export function ProductGridSkeleton({ count = 4 }: { count?: number }) {
  const { t } = useT();
  return (
    <ul className="product-grid" aria-label={t('common.loading')} aria-busy="true">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="product-card product-card-skeleton" aria-hidden="true">
          <div className="product-card-image" />
          <div className="product-card-body">
            <span className="skeleton-line" />
            <span className="skeleton-line skeleton-line-short" />
          </div>
        </li>
      ))}
    </ul>
  );
}
