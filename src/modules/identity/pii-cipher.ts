// Field-level encryption of the ID number (DOMAIN.md §6). Two keys derived from the one piiKey with
// HKDF under distinct labels: knowing the look-up hash key (which must be stable, to key the annual
// limit across accounts) reveals nothing about the encryption key, and vice versa.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { normaliseIdNumber } from './resident-id.js';

const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'gateway/identity';

export type PiiCipher = {
  /** "v1:" + base64url(iv | tag | ciphertext), a fresh random IV each time. */
  encrypt(plain: string): string;
  /** Throws if the text was altered, cut, or sealed under another key. */
  decrypt(sealed: string): string;
  /** HMAC-SHA256 (hex) of the normalised ID number: the same person gives the same hash. */
  lookupHash(idNumber: string): string;
};

const derive = (piiKey: string, info: string): Buffer => Buffer.from(hkdfSync('sha256', Buffer.from(piiKey, 'utf8'), SALT, info, 32));

// Derivation per call would be cheap, but revealIdNumber takes the key each time: keep the few keys seen.
const cache = new Map<string, PiiCipher>();

export function piiCipher(piiKey: string): PiiCipher {
  const known = cache.get(piiKey);
  if (known) return known;
  if (piiKey.length < 32) throw new Error('The PII key must be at least 32 characters');
  const encKey = derive(piiKey, 'id-number encryption v1');
  const hashKey = derive(piiKey, 'id-number lookup hash v1');
  const cipher: PiiCipher = {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const c = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return VERSION + Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url');
    },
    decrypt(sealed) {
      if (!sealed.startsWith(VERSION)) throw new Error('PII ciphertext: unknown version');
      const raw = Buffer.from(sealed.slice(VERSION.length), 'base64url');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('PII ciphertext: too short');
      try {
        const d = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, IV_BYTES));
        d.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([d.update(raw.subarray(IV_BYTES + TAG_BYTES)), d.final()]).toString('utf8');
      } catch {
        // Never echo what failed: the message could end up in a log line.
        throw new Error('PII ciphertext: authentication failed (altered, or another key)');
      }
    },
    lookupHash(idNumber) {
      return createHmac('sha256', hashKey).update(normaliseIdNumber(idNumber), 'utf8').digest('hex');
    },
  };
  if (cache.size > 8) cache.clear();
  cache.set(piiKey, cipher);
  return cipher;
}
