// Below the buying box: the Chinese description, the Chinese electronic label (DOMAIN.md §7: goods may
// carry no Chinese label, so the page shows one), the attributes, and the store's story and origin.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { ArrowRightIcon } from '../../app/ui/icons';
import { StoreMark } from './farm-stories';
import type { ProductPageData } from './storefront-types';

const LABEL_ORDER = ['ingredients', 'netContent', 'manufacturer', 'storage', 'shelfLife'] as const;
const LABEL_KEYS = {
  ingredients: 'shop.label.ingredients',
  netContent: 'shop.label.netContent',
  manufacturer: 'shop.label.manufacturer',
  storage: 'shop.label.storage',
  shelfLife: 'shop.label.shelfLife',
} as const;

export function ElectronicLabel({ product }: { product: ProductPageData }) {
  const { t, locale } = useT();
  const known = LABEL_ORDER.filter((k) => product.label[k]);
  const others = Object.keys(product.label).filter((k) => !(LABEL_ORDER as readonly string[]).includes(k));
  return (
    <section className="product-section" aria-labelledby="label-title">
      <h2 id="label-title">{t('shop.label.title')}</h2>
      <dl className="spec-list">
        <div>
          <dt>{t('shop.label.name')}</dt>
          <dd>{product.titleZh}</dd>
        </div>
        <div>
          <dt>{t('shop.label.origin')}</dt>
          <dd>{t('shop.label.originValue', { state: stateName(product.originState, locale) })}</dd>
        </div>
        {known.map((k) => (
          <div key={k}>
            <dt>{t(LABEL_KEYS[k])}</dt>
            <dd>{product.label[k]}</dd>
          </div>
        ))}
        {others.map((k) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{product.label[k]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('shop.label.note')}</p>
    </section>
  );
}

export function ProductDetails({ product }: { product: ProductPageData }) {
  const { t } = useT();
  const attributes = Object.entries(product.attributes);
  return (
    <>
      <section className="product-section" aria-labelledby="desc-title">
        <h2 id="desc-title">{t('shop.product.description')}</h2>
        <p className="product-description">{product.descriptionZh}</p>
        {attributes.length > 0 ? (
          <dl className="spec-list">
            <div>
              <dt>{t('shop.product.brand')}</dt>
              <dd>{product.brand}</dd>
            </div>
            {attributes.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </section>
      <ElectronicLabel product={product} />
    </>
  );
}

export function SellerStory({ seller }: { seller: ProductPageData['seller'] }) {
  const { t, locale } = useT();
  return (
    <section className="product-section seller-story" aria-labelledby="seller-title">
      <h2 id="seller-title" className="visually-hidden">
        {t('shop.product.seller')}
      </h2>
      <Link to={`/sellers/${seller.sellerId}`} className="seller-story-head">
        <StoreMark name={seller.nameEn} logoUrl={seller.logoUrl} />
        <span className="seller-story-names">
          <strong>{seller.nameZh}</strong>
          <small>{t('store.sellers.location', { state: stateName(seller.state, locale), city: seller.city })}</small>
        </span>
        <span className="seller-story-go">
          {t('shop.product.visitStore')}
          <ArrowRightIcon size={16} />
        </span>
      </Link>
      {seller.storyZh ? <p className="seller-story-text">{seller.storyZh}</p> : null}
    </section>
  );
}
