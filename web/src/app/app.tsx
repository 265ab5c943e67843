// The three areas share one session and one router; seller center and ops load only when visited.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { AddressesPage } from '../features/addresses/addresses-page';
import { IdentitiesPage } from '../features/identity/identities-page';
import { CheckoutPage } from '../features/orders/checkout-page';
import { OrderPage } from '../features/orders/order-page';
import { OrdersPage } from '../features/orders/orders-page';
import { StorefrontLayout } from '../features/storefront/storefront-layout';
import { StorefrontRoutes } from '../features/storefront/storefront-routes';
import { I18nProvider, type Area } from './i18n/i18n';
import { SessionProvider } from './session';
import { ErrorBoundary } from './ui/error-boundary';
import { Guard } from './ui/guard';
import { Loading } from './ui/states';

const SellerRoutes = lazy(() => import('../features/seller-center/seller-routes').then((m) => ({ default: m.SellerRoutes })));
const PublicCalculatorPage = lazy(() => import('../features/pricing/calculator-page').then((m) => ({ default: m.PublicCalculatorPage })));
const ConferenceRoutes = lazy(() => import('../features/conference/conference-routes').then((m) => ({ default: m.ConferenceRoutes })));
const OpsRoutes = lazy(() => import('../features/ops/ops-routes').then((m) => ({ default: m.OpsRoutes })));

function AreaShell({ area, children }: { area: Area; children: ReactNode }) {
  return (
    <I18nProvider area={area}>
      <div className={`area area-${area}`}>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ErrorBoundary>
      </div>
    </I18nProvider>
  );
}

function ScrollToTop() {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [pathname, hash]);
  return null;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <ScrollToTop />
        <Routes>
          <Route
            path="/seller/*"
            element={
              <AreaShell area="seller">
                <SellerRoutes />
              </AreaShell>
            }
          />
          <Route
            path="/ops/*"
            element={
              <AreaShell area="ops">
                <OpsRoutes />
              </AreaShell>
            }
          />
          {/* The Gateway conference: public pages and the attendee's registration (English first, for US businesses). */}
          <Route
            path="/conference/*"
            element={
              <AreaShell area="seller">
                <ConferenceRoutes />
              </AreaShell>
            }
          />
          <Route
            path="/calculator"
            element={
              <AreaShell area="seller">
                <PublicCalculatorPage />
              </AreaShell>
            }
          />
          {/* The shopper's account pages, in the storefront's chrome; signed-out visitors go to sign in. */}
          <Route
            element={
              <AreaShell area="storefront">
                <StorefrontLayout />
              </AreaShell>
            }
          >
            <Route
              path="/account/identities"
              element={
                <Guard area="storefront">
                  <IdentitiesPage />
                </Guard>
              }
            />
            <Route
              path="/account/addresses"
              element={
                <Guard area="storefront">
                  <AddressesPage />
                </Guard>
              }
            />
            <Route
              path="/checkout"
              element={
                <Guard area="storefront">
                  <CheckoutPage />
                </Guard>
              }
            />
            <Route
              path="/orders"
              element={
                <Guard area="storefront">
                  <OrdersPage />
                </Guard>
              }
            />
            <Route
              path="/orders/:orderNo"
              element={
                <Guard area="storefront">
                  <OrderPage />
                </Guard>
              }
            />
          </Route>
          <Route
            path="/*"
            element={
              <AreaShell area="storefront">
                <StorefrontRoutes />
              </AreaShell>
            }
          />
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
