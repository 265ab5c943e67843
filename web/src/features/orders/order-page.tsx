// 订单详情 (/orders/:orderNo): the lines, 税费 and totals, buyer and consignee (phone masked), the status
// timeline; while unpaid, the payment deadline, 去支付 and 取消订单 (with a reason); once shipped, the
// tracking number, 确认收货 and 申请退货退款 (after-sale.tsx). Back from the wallet,
// it waits for the payment to be captured and shows 已支付 when it is.
import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { Loading, NotFound } from '../../app/ui/states';
import { isCode } from '../../app/use-api';
import { formatFen } from '../cart/cart-types';
import { AfterSale } from './after-sale';
import { CancelDialog } from './cancel-dialog';
import { OrderStatusBadge } from './order-status';
import { OrderTimeline } from './order-timeline';
import type { OrderDetail } from './order-types';
import { AttemptKey, payCheckout } from './start-payment';
import { useOrder, type Watch } from './use-order';
import '../cart/cart.css';
import '../identity/shopper-pages.css';
import './orders.css';

function WatchNotice({ watch, pending }: { watch: Watch; pending: boolean }) {
  const { t } = useT();
  // Waiting and "not yet" only mean something while the order still waits for its payment.
  if (watch === 'checking' && pending) return <Loading label={t('order.checking')} />;
  if (watch === 'timed_out' && pending) return <p className="alert alert-info">{t('order.checkLater')}</p>;
  if (watch === 'captured' && !pending) return <p className="alert alert-success">{t('orders.checkoutPaid')}</p>;
  if ((watch === 'declined' || watch === 'closed') && pending) return <p className="alert alert-error">{t('order.paymentDeclined')}</p>;
  if (watch === 'held') return <p className="alert alert-info">{t('order.paymentHeld')}</p>;
  return null;
}

function Figures({ order }: { order: OrderDetail }) {
  const { t, locale } = useT();
  const money = (fen: number) => formatFen(fen, locale);
  const x = order.totals;
  return (
    <dl className="cart-figures">
      <div>
        <dt>{t('order.goods')}</dt>
        <dd>{money(x.goodsFen)}</dd>
      </div>
      <div>
        <dt>{t('order.freight')}</dt>
        <dd>{money(x.freightFen)}</dd>
      </div>
      {x.insuranceFen > 0 ? (
        <div>
          <dt>{t('order.insurance')}</dt>
          <dd>{money(x.insuranceFen)}</dd>
        </div>
      ) : null}
      {x.discountFen > 0 ? (
        <div>
          <dt>{t('order.discount')}</dt>
          <dd>−{money(x.discountFen)}</dd>
        </div>
      ) : null}
      <div className="cart-figure-tax">
        <dt>{t('order.tax')}</dt>
        <dd>{money(x.taxFen)}</dd>
      </div>
      <div className="cart-figure-total cart-grand-total">
        <dt>{t('order.total')}</dt>
        <dd data-testid="order-total">{money(x.totalFen)}</dd>
      </div>
    </dl>
  );
}

export function OrderPage() {
  const { orderNo = '' } = useParams();
  const [params] = useSearchParams();
  const { t, locale } = useT();
  useDocumentTitle(t('order.title'));
  const { order, setOrder, error, reload, watch } = useOrder(orderNo, params.get('payment'));
  const [paying, setPaying] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const paymentKey = useRef(new AttemptKey());

  if (!order && (isCode(error, 'not_found') || isCode(error, 'invalid_request'))) return <NotFound home="/orders" />;
  if (!order) return error ? <ErrorNotice error={error} onRetry={reload} /> : <Loading />;

  async function pay(o: OrderDetail) {
    setPaying(true);
    setActionError(null);
    try {
      await payCheckout(o.checkoutId, paymentKey.current);
    } catch (failure) {
      setActionError(failure);
      setPaying(false);
    }
  }

  const unpaid = order.status === 'pending_payment';
  return (
    <div className="store-page shopper-page order-page">
      <Link to="/orders" className="shopper-back">
        ‹ {t('order.back')}
      </Link>
      <div className="order-page-head">
        <h1 className="store-page-title">{t('order.title')}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="muted order-no-line">
        {t('order.no', { orderNo: order.orderNo })} · {t(`orders.mode.${order.mode}`)}
      </p>
      <SuccessNotice message={message} />
      <WatchNotice watch={watch} pending={order.status === 'pending_payment'} />
      {unpaid ? (
        <section className="card shopper-card order-pay" aria-label={t('order.pay')}>
          <p className="order-deadline">{t('order.payBy', { date: new Date(order.paymentDueAt) })}</p>
          <ErrorNotice error={actionError} />
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={() => void pay(order)} disabled={paying}>
              {paying ? t('order.paying') : t('order.pay')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setCancelling(true)} disabled={paying}>
              {t('order.cancel')}
            </button>
          </div>
        </section>
      ) : null}
      {order.paidAt ? <p className="muted">{t('order.paidAt', { date: new Date(order.paidAt) })}</p> : null}
      <AfterSale
        order={order}
        onChange={(next, note) => {
          setOrder(next);
          setMessage(note);
        }}
      />

      <section className="card shopper-card" aria-labelledby="order-lines">
        <h2 id="order-lines" className="section-title">
          {t('order.lines')}
        </h2>
        <ul className="checkout-lines">
          {order.lines.map((line) => (
            <li key={line.sku}>
              <span className="checkout-line-title">
                {line.titleZh}
                <small className="muted">{t('order.unit', { price: formatFen(line.unitPriceFen, locale), quantity: line.quantity })}</small>
              </span>
              <span className="checkout-line-money">{formatFen(line.goodsFen, locale)}</span>
            </li>
          ))}
        </ul>
        <Figures order={order} />
      </section>

      <section className="card shopper-card order-people">
        <div>
          <h2 className="section-title">{t('order.buyer')}</h2>
          <p>{order.buyerName}</p>
        </div>
        <div>
          <h2 className="section-title">{t('order.consignee')}</h2>
          <p>
            {order.consignee.name} {order.consignee.phoneMasked}
          </p>
          <p className="muted">{order.consignee.address}</p>
        </div>
      </section>

      <OrderTimeline events={order.events} />

      {cancelling ? (
        <CancelDialog
          onClose={() => setCancelling(false)}
          onConfirm={async (reason) => {
            const answer = await api.post<OrderDetail>(`/me/orders/${encodeURIComponent(order.orderNo)}/cancel`, { reason });
            setOrder(answer);
            setMessage(t('order.cancelled'));
          }}
        />
      ) : null}
    </div>
  );
}
