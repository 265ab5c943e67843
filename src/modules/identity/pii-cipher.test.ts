import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { piiCipher } from './pii-cipher.js';

const KEY = randomBytes(32).toString('base64url');
const OTHER = randomBytes(32).toString('base64url');
const ID = '11010519491231002X';

describe('piiCipher', () => {
  const c = piiCipher(KEY);

  it('round-trips, in the v1 format (12-byte IV + 16-byte tag + ciphertext)', () => {
    const sealed = c.encrypt(ID);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(Buffer.from(sealed.slice(3), 'base64url').length).toBe(12 + 16 + ID.length);
    expect(sealed).not.toContain(ID);
    expect(c.decrypt(sealed)).toBe(ID);
  });

  it('gives a different ciphertext each time', () => {
    expect(c.encrypt(ID)).not.toBe(c.encrypt(ID));
  });

  it.each([
    ['a flipped ciphertext byte', (raw: Buffer) => { raw[raw.length - 1]! ^= 1; }],
    ['a flipped tag byte', (raw: Buffer) => { raw[12]! ^= 1; }],
    ['a flipped IV byte', (raw: Buffer) => { raw[0]! ^= 1; }],
  ])('rejects %s', (_name, tamper) => {
    const raw = Buffer.from(c.encrypt(ID).slice(3), 'base64url');
    tamper(raw);
    expect(() => c.decrypt(`v1:${raw.toString('base64url')}`)).toThrow(/authentication failed/);
  });

  it('rejects a truncated text and an unknown version', () => {
    const sealed = c.encrypt(ID);
    expect(() => c.decrypt(sealed.slice(0, 20))).toThrow();
    expect(() => c.decrypt(`v2:${sealed.slice(3)}`)).toThrow(/version/);
  });

  it('cannot be decrypted under another key', () => {
    expect(() => piiCipher(OTHER).decrypt(c.encrypt(ID))).toThrow(/authentication failed/);
  });

  it('hashes stably, on the normalised number, and per key', () => {
    const h = c.lookupHash(ID);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(c.lookupHash(' 11010519491231002x')).toBe(h);
    expect(piiCipher(KEY).lookupHash(ID)).toBe(h);
    expect(piiCipher(OTHER).lookupHash(ID)).not.toBe(h);
    expect(c.lookupHash('34052419800101001X')).not.toBe(h);
  });

  it('refuses a short key', () => {
    expect(() => piiCipher('short')).toThrow(/32 characters/);
  });
});
