// One order in 我的订单: number, status, the seller's parcel in brief and the total paid or to pay.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { formatFen } from '../cart/cart-types';
import { OrderStatusBadge } from './order-status';
import type { OrderView } from './order-types';

export function OrderCard({ order }: { order: OrderView }) {
  const { t, locale } = useT();
  const items = order.lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <li className="card order-card" data-testid="order-card" data-order-no={order.orderNo}>
      <Link to={`/orders/${order.orderNo}`} className="order-card-link" aria-label={t('orders.view', { orderNo: order.orderNo })}>
        <div className="order-card-head">
          <span className="order-no">{order.orderNo}</span>
          <OrderStatusBadge status={order.status} />
        </div>
        <ul className="order-card-lines">
          {order.lines.map((line) => (
            <li key={line.sku}>
              <span className="order-line-title">{line.titleZh}</span>
              <span className="muted">×{line.quantity}</span>
            </li>
          ))}
        </ul>
        <div className="order-card-foot">
          <span className="muted">
            {t(`orders.mode.${order.mode}`)} · {t('orders.placedAt', { date: new Date(order.createdAt) })}
          </span>
          <span className="order-card-total">
            {t('orders.itemCount', { count: items })} {t('orders.total')} <strong>{formatFen(order.totals.totalFen, locale)}</strong>
          </span>
        </div>
      </Link>
    </li>
  );
}
