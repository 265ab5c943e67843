// The orders and payments API's answers as the web app reads them (src/modules/orders/view-order.ts,
// the payments routes); see /docs for the OpenAPI document.
export const ORDER_STATUSES = [
  'pending_payment', 'paid', 'payment_held', 'declared', 'cleared', 'shipped', 'delivered',
  'completed', 'cancelled', 'expired', 'refund_requested', 'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type OrderTotals = { goodsFen: number; freightFen: number; insuranceFen: number; discountFen: number; taxFen: number; totalFen: number; dutiableFen: number };
export type OrderLine = { sku: string; titleZh: string; quantity: number; unitPriceFen: number; goodsFen: number; taxFen: number };

export type OrderView = {
  /** The order's id: the cursor of the list. */
  id: string;
  orderNo: string;
  checkoutId: string;
  status: OrderStatus;
  sellerId: string;
  mode: '9610' | '1210';
  taxPath: string;
  totals: OrderTotals;
  lines: OrderLine[];
  buyerName: string;
  consignee: { name: string; phoneMasked: string; address: string };
  paymentDueAt: string;
  paidAt: string | null;
  createdAt: string;
};

export type OrderEvent = { action: string; from: string | null; to: string; by: string; reason: string | null; at: string };
export type OrderDetail = OrderView & {
  events: OrderEvent[];
  shipment: { carrier: string; trackingNo: string; shippedAt: string } | null;
  clearedAt: string | null;
  deliveredAt: string | null;
  /** 30 days after customs release. */
  returnWindowEndsAt: string | null;
  /** What the caller may do now (from the server's state machine): the buttons to show. */
  actions: string[];
};

export type CheckoutAnswer = { checkoutId: string; orders: OrderView[] };

/** Where the provider's page is: a plain link, or a form the browser must POST. */
export type PaymentStart = { method: 'GET'; url: string } | { method: 'POST'; url: string; fields: Record<string, string> };
export type PaymentAnswer = { paymentId: string; amountFen: number; status: string; start: PaymentStart };

export type PaymentStatus = 'pending' | 'captured' | 'held' | 'declined' | 'closed';
export type PaymentState = { paymentId: string; status: PaymentStatus; amountFen: number; orders: Array<{ orderNo: string; status: OrderStatus }> };
