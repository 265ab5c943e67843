// Ops › Orders: every order, newest first; search by order number (or its beginning) and status.
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { OrderDeskTable } from './order-desk-table';
import './order-desk.css';

export function OpsOrdersPage() {
  const { t } = useT();
  useDocumentTitle(t('desk.opsTitle'));
  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('desk.opsTitle')}</h1>
      </div>
      <OrderDeskTable path="/ops/orders" base="/ops/orders" search label={t('desk.opsTitle')} />
    </div>
  );
}
