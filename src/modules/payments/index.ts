// payments: taking the shopper's money for a checkout and giving it back, through one provider
// interface (PaymentProvider) chosen in config: the built-in sandbox wallet, which imitates Alipay's
// cross-border page pay offline (its own wallet page, RSA2-signed asynchronous notifications that
// name the payer), or Alipay itself on the official alipay-sdk. A notification is verified before it
// is read (a bad signature → 401, nothing changes); the consumer de-duplicates on (provider,
// notifyId), captures once whatever the order of arrival, checks amountFen against the payment, and
// holds the order unless buyer = payer: payer.kind 'reported' → compare name and idNumberHash with the
// buyer's identity; 'enforced' → the provider already refused other payers; 'none' on a capture → hold.
// Refunds: one row per order, sent through the outbox (retried with the same id until final); the
// provider's confirmation makes the order refunded (orders.recordRefund).
// Owns tables: payments, payment_notifications, refunds (redactNotification's copy, never the raw fields: the
// sandbox's carry the payer's ID number). Records captures on orders through the orders module.
// Publishes payment.refund_requested. Consumes order.refund_due, payment.refund_requested.
export type {
  CreatePaymentInput,
  NotificationStatus,
  PayerReport,
  PaymentBuyer,
  PaymentNotification,
  PaymentProvider,
  PaymentStart,
  ProviderName,
  RefundInput,
  RefundResult,
} from './provider.js';
export { badSignature, redactNotification } from './provider.js';
export { rsa2Sign, rsa2Verify, stringToSign, withRsa2Signature } from './rsa2.js';
export { fenToYuan, yuanToFen, formatAlipayTime, parseAlipayTime } from './alipay-fields.js';
export {
  createSandboxWallet,
  loadOrCreateWalletKeys,
  sandboxNotifyId,
  sandboxTradeNo,
  SANDBOX_APP_ID,
  type SandboxPayment,
  type SandboxWallet,
  type SandboxWalletOptions,
  type WalletOutcome,
} from './sandbox-wallet.js';
export { createAlipayProvider, normalisePrivateKey, normalisePublicKey, type AlipayConfig, type AlipayProvider } from './alipay-adapter.js';
export { registerPaymentRoutes } from './routes.js';
export { handleNotification, type NotificationOutcome } from './handle-notification.js';
export { refundSubscribers, sendRefund, findRefundOfOrder, type RefundOutcome } from './refunds.js';
export type { PaymentDeps } from './start-payment.js';
