// Signed ticket tokens, the text inside a ticket's QR code: `GW1.<registration id>.<nonce tag>.<mac>`.
// No personal data: the registration id is an opaque ULID, the nonce tag is a hash prefix of the
// registration's ticket_nonce (re-issuing a ticket draws a new nonce, so the old code stops working),
// and the MAC is HMAC-SHA256 over the first three parts under the conference ticket key, base64url.
// Checking the signature needs no database and runs in constant time; the caller then compares the
// nonce tag with the registration's current nonce (tagMatches).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 'GW1';
// The MAC is compared as text, so a non-canonical base64url spelling of the right bytes is refused too.
const TOKEN = /^GW1\.(crg_[0-9a-hjkmnp-tv-z]{26})\.([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/;
export const TOKEN_LENGTH = 91;

export type TicketCheck = { ok: true; registrationId: string; tag: string } | { ok: false; reason: 'malformed' | 'bad_signature' };

/** 72 bits of the nonce's SHA-256: enough to tell a re-issued ticket, short enough for a small QR code. */
export function nonceTag(nonce: string): string {
  return createHash('sha256').update(`gateway-ticket-nonce:${nonce}`).digest('base64url').slice(0, 12);
}

function macOf(key: string, registrationId: string, tag: string): string {
  return createHmac('sha256', key).update(`${VERSION}.${registrationId}.${tag}`).digest('base64url');
}

export function signTicket(key: string, registrationId: string, nonce: string): string {
  const tag = nonceTag(nonce);
  return `${VERSION}.${registrationId}.${tag}.${macOf(key, registrationId, tag)}`;
}

/** Whether the token is well formed and signed with `key`; says nothing yet about the registration. */
export function verifyTicket(key: string, token: string): TicketCheck {
  const m = token.length === TOKEN_LENGTH ? TOKEN.exec(token) : null;
  if (!m) return { ok: false, reason: 'malformed' };
  const [, registrationId, tag, mac] = m as unknown as [string, string, string, string];
  const expected = macOf(key, registrationId, tag);
  if (!timingSafeEqual(Buffer.from(mac, 'latin1'), Buffer.from(expected, 'latin1'))) return { ok: false, reason: 'bad_signature' };
  return { ok: true, registrationId, tag };
}

/** Whether a verified token's nonce tag is the registration's current one (constant time). */
export function tagMatches(tag: string, nonce: string): boolean {
  const current = Buffer.from(nonceTag(nonce), 'latin1');
  const given = Buffer.from(tag, 'latin1');
  return given.length === current.length && timingSafeEqual(given, current);
}
