// The storefront's home: hero, categories with counts, featured products, "from American farms"
// stories by state, new arrivals, every store, and the cross-border notice. GET /api/v1/storefront/home.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ArrowRightIcon, PlaneIcon, ReceiptIcon, ShieldIcon, WarehouseIcon } from '../../app/ui/icons';
import { ErrorNotice } from '../../app/ui/notice';
import { useApiQuery } from '../../app/use-api';
import { CategoryTiles } from './category-tiles';
import { CrossBorderNotice } from './cross-border-notice';
import { FarmStories } from './farm-stories';
import { ProductGrid, ProductGridSkeleton } from './product-card';
import { SellerList } from './seller-list';
import type { HomeData, ProductCardData } from './storefront-types';

export function HomePage() {
  const { t } = useT();
  useDocumentTitle(t('store.brand'));
  const home = useApiQuery<HomeData>('/storefront/home');
  const counts = home.data ? new Map(home.data.categories.map((c) => [c.code, c.count])) : undefined;
  return (
    <div className="store-home">
      <Hero />
      <section className="store-section" aria-labelledby="categories-title">
        <SectionHead id="categories-title" title={t('store.categories.title')} more={{ to: '/categories', label: t('store.categories.all') }} />
        <CategoryTiles counts={counts} />
      </section>
      {home.error ? <ErrorNotice error={home.error} onRetry={home.reload} /> : null}
      <Shelf id="featured" title={t('shop.home.featured')} products={home.data?.featured} loading={home.loading} />
      {home.data ? <FarmStories stories={home.data.stories} /> : null}
      <Shelf id="new" title={t('shop.home.newArrivals')} products={home.data?.newArrivals} loading={home.loading} more={{ to: '/search?sort=newest', label: t('shop.home.more') }} />
      <SellerList />
      <CrossBorderNotice />
    </div>
  );
}

function SectionHead({ id, title, more, children }: { id: string; title: string; more?: { to: string; label: string }; children?: ReactNode }) {
  return (
    <div className="store-section-head">
      <div>
        <h2 id={id}>{title}</h2>
        {children}
      </div>
      {more ? (
        <Link to={more.to} className="store-section-more">
          {more.label}
          <ArrowRightIcon size={16} />
        </Link>
      ) : null}
    </div>
  );
}

function Shelf({ id, title, products, loading, more }: { id: string; title: string; products: ProductCardData[] | undefined; loading: boolean; more?: { to: string; label: string } }) {
  const { t } = useT();
  if (!loading && products?.length === 0) return null;
  return (
    <section className="store-section" id={id} aria-labelledby={`${id}-title`} aria-busy={loading}>
      <SectionHead id={`${id}-title`} title={title} {...(more ? { more } : {})} />
      {loading ? <ProductGridSkeleton /> : null}
      {products ? <ProductGrid products={products} label={title} /> : null}
      {!loading && !products ? <p className="muted">{t('shop.home.unavailable')}</p> : null}
    </section>
  );
}

function Hero() {
  const { t } = useT();
  const badges = [
    { Icon: ShieldIcon, text: t('store.hero.origin') },
    { Icon: PlaneIcon, text: t('store.hero.direct') },
    { Icon: WarehouseIcon, text: t('store.hero.bonded') },
    { Icon: ReceiptIcon, text: t('store.hero.tax') },
  ];
  return (
    <section className="store-hero" aria-labelledby="hero-title">
      <div className="store-hero-text">
        <p className="store-hero-kicker">{t('store.hero.kicker')}</p>
        <h1 id="hero-title" className="store-hero-title">
          {t('store.hero.title')}
        </h1>
        <p className="store-hero-body">{t('store.hero.body')}</p>
        <Link to={{ pathname: '/', hash: '#stories' }} className="store-hero-cta">
          {t('store.hero.cta')}
          <ArrowRightIcon size={16} />
        </Link>
      </div>
      <ul className="store-hero-badges">
        {badges.map(({ Icon, text }) => (
          <li key={text}>
            <Icon size={20} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
