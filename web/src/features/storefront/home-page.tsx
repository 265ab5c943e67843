// The storefront's home: what Gateway is, categories, the US sellers, and the cross-border notice.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ArrowRightIcon, PlaneIcon, ReceiptIcon, ShieldIcon, WarehouseIcon } from '../../app/ui/icons';
import { CategoryTiles } from './category-tiles';
import { CrossBorderNotice } from './cross-border-notice';
import { SellerList } from './seller-list';

export function HomePage() {
  const { t } = useT();
  useDocumentTitle(t('store.brand'));
  return (
    <div className="store-home">
      <Hero />
      <section className="store-section" aria-labelledby="categories-title">
        <div className="store-section-head">
          <h2 id="categories-title">{t('store.categories.title')}</h2>
          <Link to="/categories" className="store-section-more">
            {t('store.categories.all')}
            <ArrowRightIcon size={16} />
          </Link>
        </div>
        <CategoryTiles />
      </section>
      <SellerList />
      <CrossBorderNotice />
    </div>
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
        <Link to={{ pathname: '/', hash: '#sellers' }} className="store-hero-cta">
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
