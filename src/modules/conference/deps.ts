// What the conference module is given by the app: the key that signs ticket tokens, the public URL
// for links in e-mails and calendars, the card processor for paid tickets, and the mailer (sending happens in outbox subscribers).
import type { Engine } from '../../db/database.js';
import type { Mailer } from '../../platform/mailer.js';
import type { CardProvider } from '../card-payments/index.js';
import type { BadgeFontConfig } from './badge-fonts.js';

export type ConferenceDeps = {
  /** Secret for HMAC-signing ticket tokens (QR codes); from config or a key file created on first start. */
  ticketKey: string;
  publicUrl: string;
  mailer: Mailer;
  /** sqlite | postgres: PostgreSQL takes transaction-scoped advisory locks where a rule spans rows. */
  engine: Engine;
  /** Takes the payment of paid tickets (the workshop pass), in US dollars. */
  cardProvider: CardProvider;
  /** Fonts for badge names beyond Latin (BADGE_FONT, BADGE_FONT_BOLD); unset: the system's Noto Sans CJK. */
  badgeFonts?: BadgeFontConfig;
};
