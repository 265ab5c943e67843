// After payment on 订单详情: the shipment (carrier and tracking number), how long a return can be asked
// for, 确认收货 and 申请退货退款 when the server says the shopper may (the order's `actions`), and
// a note while a refund is being processed.
import { useState } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { CancelDialog } from './cancel-dialog';
import type { OrderDetail } from './order-types';

export function AfterSale({ order, onChange }: { order: OrderDetail; onChange(order: OrderDetail, message: string): void }) {
  const { t } = useT();
  const [open, setOpen] = useState<'receipt' | 'return' | null>(null);
  const path = `/me/orders/${encodeURIComponent(order.orderNo)}`;
  const canComplete = order.actions.includes('complete');
  const canReturn = order.actions.includes('request_refund');
  if (!order.shipment && !canComplete && !canReturn && order.status !== 'refund_requested') return null;
  return (
    <section className="card shopper-card order-after-sale" aria-labelledby="order-shipment">
      {order.shipment ? (
        <>
          <h2 id="order-shipment" className="section-title">
            {t('order.shipment')}
          </h2>
          <p data-testid="order-tracking">{t('order.shippedBy', { carrier: order.shipment.carrier, trackingNo: order.shipment.trackingNo })}</p>
          <p className="muted">{t('order.shippedAt', { date: new Date(order.shipment.shippedAt) })}</p>
        </>
      ) : null}
      {order.status === 'refund_requested' ? <p className="alert alert-info">{t('order.refundPending')}</p> : null}
      {canReturn && order.returnWindowEndsAt ? <p className="muted">{t('order.returnUntil', { date: new Date(order.returnWindowEndsAt) })}</p> : null}
      {canComplete || canReturn ? (
        <div className="button-row">
          {canComplete ? (
            <button type="button" className="btn btn-primary" onClick={() => setOpen('receipt')}>
              {t('order.confirmReceipt')}
            </button>
          ) : null}
          {canReturn ? (
            <button type="button" className="btn btn-secondary" onClick={() => setOpen('return')}>
              {t('order.requestReturn')}
            </button>
          ) : null}
        </div>
      ) : null}
      {open === 'receipt' ? (
        <ReasonDialog
          title={t('order.confirmReceiptTitle')}
          body={t('order.confirmReceiptBody')}
          reason="none"
          confirmLabel={t('order.confirmReceipt')}
          onConfirm={async () => onChange(await api.post<OrderDetail>(`${path}/confirm-receipt`), t('order.received'))}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'return' ? (
        <CancelDialog
          kind="return"
          onConfirm={async (reason) => onChange(await api.post<OrderDetail>(`${path}/return-request`, { reason }), t('order.returnRequested'))}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
