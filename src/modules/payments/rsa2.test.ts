import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rsa2Sign, rsa2Verify, stringToSign, withRsa2Signature } from './rsa2.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

const params = {
  out_trade_no: 'pay_01',
  trade_no: '2026112622001',
  trade_status: 'TRADE_SUCCESS',
  total_amount: '123.45',
  notify_id: 'n1',
  subject: '加州杏仁 & 蜂蜜=礼盒',
};

describe('stringToSign', () => {
  it('sorts keys by ASCII, drops sign, sign_type and empty values, joins key=value with &', () => {
    expect(stringToSign({ b: '2', a: '1', B: '3', sign: 'x', sign_type: 'RSA2', empty: '', missing: undefined, a_b: 'u' })).toBe('B=3&a=1&a_b=u&b=2');
  });

  it('keeps sign_type when asked (Alipay request signatures)', () => {
    expect(stringToSign({ sign_type: 'RSA2', app_id: '1', sign: 'x' }, { keepSignType: true })).toBe('app_id=1&sign_type=RSA2');
  });

  it('leaves values as they are: no encoding, & and = inside values kept', () => {
    expect(stringToSign({ subject: 'a&b=c 中' })).toBe('subject=a&b=c 中');
  });
});

describe('RSA2 sign and verify', () => {
  const sent = withRsa2Signature(params, keys.privateKey);

  it('round-trips and marks the parameters sign_type=RSA2', () => {
    expect(sent['sign_type']).toBe('RSA2');
    expect(rsa2Verify(sent, keys.publicKey)).toBe(true);
    expect(rsa2Verify(sent, keys.publicKey.export({ type: 'spki', format: 'pem' }) as string)).toBe(true);
  });

  it('is base64 RSA-SHA256 over the string to sign', () => {
    expect(rsa2Sign(params, keys.privateKey)).toBe(sent['sign']);
    expect(Buffer.from(sent['sign']!, 'base64')).toHaveLength(256);
  });

  it('refuses a tampered value', () => {
    expect(rsa2Verify({ ...sent, total_amount: '123.46' }, keys.publicKey)).toBe(false);
    expect(rsa2Verify({ ...sent, trade_status: 'TRADE_CLOSED' }, keys.publicKey)).toBe(false);
  });

  it('refuses an added non-empty parameter', () => {
    expect(rsa2Verify({ ...sent, buyer_name: '张三' }, keys.publicKey)).toBe(false);
  });

  it('refuses a missing or empty sign', () => {
    const { sign: _sign, ...unsigned } = sent;
    expect(rsa2Verify(unsigned, keys.publicKey)).toBe(false);
    expect(rsa2Verify({ ...sent, sign: '' }, keys.publicKey)).toBe(false);
  });

  it('refuses a signature made with another key', () => {
    expect(rsa2Verify(withRsa2Signature(params, other.privateKey), keys.publicKey)).toBe(false);
    expect(rsa2Verify(sent, other.publicKey)).toBe(false);
  });

  it('refuses garbage and truncated signatures without throwing', () => {
    expect(rsa2Verify({ ...sent, sign: 'not base64 at all!!' }, keys.publicKey)).toBe(false);
    expect(rsa2Verify({ ...sent, sign: sent['sign']!.slice(0, 40) }, keys.publicKey)).toBe(false);
  });

  it('refuses a downgrade to sign_type RSA (SHA-1) even when the bytes verify', () => {
    expect(rsa2Verify({ ...sent, sign_type: 'RSA' }, keys.publicKey)).toBe(false);
  });

  it('accepts the parameters in any order', () => {
    const reversed = Object.fromEntries(Object.entries(sent).reverse());
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(sent)[0]);
    expect(rsa2Verify(reversed, keys.publicKey)).toBe(true);
  });

  it('ignores extra empty parameters, and sign_type absent', () => {
    expect(rsa2Verify({ ...sent, gmt_refund: '', body: '' }, keys.publicKey)).toBe(true);
    const { sign_type: _t, ...withoutType } = sent;
    expect(rsa2Verify(withoutType, keys.publicKey)).toBe(true);
  });

  it('drops empty values from what it sends', () => {
    const out = withRsa2Signature({ a: '1', b: '', c: undefined }, keys.privateKey);
    expect(Object.keys(out).sort()).toEqual(['a', 'sign', 'sign_type']);
  });
});
