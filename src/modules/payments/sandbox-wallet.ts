// The built-in sandbox wallet: behaves like Alipay's cross-border page pay so the whole payment path
// runs offline. The shopper is sent to a wallet page the platform serves (/pay/sandbox/<paymentId>:
// approve, decline, abandon); the wallet then POSTs an Alipay-style notification signed RSA2 with its
// own key pair, which parseNotification verifies exactly as a real notification would be. Unlike
// Alipay, it reports the payer's name and ID number (buyer_name, buyer_cert_no), as Alipay's identity
// check does for customs, so the platform itself decides buyer = payer.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../platform/errors.js';
import { fenToYuan, formatAlipayTime, readAlipayNotification } from './alipay-fields.js';
import {
  badNotification,
  badSignature,
  checkPositiveFen,
  type CreatePaymentInput,
  type PaymentBuyer,
  type PaymentNotification,
  type PaymentProvider,
  type PaymentStart,
  type RefundInput,
  type RefundResult,
} from './provider.js';
import { rsa2Verify, withRsa2Signature } from './rsa2.js';

export const SANDBOX_APP_ID = 'sandbox';
export const SANDBOX_PRIVATE_KEY_FILE = 'sandbox-wallet-private.pem';
export const SANDBOX_PUBLIC_KEY_FILE = 'sandbox-wallet-public.pem';

export type WalletOutcome = 'approve' | 'decline' | 'abandon';

/** What the wallet page knows of the payment it shows (from the platform's payments table). */
export type SandboxPayment = { paymentId: string; amountFen: number; subject?: string };

export type SandboxWalletOptions = {
  /** Where the key pair lives (SECRETS_DIR): created once, mode 0600, kept across restarts. */
  secretsDir: string;
  /** The identity module's keyed hash of an ID number, so the clear number never leaves this module. */
  hashIdNumber: (idNumber: string) => string;
  /** The wallet page's path; default /pay/sandbox/<paymentId>. */
  walletPath?: (paymentId: string) => string;
};

export type SandboxWallet = PaymentProvider & {
  readonly name: 'sandbox';
  /** SPKI PEM of the wallet's key: what parseNotification verifies against. */
  readonly publicKeyPem: string;
  /**
   * The form fields the wallet POSTs to notifyUrl for the shopper's choice, signed RSA2. `payer` is who
   * approved (required for approve, ignored otherwise); it may differ from the buyer, which is the point.
   */
  signedNotification(payment: SandboxPayment, outcome: WalletOutcome, payer?: PaymentBuyer | null, at?: Date): Record<string, string>;
};

/**
 * The wallet's RSA-2048 key pair, generated on first use. 'wx' makes a concurrent first start safe:
 * the loser reads the winner's key. The public key is always derived from the private one, so a
 * missing or stale public file cannot make notifications fail.
 */
export function loadOrCreateWalletKeys(dir: string): { privateKey: KeyObject; publicKey: KeyObject } {
  const privateFile = join(dir, SANDBOX_PRIVATE_KEY_FILE);
  let pem: string | null = null;
  try {
    pem = readFileSync(privateFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (pem === null) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const generated = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    try {
      writeFileSync(privateFile, generated, { mode: 0o600, flag: 'wx' });
      pem = generated;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      pem = readFileSync(privateFile, 'utf8');
    }
  }
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  try {
    writeFileSync(join(dir, SANDBOX_PUBLIC_KEY_FILE), publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return { privateKey, publicKey };
}

const digest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Stable per payment and outcome: a re-sent notification carries the same id, so the consumer de-duplicates. */
export const sandboxNotifyId = (paymentId: string, outcome: WalletOutcome): string => `sbx${digest(`${paymentId}\n${outcome}`).slice(0, 29)}`;

/** Stable per payment, like Alipay's trade_no: every notification of one payment quotes the same trade. */
export const sandboxTradeNo = (paymentId: string): string => `SBX${digest(`trade\n${paymentId}`).slice(0, 25).toUpperCase()}`;

const TRADE_STATUS: Record<WalletOutcome, string> = { approve: 'TRADE_SUCCESS', decline: 'TRADE_DECLINED', abandon: 'TRADE_CLOSED' };

export function createSandboxWallet(options: SandboxWalletOptions): SandboxWallet {
  const { privateKey, publicKey } = loadOrCreateWalletKeys(options.secretsDir);
  const walletPath = options.walletPath ?? ((paymentId: string) => `/pay/sandbox/${encodeURIComponent(paymentId)}`);

  return {
    name: 'sandbox',
    enforcesPayerIdentity: false,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,

    async createPayment(input: CreatePaymentInput): Promise<PaymentStart> {
      checkPositiveFen(input.amountFen);
      return { method: 'GET', url: walletPath(input.paymentId) };
    },

    signedNotification(payment, outcome, payer, at = new Date()) {
      checkPositiveFen(payment.amountFen);
      const approved = outcome === 'approve';
      if (approved && !payer) throw new AppError('invalid', 'payer_required', 'An approved payment needs the payer’s name and ID number');
      const time = formatAlipayTime(at);
      return withRsa2Signature(
        {
          notify_type: 'trade_status_sync',
          notify_id: sandboxNotifyId(payment.paymentId, outcome),
          notify_time: time,
          app_id: SANDBOX_APP_ID,
          charset: 'utf-8',
          version: '1.0',
          out_trade_no: payment.paymentId,
          trade_no: sandboxTradeNo(payment.paymentId),
          trade_status: TRADE_STATUS[outcome],
          total_amount: fenToYuan(payment.amountFen),
          subject: payment.subject,
          gmt_payment: approved ? time : undefined,
          gmt_close: approved ? undefined : time,
          buyer_name: approved ? payer?.realName : undefined,
          buyer_cert_no: approved ? payer?.idNumber : undefined,
        },
        privateKey,
      );
    },

    parseNotification(params: Record<string, string>): PaymentNotification {
      if (!rsa2Verify(params, publicKey)) throw badSignature();
      if (params['app_id'] !== SANDBOX_APP_ID) throw badNotification('the notification is for another app');
      return readAlipayNotification('sandbox', params, {
        allowDeclined: true,
        payerOf: (status) => {
          const name = params['buyer_name'];
          const certNo = params['buyer_cert_no'];
          if (status !== 'captured' || !name || !certNo) return { kind: 'none' };
          return { kind: 'reported', realName: name, idNumberHash: options.hashIdNumber(certNo) };
        },
      });
    },

    async refund(input: RefundInput): Promise<RefundResult> {
      checkPositiveFen(input.amountFen);
      // The sandbox holds no money: a refund succeeds at once, and the same refundId gives the same answer.
      return { status: 'succeeded', providerRefundId: `SBXR${digest(`refund\n${input.refundId}`).slice(0, 24).toUpperCase()}` };
    },
  };
}
