// Alipay's field formats, shared by the sandbox wallet (which imitates them) and the Alipay adapter:
// amounts as decimal yuan strings, times as Beijing wall-clock text, trade statuses. Amounts convert
// digit by digit between integer fen and text — never through a float.
import { badNotification, type NotificationStatus, type PayerReport, type PaymentNotification, type ProviderName } from './provider.js';

const YUAN = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** 12345 → "123.45"; 1 → "0.01"; 500000 → "5000.00". Integer fen ≥ 0 only. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`fen must be a non-negative safe integer, got ${fen}`);
  const cents = fen % 100;
  return `${(fen - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/** "123.45" → 12345; "1.1" → 110; "26000" → 2600000. Anything else (signs, exponents, 3 decimals, spaces) throws. */
export function yuanToFen(yuan: string): number {
  const m = YUAN.exec(yuan);
  if (!m) throw new RangeError(`not a yuan amount with at most 2 decimals: "${yuan}"`);
  const fen = BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`amount too large: "${yuan}"`);
  return Number(fen);
}

// Alipay writes times as "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8, no daylight saving).
const BEIJING_MS = 8 * 3600_000;
const ALIPAY_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const pad = (n: number): string => String(n).padStart(2, '0');

export function formatAlipayTime(at: Date): string {
  const b = new Date(at.getTime() + BEIJING_MS);
  return `${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())} ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}:${pad(b.getUTCSeconds())}`;
}

export function parseAlipayTime(text: string): Date {
  const m = ALIPAY_TIME.exec(text);
  if (!m) throw new RangeError(`not an Alipay time: "${text}"`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - BEIJING_MS);
  // Date.UTC rolls 02-30 over into March: refuse what does not round-trip.
  if (formatAlipayTime(at) !== text) throw new RangeError(`not a calendar time: "${text}"`);
  return at;
}

/** Alipay's trade_status values; the sandbox adds TRADE_DECLINED (Alipay never notifies a refusal). */
const STATUSES: Record<string, 'paid' | 'closed' | 'pending' | 'declined'> = {
  TRADE_SUCCESS: 'paid',
  TRADE_FINISHED: 'paid',
  TRADE_CLOSED: 'closed',
  WAIT_BUYER_PAY: 'pending',
  TRADE_DECLINED: 'declined',
};

function required(params: Record<string, string>, key: string): string {
  const value = params[key];
  if (!value) throw badNotification(`the notification has no ${key}`);
  return value;
}

function amount(params: Record<string, string>, key: string): number {
  try {
    return yuanToFen(required(params, key));
  } catch (err) {
    if (err instanceof RangeError) throw badNotification(`${key} is not a yuan amount`);
    throw err;
  }
}

function time(params: Record<string, string>, key: string): Date {
  try {
    return parseAlipayTime(required(params, key));
  } catch (err) {
    if (err instanceof RangeError) throw badNotification(`${key} is not a time`);
    throw err;
  }
}

/**
 * The provider-neutral reading of an already verified Alipay-style notification. `payerOf` says who
 * paid, given the status, because only the provider knows where its payer data lives.
 */
export function readAlipayNotification(
  provider: ProviderName,
  params: Record<string, string>,
  options: { allowDeclined: boolean; payerOf: (status: NotificationStatus) => PayerReport },
): PaymentNotification {
  const tradeStatus = required(params, 'trade_status');
  const kind = STATUSES[tradeStatus];
  if (!kind || (kind === 'declined' && !options.allowDeclined)) throw badNotification(`unknown trade_status ${tradeStatus}`);
  const refundedFen = params['refund_fee'] ? amount(params, 'refund_fee') : null;
  const refunded = refundedFen !== null && refundedFen > 0;
  const status: NotificationStatus =
    kind === 'paid' ? (refunded ? 'refunded' : 'captured') : kind === 'closed' ? (refunded ? 'refunded' : 'closed') : kind;
  return {
    provider,
    paymentId: required(params, 'out_trade_no'),
    providerTradeNo: required(params, 'trade_no'),
    status,
    amountFen: amount(params, 'total_amount'),
    refundedFen,
    payer: options.payerOf(status),
    paidAt: params['gmt_payment'] ? time(params, 'gmt_payment') : null,
    notifiedAt: time(params, 'notify_time'),
    notifyId: required(params, 'notify_id'),
  };
}
