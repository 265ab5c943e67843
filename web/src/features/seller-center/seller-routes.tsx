// Seller center at /seller: for sellers' own people, English by default.
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ConsoleLayout } from '../../app/ui/console-layout';
import { Guard } from '../../app/ui/guard';
import { HomeIcon, StoreIcon, UserIcon } from '../../app/ui/icons';
import { NotFound } from '../../app/ui/states';
import { AccountPage } from '../accounts/account-page';
import { AuthShell } from '../accounts/auth-card';
import { SignInPage } from '../accounts/sign-in-page';
import { SignUpPage } from '../accounts/sign-up-page';
import { DashboardPage } from './dashboard-page';
import './seller-center.css';

function SellerLayout() {
  const { t } = useT();
  return (
    <ConsoleLayout
      brand={t('seller.brand')}
      home="/seller"
      nav={[
        { to: '/seller', label: t('seller.nav.dashboard'), Icon: HomeIcon, end: true },
        { to: '/seller/account', label: t('seller.nav.account'), Icon: UserIcon },
        { to: '/', label: t('seller.nav.storefront'), Icon: StoreIcon, end: true },
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
      <Route
        element={
          <Guard area="seller" frame={inShell}>
            <SellerLayout />
          </Guard>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFound home="/seller" />} />
      </Route>
    </Routes>
  );
}
