import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlipaySdk } from 'alipay-sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { redactNotification } from './provider.js';
import { rsa2Verify } from './rsa2.js';
import { createSandboxWallet, loadOrCreateWalletKeys, SANDBOX_PRIVATE_KEY_FILE, SANDBOX_PUBLIC_KEY_FILE, sandboxTradeNo } from './sandbox-wallet.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-wallet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Stands in for the identity module's keyed hash.
const hashIdNumber = (id: string) => createHmac('sha256', 'test key').update(id).digest('hex');
const wallet = createSandboxWallet({ secretsDir: dir, hashIdNumber });

const payment = { paymentId: 'pay_01jaaaaaaaaaaaaaaaaaaaaaaa', amountFen: 512_345, subject: 'Gateway 订单 ord_1' };
const buyer = { realName: '张三', idNumber: '11010519491231002X' };
const at = new Date('2026-11-26T02:00:00Z');

function rejection(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('sandbox wallet keys', () => {
  it('keeps an RSA-2048 pair as 0600 PEM files and reuses it on the next start', () => {
    const priv = join(dir, SANDBOX_PRIVATE_KEY_FILE);
    expect(statSync(priv).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, SANDBOX_PUBLIC_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(priv, 'utf8')).toContain('BEGIN PRIVATE KEY');
    const again = loadOrCreateWalletKeys(dir);
    expect(again.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(again.publicKey.export({ type: 'spki', format: 'pem' })).toBe(wallet.publicKeyPem);
    expect(readFileSync(join(dir, SANDBOX_PUBLIC_KEY_FILE), 'utf8')).toBe(wallet.publicKeyPem);
  });

  it('a wallet on another secrets dir has another key: its notifications do not verify here', () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'sandbox-wallet-'));
    try {
      const stranger = createSandboxWallet({ secretsDir: otherDir, hashIdNumber });
      const forged = stranger.signedNotification(payment, 'approve', buyer, at);
      expect(rejection(() => wallet.parseNotification(forged)).code).toBe('bad_signature');
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});

describe('sandbox wallet', () => {
  it('sends the shopper to the platform’s own wallet page', async () => {
    const start = await wallet.createPayment({
      ...payment,
      orderNos: ['ord_1'],
      currency: 'CNY',
      returnUrl: '/orders',
      notifyUrl: '/api/payments/sandbox/notify',
      buyer,
    });
    expect(start).toEqual({ method: 'GET', url: `/pay/sandbox/${payment.paymentId}` });
  });

  it('approve: an Alipay-style signed TRADE_SUCCESS naming the payer', () => {
    const params = wallet.signedNotification(payment, 'approve', buyer, at);
    expect(params).toMatchObject({
      out_trade_no: payment.paymentId,
      trade_status: 'TRADE_SUCCESS',
      total_amount: '5123.45',
      notify_time: '2026-11-26 10:00:00',
      gmt_payment: '2026-11-26 10:00:00',
      buyer_name: '张三',
      buyer_cert_no: '11010519491231002X',
      sign_type: 'RSA2',
    });
    expect(rsa2Verify(params, wallet.publicKeyPem)).toBe(true);
    const n = wallet.parseNotification(params);
    expect(n).toEqual({
      provider: 'sandbox',
      paymentId: payment.paymentId,
      providerTradeNo: sandboxTradeNo(payment.paymentId),
      status: 'captured',
      amountFen: 512_345,
      refundedFen: null,
      payer: { kind: 'reported', realName: '张三', idNumberHash: hashIdNumber('11010519491231002X') },
      paidAt: at,
      notifiedAt: at,
      notifyId: params['notify_id'],
    });
    // The clear ID number does not leave parseNotification.
    expect(JSON.stringify(n)).not.toContain('11010519491231002X');
  });

  it('approve by someone else: the notification reports that payer, so the platform can hold the order', () => {
    const n = wallet.parseNotification(wallet.signedNotification(payment, 'approve', { realName: '李四', idNumber: '110105194912310029' }, at));
    expect(n.payer).toEqual({ kind: 'reported', realName: '李四', idNumberHash: hashIdNumber('110105194912310029') });
  });

  it('approve needs a payer', () => {
    expect(rejection(() => wallet.signedNotification(payment, 'approve', null, at)).code).toBe('payer_required');
  });

  it('decline: declined, nobody paid', () => {
    const params = wallet.signedNotification(payment, 'decline', buyer, at);
    expect(params).toMatchObject({ trade_status: 'TRADE_DECLINED', gmt_close: '2026-11-26 10:00:00' });
    expect(params).not.toHaveProperty('buyer_cert_no');
    expect(params).not.toHaveProperty('gmt_payment');
    const n = wallet.parseNotification(params);
    expect(n).toMatchObject({ status: 'declined', payer: { kind: 'none' }, paidAt: null, amountFen: 512_345 });
  });

  it('abandon: closed unpaid, like Alipay closing a trade at its timeout', () => {
    const n = wallet.parseNotification(wallet.signedNotification(payment, 'abandon', undefined, at));
    expect(n).toMatchObject({ status: 'closed', payer: { kind: 'none' }, paidAt: null });
  });

  it('notify_id is stable for the same payment and outcome (retries de-duplicate), distinct otherwise', () => {
    const first = wallet.signedNotification(payment, 'approve', buyer, at);
    const retry = wallet.signedNotification(payment, 'approve', buyer, new Date(at.getTime() + 60_000));
    expect(retry['notify_id']).toBe(first['notify_id']);
    expect(retry['trade_no']).toBe(first['trade_no']);
    const ids = new Set([
      first['notify_id'],
      wallet.signedNotification(payment, 'decline', null, at)['notify_id'],
      wallet.signedNotification(payment, 'abandon', null, at)['notify_id'],
      wallet.signedNotification({ ...payment, paymentId: 'pay_other' }, 'approve', buyer, at)['notify_id'],
    ]);
    expect(ids.size).toBe(4);
  });

  it.each([
    ['a tampered amount', { total_amount: '0.01' }],
    ['a tampered status', { trade_status: 'TRADE_SUCCESS' }],
    ['a swapped payer', { buyer_cert_no: '11010519491231002X' }],
    ['a missing sign', { sign: '' }],
    ['a downgraded sign_type', { sign_type: 'RSA' }],
  ])('%s is unauthenticated (401), read no further', (_what, change) => {
    const params = { ...wallet.signedNotification(payment, 'decline', null, at), ...change };
    const err = rejection(() => wallet.parseNotification(params));
    expect(err.kind).toBe('unauthenticated');
    expect(err.code).toBe('bad_signature');
  });

  it('an empty POST is unauthenticated, not a 500', () => {
    expect(rejection(() => wallet.parseNotification({})).kind).toBe('unauthenticated');
  });

  it('imitates Alipay closely enough that the official SDK’s notification verifier accepts it', () => {
    const sdk = new AlipaySdk({ appId: 'sandbox', privateKey: readFileSync(join(dir, SANDBOX_PRIVATE_KEY_FILE), 'utf8'), keyType: 'PKCS8', alipayPublicKey: wallet.publicKeyPem });
    const params = wallet.signedNotification(payment, 'approve', buyer, at);
    expect(sdk.checkNotifySignV2(params)).toBe(true);
    expect(sdk.checkNotifySignV2({ ...params, total_amount: '1.00' })).toBe(false);
  });

  it('redacts the payer before a notification is kept or logged', () => {
    const kept = redactNotification(wallet.signedNotification(payment, 'approve', buyer, at));
    expect(kept['buyer_cert_no']).toBe('[redacted]');
    expect(kept['buyer_name']).toBe('[redacted]');
    expect(kept['out_trade_no']).toBe(payment.paymentId);
    expect(JSON.stringify(kept)).not.toContain('1949');
  });

  it('refunds succeed at once, with the same reference for the same refund id', async () => {
    const input = { paymentId: payment.paymentId, refundId: 'rfd_1', amountFen: 100, reason: 'damaged' };
    const first = await wallet.refund(input);
    expect(first.status).toBe('succeeded');
    expect(first.providerRefundId).toMatch(/^SBXR[0-9A-F]{24}$/);
    expect(await wallet.refund(input)).toEqual(first);
    await expect(wallet.refund({ ...input, amountFen: 0 })).rejects.toMatchObject({ code: 'invalid_amount' });
  });
});
