// Storefront chrome: red header with search, footer, and on phones the bottom tab bar
// (首页 / 分类 / 购物车 / 我的).
import { Outlet } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { StoreFooter } from './store-footer';
import { StoreHeader } from './store-header';
import { TabBar } from './tab-bar';
import './storefront-layout.css';
import './storefront-home.css';
import './storefront-pages.css';
import './storefront-products.css';
import './storefront-stores.css';
import './storefront-search.css';
import './storefront-product.css';
import './storefront-product-details.css';

export function StorefrontLayout() {
  const { t } = useT();
  return (
    <div className="store">
      <a className="skip-link" href="#main">
        {t('common.skip')}
      </a>
      <StoreHeader />
      <main id="main" className="store-main">
        <Outlet />
      </main>
      <StoreFooter />
      <TabBar />
    </div>
  );
}
