// An order's status as a coloured badge in the reader's language: amber while the shopper must act,
// blue while it moves, green once it arrived, grey when it ended without a sale.
import { useT } from '../../app/i18n/i18n';
import type { OrderStatus } from './order-types';

const TONE: Record<OrderStatus, string> = {
  pending_payment: 'badge-warning',
  paid: 'badge-info',
  payment_held: 'badge-warning',
  declared: 'badge-info',
  cleared: 'badge-info',
  shipped: 'badge-info',
  delivered: 'badge-success',
  completed: 'badge-success',
  cancelled: 'order-badge-ended',
  expired: 'order-badge-ended',
  refund_requested: 'badge-danger',
  refunded: 'order-badge-ended',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useT();
  return (
    <span className={`badge ${TONE[status] ?? ''}`} data-status={status}>
      {t(`orders.status.${status}`)}
    </span>
  );
}
