// E-mails to the shopper about their orders: confirmation when placed, then payment received (or held
// for a check), shipped, cancelled or expired. Subscribed to the outbox's order events in app.ts, so
// an e-mail goes out after the change committed, and again after a crash that interrupted delivery
// (at least once). Chinese, like the storefront.
import type { Db } from '../../db/database.js';
import type { OrderStatus } from '../../db/schema.js';
import type { Mailer } from '../../platform/mailer.js';
import { findUsersByIds } from '../accounts/index.js';
import { findOrdersByIds, type OrderRow } from './repo.js';

const yuan = (fen: number | string) => `¥${(Number(fen) / 100).toFixed(2)}`;

const SUBJECTS: Partial<Record<OrderStatus, { subject: string; body: string }>> = {
  paid: { subject: '付款成功', body: '我们已收到您的付款，订单将申报海关后发货。' },
  payment_held: { subject: '付款待核验', body: '跨境订单须由购买人本人付款。本次付款人与购买人不一致，我们将人工核验后处理，如有需要会联系您。' },
  shipped: { subject: '订单已发货', body: '您的订单已清关发货，可在订单详情中查看进度。' },
  cancelled: { subject: '订单已取消', body: '订单已取消，占用的库存与年度额度已释放。' },
  expired: { subject: '订单已关闭', body: '订单在付款期限内未完成付款，已自动关闭，占用的库存与年度额度已释放。' },
  delivered: { subject: '订单已签收', body: '您的包裹已送达。如需退货，请在海关放行后 30 天内申请。' },
  refund_requested: { subject: '退款申请已提交', body: '我们已收到退款申请，客服将尽快处理，结果会通过邮件通知您。' },
  refunded: { subject: '退款成功', body: '订单款项已原路退回您的支付账户，到账时间以支付机构为准。' },
};

function describeOrders(orders: OrderRow[], publicUrl: string): string {
  return orders.map((o) => `订单号：${o.order_no}\n应付总额：${yuan(o.total_fen)}（含税费 ${yuan(o.tax_fen)}，运费 ${yuan(o.freight_fen)}）\n${o.tracking_no ? `物流：${o.carrier ?? ''} ${o.tracking_no}\n` : ''}查看订单：${publicUrl}/orders/${o.order_no}`).join('\n\n');
}

export function orderMail(db: Db, mailer: Mailer, publicUrl: string) {
  async function toOwner(orderIds: string[], subject: string, lead: string): Promise<void> {
    const orders = await findOrdersByIds(db, orderIds);
    const first = orders[0];
    if (!first) return;
    const [user] = await findUsersByIds(db, [first.user_id]);
    if (!user) return;
    await mailer.send({ to: user.email, subject: `【Gateway 全球购】${subject}`, text: `${user.name}，您好：\n\n${lead}\n\n${describeOrders(orders, publicUrl)}\n\n跨境商品为个人自用，不得再次销售。\nGateway 全球购` });
  }
  return {
    placed: async (payload: { orderIds: string[] }) => toOwner(payload.orderIds, '订单已提交，请尽快付款', '您的订单已提交。请在付款期限内完成付款，逾期订单将自动关闭。'),
    statusChanged: async (payload: { orderId: string; from: string; to: string }) => {
      // An approval or a recorded return keeps the order in refund_requested: no second e-mail for it.
      const text = payload.from === payload.to ? undefined : SUBJECTS[payload.to as OrderStatus];
      if (text) await toOwner([payload.orderId], text.subject, text.body);
    },
  };
}
