// What the conference module is given by the app: the key that signs ticket tokens, the public URL
// for links in e-mails and calendars, and the mailer (sending happens in outbox subscribers).
import type { Engine } from '../../db/database.js';
import type { Mailer } from '../../platform/mailer.js';

export type ConferenceDeps = {
  /** Secret for HMAC-signing ticket tokens (QR codes); from config or a key file created on first start. */
  ticketKey: string;
  publicUrl: string;
  mailer: Mailer;
  /** sqlite | postgres: PostgreSQL takes transaction-scoped advisory locks where a rule spans rows. */
  engine: Engine;
};
