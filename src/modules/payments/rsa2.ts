// Alipay's RSA2 parameter signature, with Node's crypto only: the sandbox wallet signs its notifications
// with it and the platform verifies them, so the offline path exercises the same check as Alipay's.
// The string to sign is every parameter except `sign` and `sign_type` (and empty values), sorted by key
// in ASCII order, joined as `key=value` with `&`; the signature is base64(RSA-SHA256(string)).
// Alipay's own *request* signatures (page pay, refund) keep `sign_type` in the string: `keepSignType`.
import { createSign, createVerify, type KeyObject } from 'node:crypto';

export type SignableParams = Readonly<Record<string, string | undefined>>;

/** Byte order, not locale order: Alipay sorts keys by ASCII code. */
const ascii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function stringToSign(params: SignableParams, options: { keepSignType?: boolean } = {}): string {
  return Object.keys(params)
    .filter((key) => key !== 'sign' && (options.keepSignType || key !== 'sign_type'))
    .filter((key) => {
      const value = params[key];
      return value !== undefined && value !== '';
    })
    .sort(ascii)
    .map((key) => `${key}=${params[key]}`)
    .join('&');
}

/** base64(RSA-SHA256) of the string to sign. */
export function rsa2Sign(params: SignableParams, privateKey: KeyObject | string): string {
  return createSign('RSA-SHA256').update(stringToSign(params), 'utf8').sign(privateKey, 'base64');
}

/** The parameters as sent: the originals (empty values dropped) plus `sign_type=RSA2` and `sign`. */
export function withRsa2Signature(params: SignableParams, privateKey: KeyObject | string): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') sent[key] = value;
  sent['sign_type'] = 'RSA2';
  sent['sign'] = rsa2Sign(sent, privateKey);
  return sent;
}

/**
 * True only when `sign` is present and verifies under the public key. A `sign_type` other than RSA2 is
 * refused: RSA (SHA-1) is what a downgrade would ask for.
 */
export function rsa2Verify(params: SignableParams, publicKey: KeyObject | string): boolean {
  const signature = params['sign'];
  if (!signature) return false;
  const signType = params['sign_type'];
  if (signType !== undefined && signType !== 'RSA2') return false;
  try {
    return createVerify('RSA-SHA256').update(stringToSign(params), 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    // A malformed key or signature is a failed verification, not a server error.
    return false;
  }
}
