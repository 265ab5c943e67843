// The Alipay provider, on the official alipay-sdk (OpenAPI v2 gateway, RSA2 with the app's private
// key; notifications and responses verified with Alipay's public key by the SDK's own verifiers).
// Page pay is sent as a POST form: the request carries the buyer's identity (ext_user_info with
// need_check_info=T, so Alipay refuses any payer but the buyer), and an ID number must not sit in a URL.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { AlipaySdk } from 'alipay-sdk';
import { fenToYuan, readAlipayNotification } from './alipay-fields.js';
import {
  badNotification,
  badSignature,
  checkPositiveFen,
  type CreatePaymentInput,
  type PaymentNotification,
  type PaymentProvider,
  type PaymentStart,
  type RefundInput,
  type RefundResult,
} from './provider.js';

export type AlipayConfig = {
  /** ALIPAY_APP_ID */
  appId: string;
  /** ALIPAY_PRIVATE_KEY: the app's RSA private key, PEM (PKCS#1 or PKCS#8) or bare base64 as Alipay's key tool prints it. */
  privateKey: string;
  /** ALIPAY_PUBLIC_KEY: Alipay's public key for this app (not the app's own), PEM or bare base64. */
  alipayPublicKey: string;
  /** ALIPAY_GATEWAY: https://openapi.alipay.com/gateway.do, or the sandbox's gateway. */
  gateway: string;
  /**
   * ALIPAY_PRODUCT_CODE: the product signed with Alipay. Cross-border merchants use NEW_OVERSEAS_SELLER
   * (the default); a domestic page-pay contract is FAST_INSTANT_TRADE_PAY. The contract decides: config.
   */
  productCode?: string;
  /** How long the shopper has to pay, Alipay's timeout_express (default '30m'). */
  timeoutExpress?: string;
  /** Ask Alipay to accept only the named buyer as payer (ext_user_info.need_check_info=T). Default true. */
  enforcePayerIdentity?: boolean;
  /** Gateway call timeout in ms (default 5000). */
  timeoutMs?: number;
};

export type AlipayProvider = PaymentProvider & { readonly name: 'alipay'; readonly sdk: AlipaySdk };

const PAGE_PAY = 'alipay.trade.page.pay';
const REFUND = 'alipay.trade.refund';
/** Parameters Alipay's gateway reads from the query string; the rest travel in the form body. */
const URL_ARGS = new Set(['app_id', 'method', 'format', 'charset', 'sign_type', 'sign', 'timestamp', 'version', 'notify_url', 'return_url', 'app_auth_token']);
/** Alipay answers these when it does not know yet: the same out_request_no may be retried. */
const RETRYABLE = new Set(['ACQ.SYSTEM_ERROR', 'aop.ACQ.SYSTEM_ERROR']);

function derOrPem(text: string): { pem: string } | { der: Buffer } {
  const t = text.trim();
  return t.includes('-----BEGIN') ? { pem: t } : { der: Buffer.from(t.replace(/\s+/g, ''), 'base64') };
}

/** Any of the forms Alipay hands out, as PKCS#8 PEM; a key that does not parse fails at start, not at checkout. */
export function normalisePrivateKey(text: string): string {
  const key = derOrPem(text);
  let object: KeyObject | null = null;
  if ('pem' in key) object = createPrivateKey(key.pem);
  else
    for (const type of ['pkcs8', 'pkcs1'] as const) {
      try {
        object = createPrivateKey({ key: key.der, format: 'der', type });
        break;
      } catch {
        // try the next encoding
      }
    }
  if (!object || object.asymmetricKeyType !== 'rsa') throw new Error('ALIPAY_PRIVATE_KEY is not an RSA private key');
  return object.export({ type: 'pkcs8', format: 'pem' }) as string;
}

