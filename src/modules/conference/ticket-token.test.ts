// Ticket tokens: a signed token verifies; forged, altered, truncated or re-keyed ones are refused, and a
// token carries no personal data.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids.js';
import { nonceTag, signTicket, tagMatches, TOKEN_LENGTH, verifyTicket } from './ticket-token.js';

const KEY = randomBytes(32).toString('base64url');
const id = newId('crg');
const nonce = randomBytes(16).toString('base64url');
const token = signTicket(KEY, id, nonce);

/** The token with character i replaced by another from the same alphabet. */
function flipAt(t: string, i: number): string {
  const c = t[i]!;
  const other = c === 'A' ? 'B' : c === '0' ? '1' : c === 'a' ? 'b' : /[a-z]/.test(c) ? 'a' : /[A-Z]/.test(c) ? 'A' : /[0-9]/.test(c) ? '0' : c === '-' ? '_' : c === '_' ? '-' : 'x';
  return t.slice(0, i) + other + t.slice(i + 1);
}

describe('ticket tokens', () => {
  it('verifies a token it signed, naming the registration; the token holds no personal data', () => {
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(token).toMatch(/^GW1\.crg_[0-9a-z]{26}\.[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{43}$/);
    const check = verifyTicket(KEY, token);
    expect(check).toEqual({ ok: true, registrationId: id, tag: nonceTag(nonce) });
    expect(token).not.toContain(nonce);
  });

  it('refuses a token with any single character changed, in every part', () => {
    const parts = token.split('.');
    let offset = 0;
    for (const [p, part] of parts.entries()) {
      for (let j = 0; j < part.length; j++) {
        const altered = flipAt(token, offset + j);
        if (altered === token) continue;
        const check = verifyTicket(KEY, altered);
        expect(check.ok, `part ${p}, character ${j}: ${altered}`).toBe(false);
      }
      offset += part.length + 1;
    }
  });

  it('refuses the last character of the MAC spelled differently (same bytes, non-canonical base64url)', () => {
    // The 43rd character carries 2 unused bits: 'A'..'D' can decode to the same bytes.
    const last = token.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const base = alphabet.indexOf(last) & ~3;
    for (let k = 0; k < 4; k++) {
      const variant = token.slice(0, -1) + alphabet[base + k]!;
      if (variant !== token) expect(verifyTicket(KEY, variant).ok).toBe(false);
    }
  });

  it('refuses a token signed with another key, a truncated or extended one, and garbage', () => {
    const otherKey = signTicket(randomBytes(32).toString('base64url'), id, nonce);
    expect(verifyTicket(KEY, otherKey)).toEqual({ ok: false, reason: 'bad_signature' });
    for (let n = 1; n < token.length; n += 7) expect(verifyTicket(KEY, token.slice(0, n)).ok).toBe(false);
    expect(verifyTicket(KEY, token.slice(0, -1))).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyTicket(KEY, `${token}A`)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyTicket(KEY, ` ${token}`).ok).toBe(false);
    expect(verifyTicket(KEY, token.toUpperCase()).ok).toBe(false);
    for (const junk of ['', 'GW1...', 'https://example.com/x', 'GW2' + token.slice(3), '\u0000'.repeat(TOKEN_LENGTH)]) expect(verifyTicket(KEY, junk).ok).toBe(false);
  });

  it('refuses a token moved to another registration id (the MAC covers the id)', () => {
    const [, , tag, mac] = token.split('.');
    expect(verifyTicket(KEY, `GW1.${newId('crg')}.${tag}.${mac}`)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('tells a token made with another nonce (another registration’s, or before a re-issue) by its tag', () => {
    const otherNonce = randomBytes(16).toString('base64url');
    const forged = signTicket(KEY, id, otherNonce);
    const check = verifyTicket(KEY, forged);
    // Signed with the real key, so the signature holds; the nonce check is what refuses it.
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(tagMatches(check.tag, nonce)).toBe(false);
      expect(tagMatches(check.tag, otherNonce)).toBe(true);
    }
    expect(tagMatches('short', nonce)).toBe(false);
  });
});
