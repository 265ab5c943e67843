// One order for the people who fulfil it (seller center /seller/orders/:orderNo) and watch it (ops
// /ops/orders/:orderNo): status, lines and totals, buyer and consignee (phone masked), shipment,
// the timeline, and the next steps the server says this caller may take (its `actions`): a store
// ships; an operator releases holds, records customs messages, delivery and returns, cancels, and
// decides refunds.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ReasonDialog } from '../../app/ui/reason-dialog';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { Loading, NotFound } from '../../app/ui/states';
import { isCode, useApiQuery } from '../../app/use-api';
import { OrderTimeline } from '../orders/order-timeline';
import type { OrderDetail } from '../orders/order-types';
import { ShipDialog } from './ship-dialog';
import './order-desk.css';

type Area = 'seller' | 'ops';
/** Operator actions and how each is confirmed: 'reason' asks why (kept in the timeline), 'confirm' only asks. */
const OPS_ACTIONS = {
  release_hold: 'confirm',
  declare: 'confirm',
  clear: 'confirm',
  ship: 'ship',
  deliver: 'confirm',
  receive_return: 'confirm',
  approve_refund: 'confirm',
  reject_refund: 'reason',
  request_refund: 'reason',
  cancel: 'reason',
} as const satisfies Record<string, 'reason' | 'confirm' | 'ship'>;
type DeskAction = keyof typeof OPS_ACTIONS;
const isDeskAction = (a: string): a is DeskAction => Object.hasOwn(OPS_ACTIONS, a);
const DANGER = new Set<DeskAction>(['cancel', 'reject_refund', 'request_refund']);

export function DeskOrderPage({ area }: { area: Area }) {
  const { orderNo = '' } = useParams();
  const { t } = useT();
  useDocumentTitle(t('desk.orderTitle', { orderNo }));
  const path = `/${area}/orders/${encodeURIComponent(orderNo)}`;
  const query = useApiQuery<OrderDetail>(path);
  const [fresh, setFresh] = useState<OrderDetail | null>(null);
  const [open, setOpen] = useState<DeskAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const order = fresh?.orderNo === orderNo ? fresh : query.data;

  if (!order && (isCode(query.error, 'not_found') || isCode(query.error, 'invalid_request'))) return <NotFound home={`/${area}/orders`} />;
  if (!order) return query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : <Loading />;

  const money = (fen: number) => t('desk.money', { amount: fen / 100 });
  const actions = order.actions.filter(isDeskAction).filter((a) => area === 'ops' || a === 'ship');
  const act = async (action: DeskAction, extra: Record<string, string> = {}) => {
    const answer =
      area === 'seller'
        ? await api.post<OrderDetail>(`${path}/ship`, extra)
        : await api.post<OrderDetail>(`${path}/actions`, { action, ...extra });
    setFresh(answer);
    setMessage(t(`desk.done.${action}`));
  };

  return (
    <div className="ops-page desk-order">
      <Link to={`/${area}/orders`} className="desk-back">
        ‹ {t('desk.back')}
      </Link>
      <div className="page-head">
        <h1 className="page-title mono">{order.orderNo}</h1>
        <span className={`badge badge-${order.status}`} data-testid="desk-status">
          {t(`desk.status.${order.status}`)}
        </span>
      </div>
      <SuccessNotice message={message} />
      <section className="card" aria-labelledby="desk-next">
        <h2 id="desk-next" className="section-title">
          {t('desk.next')}
        </h2>
        {actions.length === 0 ? <p className="muted">{t('desk.nothingToDo')}</p> : null}
        <div className="button-row">
          {actions.map((a) => (
            <button key={a} type="button" data-action={a} className={DANGER.has(a) ? 'btn btn-secondary' : 'btn btn-primary'} onClick={() => setOpen(a)}>
              {t(`desk.action.${a}`)}
            </button>
          ))}
        </div>
      </section>

      <section className="card desk-order-facts">
        <dl className="desk-facts">
          <dt>{t('desk.placed')}</dt>
          <dd>{t('common.dateTime', { date: new Date(order.createdAt) })}</dd>
          <dt>{t('desk.mode')}</dt>
          <dd>{t(`desk.mode.${order.mode}`)}</dd>
          <dt>{t('desk.buyer')}</dt>
          <dd>{order.buyerName}</dd>
          <dt>{t('desk.consignee')}</dt>
          <dd>
            {order.consignee.name} {order.consignee.phoneMasked}
            <div className="muted">{order.consignee.address}</div>
          </dd>
          {order.shipment ? (
            <>
              <dt>{t('desk.shipment')}</dt>
              <dd data-testid="desk-shipment">
                {order.shipment.carrier} <span className="mono">{order.shipment.trackingNo}</span>
                <div className="muted">{t('common.dateTime', { date: new Date(order.shipment.shippedAt) })}</div>
              </dd>
            </>
          ) : null}
          {order.returnWindowEndsAt ? (
            <>
              <dt>{t('desk.returnWindow')}</dt>
              <dd>{t('common.dateTime', { date: new Date(order.returnWindowEndsAt) })}</dd>
            </>
          ) : null}
        </dl>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">{t('desk.items')}</th>
              <th scope="col" className="num">
                {t('desk.quantity')}
              </th>
              <th scope="col" className="num">
                {t('desk.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l) => (
              <tr key={l.sku}>
                <td className="mono">{l.sku}</td>
                <td>{l.titleZh}</td>
                <td className="num">{l.quantity}</td>
                <td className="num">{money(l.goodsFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="desk-order-total">
          {t('desk.totalLine', { total: money(order.totals.totalFen), tax: money(order.totals.taxFen), freight: money(order.totals.freightFen) })}
        </p>
      </section>

      <OrderTimeline events={order.events} />

      {open === 'ship' ? <ShipDialog onClose={() => setOpen(null)} onShip={(shipment) => act('ship', shipment)} /> : null}
      {open !== null && open !== 'ship' ? (
        <ReasonDialog
          title={t(`desk.action.${open}`)}
          body={t(`desk.confirm.${open}`)}
          reason={OPS_ACTIONS[open] === 'reason' ? 'required' : 'none'}
          confirmLabel={t(`desk.action.${open}`)}
          danger={DANGER.has(open)}
          onConfirm={(reason) => act(open, OPS_ACTIONS[open] === 'reason' ? { reason } : {})}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
