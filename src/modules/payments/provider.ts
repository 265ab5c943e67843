// The contract every payment provider meets (the built-in sandbox wallet, Alipay), so checkout, the
// notification route and refunds never branch on which one is configured.
import { AppError } from '../../platform/errors.js';

export type ProviderName = 'sandbox' | 'alipay';

/** The shopper who places the order, as verified by the identity module (DOMAIN.md §6). */
export type PaymentBuyer = {
  /** Real name on the resident ID card. */
  realName: string;
  /** Resident ID number, in clear: only passed through to a provider that enforces it, never stored here. */
  idNumber: string;
};

export type CreatePaymentInput = {
  /** Our payment id (`out_trade_no` at Alipay): one payment may pay several orders of one checkout. */
  paymentId: string;
  /** The orders this payment pays, for the subject and body the shopper sees. */
  orderNos: string[];
  /** Integer fen; > 0. */
  amountFen: number;
  currency: 'CNY';
  /** What the shopper sees in the wallet (Alipay's `subject`, ≤ 256 characters). */
  subject: string;
  /** Where the wallet sends the shopper back (synchronous; proves nothing: only the notification counts). */
  returnUrl: string;
  /** Where the provider POSTs its signed asynchronous notification. */
  notifyUrl: string;
  buyer: PaymentBuyer;
};

/**
 * How to send the shopper to the wallet. A provider whose request carries personal data (Alipay's
 * ext_user_info holds the ID number) asks for a POST form, so that data stays out of URLs, browser
 * history and access logs; the platform renders the fields as an auto-submitting form.
 */
export type PaymentStart =
  | { method: 'GET'; url: string }
  | { method: 'POST'; url: string; fields: Record<string, string> };

/**
 * What the provider says about who paid (cross-border: the payer must be the buyer, DOMAIN.md §6).
 * - reported: the provider told us the payer's name and ID number; the platform compares them with the
 *   buyer's identity (name exactly, ID number by the identity module's keyed hash) and holds the
 *   order on a mismatch. The clear ID number never leaves parseNotification.
 * - enforced: the provider itself refused any payer but the buyer we named (Alipay's ext_user_info
 *   with need_check_info=T), and does not echo the identity back.
 * - none: nobody paid (declined, closed, pending).
 */
export type PayerReport =
  | { kind: 'reported'; realName: string; idNumberHash: string }
  | { kind: 'enforced' }
  | { kind: 'none' };

/**
 * - captured: paid (Alipay TRADE_SUCCESS or TRADE_FINISHED without refunds). Capture once: a second
 *   notification for a captured payment (a retry, or TRADE_FINISHED after TRADE_SUCCESS) changes nothing.
 * - refunded: the notification reports refunds (`refund_fee`): partial while TRADE_SUCCESS, full when
 *   TRADE_CLOSED. Never read as an unpaid close.
 * - declined: the shopper refused in the wallet (sandbox only: Alipay reports no declines).
 * - closed: closed unpaid (abandoned, timed out).
 * - pending: waiting for the buyer (WAIT_BUYER_PAY): acknowledge, change nothing.
 */
export type NotificationStatus = 'captured' | 'refunded' | 'declined' | 'closed' | 'pending';

export type PaymentNotification = {
  provider: ProviderName;
  /** Our payment id (`out_trade_no`). */
  paymentId: string;
  /** The provider's trade number (`trade_no`): keep it, refunds and reconciliation quote it. */
  providerTradeNo: string;
  status: NotificationStatus;
  /** `total_amount` in fen: the platform checks it equals the payment's amount before capturing. */
  amountFen: number;
  /** `refund_fee` in fen (total refunded so far), null when the notification reports no refund. */
  refundedFen: number | null;
  payer: PayerReport;
  /** `gmt_payment`, when paid; null otherwise. */
  paidAt: Date | null;
  /** `notify_time`: when the provider sent it. Notifications may arrive late or out of order. */
  notifiedAt: Date;
  /**
   * `notify_id`: the same for every delivery of the same notification (retries), so the consumer
   * de-duplicates on (provider, notifyId). Different events of one payment have different ids.
   */
  notifyId: string;
};

export type RefundInput = {
  paymentId: string;
  /** Our refund id (Alipay's `out_request_no`): retrying with the same id never refunds twice. */
  refundId: string;
  /** Integer fen; > 0 and at most what is left to refund. */
  amountFen: number;
  reason: string;
};

export type RefundResult = {
  /** pending: outcome unknown (transport failure, or the provider has not moved funds yet): retry with the same refundId. */
  status: 'succeeded' | 'pending' | 'failed';
  providerRefundId: string | null;
  /** The provider's reason, for a failed refund (e.g. Alipay's sub_code). */
  failureCode?: string;
};

export type PaymentProvider = {
  readonly name: ProviderName;
  /** True when the provider itself refuses payers other than the buyer (see PayerReport). */
  readonly enforcesPayerIdentity: boolean;
  createPayment(input: CreatePaymentInput): Promise<PaymentStart>;
  /**
   * The POSTed notification's form fields, verified first: a missing or wrong signature throws
   * AppError('unauthenticated', 'bad_signature') → 401, before anything is read. A verified but
   * unusable notification (unknown status, malformed amount, another app's) throws 'invalid' → 400.
   */
  parseNotification(params: Record<string, string>): PaymentNotification;
  refund(input: RefundInput): Promise<RefundResult>;
};

export const badSignature = (): AppError =>
  new AppError('unauthenticated', 'bad_signature', 'The notification signature is missing or does not verify');

/** Amounts handed to a provider are whole, positive fen. */
export function checkPositiveFen(amountFen: number): void {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw new AppError('invalid', 'invalid_amount', 'The amount must be a positive number of fen');
}

export const badNotification = (message: string): AppError => new AppError('invalid', 'bad_notification', message);

/** Fields that carry a person's identity, dropped before a raw notification is kept or logged. */
const PERSONAL_FIELDS = new Set(['buyer_cert_no', 'buyer_name', 'cert_no', 'buyer_logon_id']);

/**
 * A copy safe to store (payment_notifications.raw) or log: personal fields replaced by '[redacted]'.
 * The signature cannot be re-checked on it; keep the verification result beside it.
 */
export function redactNotification(params: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) copy[key] = PERSONAL_FIELDS.has(key) ? '[redacted]' : value;
  return copy;
}
