// The operator console at /ops: users, sellers, applications, products, the positive list, FX rates,
// pricing settings, tax tables and freight, the audit log, the mail folder, and a link to the API docs.
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ConsoleLayout } from '../../app/ui/console-layout';
import { Guard } from '../../app/ui/guard';
import { ClipboardIcon, GridIcon, ListIcon, PlaneIcon, ReceiptIcon, ShieldIcon, StoreIcon, UserIcon } from '../../app/ui/icons';
import { FreightPage } from '../pricing/freight-page';
import { FxRatesPage } from '../pricing/fx-rates-page';
import { PricingSettingsPage } from '../pricing/pricing-settings-page';
import { TaxTablesPage } from '../pricing/tax-tables-page';
import { NotFound } from '../../app/ui/states';
import { AuthShell } from '../accounts/auth-card';
import { SignInPage } from '../accounts/sign-in-page';
import { ReviewPage } from '../applications/review-page';
import { ReviewQueuePage } from '../applications/review-queue-page';
import { PositiveListPage } from '../positive-list/positive-list-page';
import { OpsProductPage } from '../products/ops-product-page';
import { OpsProductsPage } from '../products/ops-products-page';
import { AuditPage } from './audit-page';
import { MailPage } from './mail-page';
import { OpsOrdersPage } from '../order-desk/ops-orders-page';
import { DeskOrderPage } from '../order-desk/desk-order-page';
import { ConferenceOpsRoutes } from '../conference-ops/conference-ops-routes';
import { SellersPage } from './sellers-page';
import { UsersPage } from './users-page';
import '../../app/styles/table.css';
import './ops.css';

function OpsLayout() {
  const { t } = useT();
  return (
    <ConsoleLayout
      brand={t('ops.brand')}
      home="/ops/users"
      nav={[
        { to: '/ops/users', label: t('ops.nav.users'), Icon: UserIcon },
        { to: '/ops/sellers', label: t('ops.nav.sellers'), Icon: StoreIcon },
        { to: '/ops/applications', label: t('ops.nav.applications'), Icon: ClipboardIcon },
        { to: '/ops/products', label: t('ops.nav.products'), Icon: GridIcon },
        { to: '/ops/orders', label: t('desk.opsTitle'), Icon: ReceiptIcon },
        { to: '/ops/positive-list', label: t('ops.nav.positiveList'), Icon: ShieldIcon },
        { to: '/ops/fx-rates', label: t('ops.nav.fxRates'), Icon: ListIcon },
        { to: '/ops/pricing', label: t('ops.nav.pricingSettings'), Icon: ReceiptIcon, end: true },
        { to: '/ops/pricing/tax', label: t('ops.nav.taxTables'), Icon: ListIcon },
        { to: '/ops/pricing/freight', label: t('ops.nav.freight'), Icon: PlaneIcon },
        { to: '/ops/audit', label: t('ops.nav.audit'), Icon: ReceiptIcon },
        { to: '/ops/mail', label: t('ops.nav.mail'), Icon: ListIcon },
        { to: '/ops/conference', label: t('confOps.nav'), Icon: ListIcon },
        { to: '/docs', label: t('ops.nav.docs'), Icon: ListIcon, external: true },
      ]}
    />
  );
}

const inShell = (content: ReactNode) => <AuthShell>{content}</AuthShell>;

export function OpsRoutes() {
  return (
    <Routes>
      <Route path="sign-in" element={inShell(<SignInPage />)} />
      <Route
        element={
          <Guard area="ops" frame={inShell}>
            <OpsLayout />
          </Guard>
        }
      >
        <Route index element={<Navigate to="/ops/users" replace />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="sellers" element={<SellersPage />} />
        <Route path="applications" element={<ReviewQueuePage />} />
        <Route path="applications/:applicationId" element={<ReviewPage />} />
        <Route path="products" element={<OpsProductsPage />} />
        <Route path="products/:productId" element={<OpsProductPage />} />
        <Route path="positive-list" element={<PositiveListPage />} />
        <Route path="fx-rates" element={<FxRatesPage />} />
        <Route path="pricing" element={<PricingSettingsPage />} />
        <Route path="pricing/tax" element={<TaxTablesPage />} />
        <Route path="pricing/freight" element={<FreightPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="mail" element={<MailPage />} />
        <Route path="orders" element={<OpsOrdersPage />} />
        <Route path="orders/:orderNo" element={<DeskOrderPage area="ops" />} />
        <Route path="conference/*" element={<ConferenceOpsRoutes />} />
        <Route path="*" element={<NotFound home="/ops/users" />} />
      </Route>
    </Routes>
  );
}
