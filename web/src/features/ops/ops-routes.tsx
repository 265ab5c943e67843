// The operator console at /ops: users, sellers, the audit log, and a link to the API docs.
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ConsoleLayout } from '../../app/ui/console-layout';
import { Guard } from '../../app/ui/guard';
import { ReceiptIcon, StoreIcon, UserIcon, GridIcon } from '../../app/ui/icons';
import { NotFound } from '../../app/ui/states';
import { AuthShell } from '../accounts/auth-card';
import { SignInPage } from '../accounts/sign-in-page';
import { AuditPage } from './audit-page';
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
        { to: '/ops/audit', label: t('ops.nav.audit'), Icon: ReceiptIcon },
        { to: '/docs', label: t('ops.nav.docs'), Icon: GridIcon, external: true },
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
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<NotFound home="/ops/users" />} />
      </Route>
    </Routes>
  );
}
