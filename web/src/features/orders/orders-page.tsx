// 我的订单 (/orders): the shopper's orders, newest first, with their status in Chinese and the total,
// an empty state, and "加载更多". Back from paying for several orders (?checkout=…), it waits for the
// payment to show and says so.
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ReceiptIcon } from '../../app/ui/icons';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, Loading } from '../../app/ui/states';
import { OrderCard } from './order-card';
import { useOrders } from './use-orders';
import '../identity/shopper-pages.css';
import './orders.css';

export function OrdersPage() {
  const { t } = useT();
  useDocumentTitle(t('orders.title'));
  const [params] = useSearchParams();
  const checkout = params.get('checkout');
  const orders = useOrders(checkout);
  const { items } = orders;
  const mine = checkout && items ? items.filter((o) => o.checkoutId === checkout) : [];
  const allPaid = mine.length > 0 && mine.every((o) => o.status !== 'pending_payment');

  return (
    <div className="store-page shopper-page orders-page">
      <Link to="/account" className="shopper-back">
        ‹ {t('account.title')}
      </Link>
      <h1 className="store-page-title">{t('orders.title')}</h1>
      {checkout && orders.waiting ? <Loading label={t('orders.checkoutPending')} /> : null}
      {checkout && allPaid ? <p className="alert alert-success">{t('orders.checkoutPaid')}</p> : null}
      {checkout && orders.timedOut && !allPaid && mine.length > 0 ? <p className="alert alert-info">{t('order.checkLater')}</p> : null}
      {items === null && !orders.error ? <Loading /> : null}
      <ErrorNotice error={orders.error} onRetry={orders.reload} />
      {items && items.length === 0 ? (
        <div className="card">
          <EmptyState
            title={t('orders.emptyTitle')}
            icon={<ReceiptIcon size={28} />}
            action={
              <Link to="/" className="btn btn-primary">
                {t('orders.browse')}
              </Link>
            }
          >
            <p>{t('orders.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : null}
      {items && items.length > 0 ? (
        <ul className="order-list">
          {items.map((order) => (
            <OrderCard key={order.orderNo} order={order} />
          ))}
        </ul>
      ) : null}
      {orders.nextCursor ? (
        <button type="button" className="btn btn-secondary btn-block" onClick={() => void orders.loadMore()} disabled={orders.loadingMore}>
          {orders.loadingMore ? t('common.loadingMore') : t('common.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
