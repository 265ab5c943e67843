// Seller center › Orders: what to pick and pack now (paid orders not yet shipped, per SKU and mode),
// then every order of the store.
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { useApiQuery } from '../../app/use-api';
import { OrderDeskTable } from './order-desk-table';
import './order-desk.css';

type Pick = { sku: string; titleZh: string; mode: '9610' | '1210'; quantity: number; orders: number };

export function SellerOrdersPage() {
  const { t } = useT();
  useDocumentTitle(t('desk.sellerTitle'));
  const pick = useApiQuery<{ items: Pick[] }>('/seller/orders/pick-list');
  return (
    <div className="ops-page">
      <div className="page-head">
        <h1 className="page-title">{t('desk.sellerTitle')}</h1>
      </div>
      <section className="card pick-list" aria-label={t('desk.pickList')}>
        <h2 className="section-title">{t('desk.pickList')}</h2>
        {pick.data && pick.data.items.length === 0 ? <p className="muted">{t('desk.pickEmpty')}</p> : null}
        {pick.data && pick.data.items.length > 0 ? (
          <ul className="pick-items">
            {pick.data.items.map((p) => (
              <li key={`${p.sku}-${p.mode}`}>
                <strong>{t('desk.pickLine', { quantity: p.quantity, sku: p.sku })}</strong> <span>{p.titleZh}</span>{' '}
                <span className="muted">{t('desk.pickFor', { orders: p.orders, mode: t(`desk.mode.${p.mode}`) })}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <OrderDeskTable path="/seller/orders" base="/seller/orders" search={false} label={t('desk.sellerTitle')} />
    </div>
  );
}
