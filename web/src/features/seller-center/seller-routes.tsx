// Seller center at /seller: for sellers' own people, English by default.
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ConsoleLayout } from '../../app/ui/console-layout';
import { Guard } from '../../app/ui/guard';
import { CartIcon, GridIcon, HomeIcon, ReceiptIcon, StoreIcon, UserIcon, UsersIcon } from '../../app/ui/icons';
import { NotFound } from '../../app/ui/states';
import { AccountPage } from '../accounts/account-page';
import { AuthShell } from '../accounts/auth-card';
import { SignInPage } from '../accounts/sign-in-page';
import { SignUpPage } from '../accounts/sign-up-page';
import { ApplyPage } from '../applications/apply-page';
import { ImportPage } from '../catalog-import/import-page';
import { ProductEditorPage } from '../products/product-editor-page';
import { ProductsPage } from '../products/products-page';
import { CalculatorPage } from '../pricing/calculator-page';
import { DashboardPage } from './dashboard-page';
import { InvitationPage } from './invitation-page';
import { StorePage } from './store-page';
import { TeamPage } from './team-page';
import { SellerOrdersPage } from '../order-desk/seller-orders-page';
import { DeskOrderPage } from '../order-desk/desk-order-page';
import '../../app/styles/table.css';
import './seller-center.css';

function SellerLayout() {
  const { t } = useT();
  return (
    <ConsoleLayout
      brand={t('seller.brand')}
      home="/seller"
      nav={[
        { to: '/seller', label: t('seller.nav.dashboard'), Icon: HomeIcon, end: true },
        { to: '/seller/store', label: t('seller.nav.store'), Icon: StoreIcon },
        { to: '/seller/products', label: t('seller.nav.products'), Icon: GridIcon },
        { to: '/seller/orders', label: t('desk.sellerTitle'), Icon: CartIcon },
        { to: '/seller/calculator', label: t('seller.nav.calculator'), Icon: ReceiptIcon },
        { to: '/seller/team', label: t('seller.nav.team'), Icon: UsersIcon },
        { to: '/seller/account', label: t('seller.nav.account'), Icon: UserIcon },
        { to: '/', label: t('seller.nav.storefront'), Icon: CartIcon, end: true },
      ]}
    />
  );
}

const inShell = (content: ReactNode) => <AuthShell>{content}</AuthShell>;

export function SellerRoutes() {
  return (
    <Routes>
      <Route path="sign-in" element={inShell(<SignInPage />)} />
      <Route path="sign-up" element={inShell(<SignUpPage area="seller" />)} />
      <Route path="invitations/:token" element={inShell(<InvitationPage />)} />
      <Route
        element={
          <Guard area="seller" frame={inShell}>
            <SellerLayout />
          </Guard>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="apply" element={<ApplyPage />} />
        <Route path="store" element={<StorePage />} />
        <Route path="team" element={<TeamPage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="orders" element={<SellerOrdersPage />} />
        <Route path="orders/:orderNo" element={<DeskOrderPage area="seller" />} />
        <Route path="products/new" element={<ProductEditorPage />} />
        <Route path="products/import" element={<ImportPage />} />
        <Route path="products/:productId" element={<ProductEditorPage />} />
        <Route path="calculator" element={<CalculatorPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFound home="/seller" />} />
      </Route>
    </Routes>
  );
}
