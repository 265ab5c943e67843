// card-payments: card payments in US dollars for what US businesses buy from Gateway itself (today the
// conference's paid passes), through one provider interface (CardProvider): the built-in sandbox card
// processor (a hosted checkout page with test cards, HMAC-signed webhooks). One payment per thing paid
// for (purpose + subject), so retrying never charges twice; webhooks verified before reading, kept once
// per event id, capture at most once; refunds requested once and sent through the outbox.
// Owns tables: card_payments, card_payment_events. Publishes card_payment.paid, card_payment.refund_requested,
// card_payment.refunded. Consumes card_payment.refund_requested.
export type { CardProvider, CardProviderName, CardEvent, CardCheckoutInput, CardRefundInput, CardRefundResult } from './provider.js';
export { createSandboxCard, luhnValid, checkCard, DECLINING_CARDS, SIGNATURE_HEADER, type SandboxCard } from './sandbox-card.js';
export { startCardPayment, handleCardWebhook, voidCardPayment, requestCardRefund, sendCardRefund, cardRefundSubscriber, type CardPaymentRequest, type StartedCardPayment, type WebhookOutcome } from './card-payments.js';
export { findCardPaymentOf, findCardPaymentById, listCardPaymentsOf, type CardPaymentRow } from './repo.js';
export { registerCardPaymentRoutes } from './routes.js';
export { usd } from './card-page.js';