/** Alipay's public key as SPKI PEM. */
export function normalisePublicKey(text: string): string {
  const key = derOrPem(text);
  let object: KeyObject | null = null;
  if ('pem' in key) object = createPublicKey(key.pem);
  else
    for (const type of ['spki', 'pkcs1'] as const) {
      try {
        object = createPublicKey({ key: key.der, format: 'der', type });
        break;
      } catch {
        // try the next encoding
      }
    }
  if (!object || object.asymmetricKeyType !== 'rsa') throw new Error('ALIPAY_PUBLIC_KEY is not an RSA public key');
  return object.export({ type: 'spki', format: 'pem' }) as string;
}

export function createAlipayProvider(config: AlipayConfig): AlipayProvider {
  const sdk = new AlipaySdk({
    appId: config.appId,
    privateKey: normalisePrivateKey(config.privateKey),
    keyType: 'PKCS8',
    alipayPublicKey: normalisePublicKey(config.alipayPublicKey),
    gateway: config.gateway,
    signType: 'RSA2',
    timeout: config.timeoutMs ?? 5000,
  });
  const enforce = config.enforcePayerIdentity ?? true;

  return {
    name: 'alipay',
    sdk,
    enforcesPayerIdentity: enforce,

    async createPayment(input: CreatePaymentInput): Promise<PaymentStart> {
      checkPositiveFen(input.amountFen);
      const bizContent: Record<string, unknown> = {
        out_trade_no: input.paymentId,
        product_code: config.productCode ?? 'NEW_OVERSEAS_SELLER',
        total_amount: fenToYuan(input.amountFen),
        subject: input.subject.slice(0, 256),
        body: input.orderNos.join(','),
        timeout_express: config.timeoutExpress ?? '30m',
      };
      if (enforce) {
        bizContent['ext_user_info'] = { name: input.buyer.realName, cert_type: 'IDENTITY_CARD', cert_no: input.buyer.idNumber, need_check_info: 'T' };
      }
      // The SDK signs and returns everything as one GET link; we split it the way its POST form does.
      const link = new URL(sdk.pageExecute(PAGE_PAY, 'GET', { notifyUrl: input.notifyUrl, returnUrl: input.returnUrl, bizContent }));
      const fields: Record<string, string> = {};
      for (const [key, value] of [...link.searchParams]) {
        if (URL_ARGS.has(key)) continue;
        fields[key] = value;
        link.searchParams.delete(key);
      }
      return { method: 'POST', url: link.toString(), fields };
    },

    parseNotification(params: Record<string, string>): PaymentNotification {
      // V2: the values are already form-decoded; V1 would decode them again and break on a '%'.
      if (!params['sign'] || !sdk.checkNotifySignV2(params)) throw badSignature();
      if (params['app_id'] !== config.appId) throw badNotification('the notification is for another app');
      return readAlipayNotification('alipay', params, {
        allowDeclined: false,
        payerOf: (status) => (status === 'captured' && enforce ? { kind: 'enforced' } : { kind: 'none' }),
      });
    },

    async refund(input: RefundInput): Promise<RefundResult> {
      checkPositiveFen(input.amountFen);
      let result: Record<string, unknown>;
      try {
        result = await sdk.exec(
          REFUND,
          { bizContent: { out_trade_no: input.paymentId, refund_amount: fenToYuan(input.amountFen), out_request_no: input.refundId, refund_reason: input.reason.slice(0, 256) } },
          { validateSign: true },
        );
      } catch {
        // Transport failure, a non-200 or a response that fails verification: the outcome is unknown,
        // and retrying with the same out_request_no cannot refund twice.
        return { status: 'pending', providerRefundId: null };
      }
      const tradeNo = typeof result['tradeNo'] === 'string' ? result['tradeNo'] : null;
      if (result['code'] === '10000') {
        // fund_change=N: no money moved by this call (not yet, or an earlier call already did): query later.
        return { status: result['fundChange'] === 'Y' ? 'succeeded' : 'pending', providerRefundId: tradeNo };
      }
      const subCode = typeof result['subCode'] === 'string' ? result['subCode'] : String(result['code']);
      if (result['code'] === '20000' || RETRYABLE.has(subCode)) return { status: 'pending', providerRefundId: null };
      return { status: 'failed', providerRefundId: null, failureCode: subCode };
    },
  };
}
