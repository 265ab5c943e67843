import { createSign, createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { createAlipayProvider, normalisePrivateKey, normalisePublicKey, type AlipayConfig } from './alipay-adapter.js';
import { stringToSign } from './rsa2.js';

// Both sides' keys made here: the app's (we sign requests) and "Alipay's" (it signs notifications and responses).
const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const alipay = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (k: KeyObject, type: 'pkcs1' | 'pkcs8' | 'spki'): string => k.export({ type, format: 'pem' }) as string;
const bare = (k: KeyObject, type: 'pkcs8' | 'spki'): string => (k.export({ type, format: 'der' }) as Buffer).toString('base64');

const base: AlipayConfig = {
  appId: '2021000000000001',
  privateKey: pem(app.privateKey, 'pkcs1'),
  alipayPublicKey: bare(alipay.publicKey, 'spki'),
  gateway: 'https://openapi.alipay.com/gateway.do',
};
const provider = createAlipayProvider(base);

const buyer = { realName: '张三', idNumber: '11010519491231002X' };
const input = {
  paymentId: 'pay_01jbbbbbbbbbbbbbbbbbbbbbbb',
  orderNos: ['ord_1', 'ord_2'],
  amountFen: 512_345,
  currency: 'CNY' as const,
  subject: 'Gateway 订单',
  returnUrl: 'https://gateway.example/orders',
  notifyUrl: 'https://gateway.example/api/payments/alipay/notify',
  buyer,
};

/** What Alipay POSTs: signed over the sorted fields without sign and sign_type, written out by hand here. */
function alipayNotification(fields: Record<string, string>, key = alipay.privateKey): Record<string, string> {
  const content = Object.keys(fields).sort().map((k) => `${k}=${fields[k]}`).join('&');
  return { ...fields, sign_type: 'RSA2', sign: createSign('RSA-SHA256').update(content, 'utf8').sign(key, 'base64') };
}
const paid = {
  notify_type: 'trade_status_sync',
  notify_id: 'ac05099524730693a8b330c5ecf72da9786',
  notify_time: '2026-11-26 10:00:05',
  app_id: base.appId,
  charset: 'utf-8',
  version: '1.0',
  out_trade_no: input.paymentId,
  trade_no: '2026112622001422161400000001',
  trade_status: 'TRADE_SUCCESS',
  total_amount: '5123.45',
  receipt_amount: '5123.45',
  subject: '100%纯 加州杏仁',
  gmt_payment: '2026-11-26 10:00:04',
};

function rejection(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('Alipay configuration', () => {
  it('takes keys as PKCS#1 PEM, PKCS#8 PEM or bare base64', () => {
    const forms = [pem(app.privateKey, 'pkcs1'), pem(app.privateKey, 'pkcs8'), bare(app.privateKey, 'pkcs8'), pem(app.privateKey, 'pkcs1').replace(/-----[^-]+-----|\n/g, '')];
    for (const form of forms) expect(normalisePrivateKey(form)).toBe(pem(app.privateKey, 'pkcs8'));
    for (const form of [pem(alipay.publicKey, 'spki'), pem(alipay.publicKey, 'pkcs1'), bare(alipay.publicKey, 'spki')]) {
      expect(normalisePublicKey(form)).toBe(pem(alipay.publicKey, 'spki'));
    }
  });

  it('refuses a key that is not one, at start', () => {
    expect(() => createAlipayProvider({ ...base, privateKey: 'bm90IGEga2V5' })).toThrow(/ALIPAY_PRIVATE_KEY/);
    expect(() => createAlipayProvider({ ...base, alipayPublicKey: 'bm90IGEga2V5' })).toThrow(/ALIPAY_PUBLIC_KEY/);
  });
});

describe('Alipay page pay', () => {
  it('builds a signed alipay.trade.page.pay POST with the amount in yuan and the buyer to enforce', async () => {
    const start = await provider.createPayment(input);
    if (start.method !== 'POST') throw new Error('expected a POST form');
    const url = new URL(start.url);
    expect(`${url.origin}${url.pathname}`).toBe(base.gateway);
    const query = Object.fromEntries(url.searchParams);
    expect(query).toMatchObject({ app_id: base.appId, method: 'alipay.trade.page.pay', sign_type: 'RSA2', charset: 'utf-8', notify_url: input.notifyUrl, return_url: input.returnUrl });
    const biz = JSON.parse(start.fields['biz_content']!) as Record<string, unknown>;
    expect(biz).toMatchObject({
      out_trade_no: input.paymentId,
      total_amount: '5123.45',
      product_code: 'NEW_OVERSEAS_SELLER',
      subject: 'Gateway 订单',
      body: 'ord_1,ord_2',
      ext_user_info: { name: '张三', cert_type: 'IDENTITY_CARD', cert_no: buyer.idNumber, need_check_info: 'T' },
    });
    // The ID number travels in the form body only, never in the URL.
    expect(start.url).not.toContain('1949');

    // Alipay verifies request signatures over every parameter but sign, sign_type included.
    const all = { ...query, ...start.fields };
    const content = stringToSign(all, { keepSignType: true });
    expect(content).toContain('method=alipay.trade.page.pay');
    expect(content).toContain('sign_type=RSA2');
    expect(createVerify('RSA-SHA256').update(content, 'utf8').verify(app.publicKey, all['sign']!, 'base64')).toBe(true);
    expect(createVerify('RSA-SHA256').update(content.replace('5123.45', '5123.46'), 'utf8').verify(app.publicKey, all['sign']!, 'base64')).toBe(false);
  });

  it('honours the configured product code and leaves the identity out when not enforcing', async () => {
    const domestic = createAlipayProvider({ ...base, productCode: 'FAST_INSTANT_TRADE_PAY', enforcePayerIdentity: false });
    const start = await domestic.createPayment(input);
    if (start.method !== 'POST') throw new Error('expected a POST form');
    const biz = JSON.parse(start.fields['biz_content']!) as Record<string, unknown>;
    expect(biz['product_code']).toBe('FAST_INSTANT_TRADE_PAY');
    expect(biz).not.toHaveProperty('ext_user_info');
    expect(domestic.enforcesPayerIdentity).toBe(false);
  });

  it('refuses a zero amount', async () => {
    await expect(provider.createPayment({ ...input, amountFen: 0 })).rejects.toMatchObject({ code: 'invalid_amount' });
  });
});

describe('Alipay notifications, verified by the SDK', () => {
  it('reads a notification Alipay signed', () => {
    const n = provider.parseNotification(alipayNotification(paid));
    expect(n).toEqual({
      provider: 'alipay',
      paymentId: input.paymentId,
      providerTradeNo: paid.trade_no,
      status: 'captured',
      amountFen: 512_345,
      refundedFen: null,
      payer: { kind: 'enforced' },
      paidAt: new Date('2026-11-26T02:00:04Z'),
      notifiedAt: new Date('2026-11-26T02:00:05Z'),
      notifyId: paid.notify_id,
    });
  });

  it.each([
    ['a tampered amount', (p: Record<string, string>) => ({ ...p, total_amount: '0.01' })],
    ['a tampered trade', (p: Record<string, string>) => ({ ...p, out_trade_no: 'pay_someone_else' })],
    ['a missing sign', ({ sign: _s, ...p }: Record<string, string>) => p],
    ['an empty sign', (p: Record<string, string>) => ({ ...p, sign: '' })],
    ['garbage', (p: Record<string, string>) => ({ ...p, sign: 'AAAA' })],
  ])('refuses %s with 401', (_what, change) => {
    const err = rejection(() => provider.parseNotification(change(alipayNotification(paid))));
    expect(err).toMatchObject({ kind: 'unauthenticated', code: 'bad_signature' });
  });

  it('refuses a notification signed with any key but Alipay’s (here: the app’s own)', () => {
    expect(rejection(() => provider.parseNotification(alipayNotification(paid, app.privateKey))).code).toBe('bad_signature');
  });

  it('refuses a genuine notification for another app (400), after verifying it', () => {
    const err = rejection(() => provider.parseNotification(alipayNotification({ ...paid, app_id: '2021000000000999' })));
    expect(err).toMatchObject({ kind: 'invalid', code: 'bad_notification' });
  });

  it('reads a refund as refunded, never as an unpaid close', () => {
    const full = provider.parseNotification(alipayNotification({ ...paid, trade_status: 'TRADE_CLOSED', refund_fee: '5123.45', gmt_refund: '2026-11-27 09:00:00.123', notify_id: 'n2' }));
    expect(full).toMatchObject({ status: 'refunded', refundedFen: 512_345, payer: { kind: 'none' } });
    const partial = provider.parseNotification(alipayNotification({ ...paid, refund_fee: '100.00', notify_id: 'n3' }));
    expect(partial).toMatchObject({ status: 'refunded', refundedFen: 10_000 });
    const closed = provider.parseNotification(alipayNotification({ ...paid, trade_status: 'TRADE_CLOSED', gmt_payment: '', notify_id: 'n4' }));
    expect(closed).toMatchObject({ status: 'closed', refundedFen: null, paidAt: null });
    expect(provider.parseNotification(alipayNotification({ ...paid, trade_status: 'TRADE_FINISHED' })).status).toBe('captured');
    expect(provider.parseNotification(alipayNotification({ ...paid, trade_status: 'WAIT_BUYER_PAY' })).status).toBe('pending');
  });

  it('refuses the sandbox-only TRADE_DECLINED and a malformed amount, even when signed', () => {
    expect(rejection(() => provider.parseNotification(alipayNotification({ ...paid, trade_status: 'TRADE_DECLINED' }))).code).toBe('bad_notification');
    expect(rejection(() => provider.parseNotification(alipayNotification({ ...paid, total_amount: '5123.456' }))).code).toBe('bad_notification');
  });
});

describe('Alipay refunds against a local stand-in gateway', () => {
  let server: Server;
  let gateway = '';
  let answer: { status: number; body: Record<string, unknown>; signWith?: KeyObject } = { status: 200, body: {} };
  const seen: Record<string, string>[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        seen.push({ ...Object.fromEntries(url.searchParams), ...Object.fromEntries(new URLSearchParams(raw)) });
        const inner = JSON.stringify(answer.body);
        const sign = createSign('RSA-SHA256').update(inner, 'utf8').sign(answer.signWith ?? alipay.privateKey, 'base64');
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(`{"alipay_trade_refund_response":${inner},"sign":"${sign}"}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    gateway = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway.do`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const refund = { paymentId: input.paymentId, refundId: 'rfd_01', amountFen: 100, reason: '破损' };
  const ok = { code: '10000', msg: 'Success', trade_no: paid.trade_no, out_trade_no: input.paymentId, refund_fee: '1.00', fund_change: 'Y' };

  it('sends a signed alipay.trade.refund with the amount in yuan and our refund id, and reads success', async () => {
    answer = { status: 200, body: ok };
    const result = await createAlipayProvider({ ...base, gateway }).refund(refund);
    expect(result).toEqual({ status: 'succeeded', providerRefundId: paid.trade_no });
    const sent = seen.at(-1)!;
    expect(sent['method']).toBe('alipay.trade.refund');
    expect(JSON.parse(sent['biz_content']!)).toMatchObject({ out_trade_no: input.paymentId, refund_amount: '1.00', out_request_no: 'rfd_01', refund_reason: '破损' });
    const content = stringToSign(sent, { keepSignType: true });
    expect(createVerify('RSA-SHA256').update(content, 'utf8').verify(app.publicKey, sent['sign']!, 'base64')).toBe(true);
  });

  it.each([
    ['no funds moved yet', { status: 200, body: { ...ok, fund_change: 'N' } }, { status: 'pending', providerRefundId: paid.trade_no }],
    ['a business refusal', { status: 200, body: { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_NOT_EXIST' } }, { status: 'failed', providerRefundId: null, failureCode: 'ACQ.TRADE_NOT_EXIST' }],
    ['a system error', { status: 200, body: { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.SYSTEM_ERROR' } }, { status: 'pending', providerRefundId: null }],
    ['a forged success (wrong signer)', { status: 200, body: ok, signWith: app.privateKey }, { status: 'pending', providerRefundId: null }],
    ['an HTTP 502', { status: 502, body: ok }, { status: 'pending', providerRefundId: null }],
  ])('%s', async (_what, reply, expected) => {
    answer = reply;
    expect(await createAlipayProvider({ ...base, gateway }).refund(refund)).toEqual(expected);
  });

  it('an unreachable gateway leaves the refund pending, to retry with the same id', async () => {
    const closed = createAlipayProvider({ ...base, gateway: 'http://127.0.0.1:9/gateway.do', timeoutMs: 1000 });
    expect(await closed.refund(refund)).toEqual({ status: 'pending', providerRefundId: null });
  });
});
