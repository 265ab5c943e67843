// What keeps a parcel from checkout, each with a code the web app words in the shopper's language and
// the figures it needs: lines that can no longer be bought, a parcel that cannot be priced, and the
// channel's limits (DOMAIN.md §3) that the quote says would be broken.
import type { IssuedQuote } from '../pricing/index.js';
import type { CartLineView } from './line-state.js';

export type Problem = { code: string; message: string; lineId: string | null; details: Record<string, unknown> };

const LINE_MESSAGES: Record<Exclude<CartLineView['state'], 'ok'>, (l: CartLineView) => string> = {
  unpublished: (l) => `${l.sku} is no longer on sale: remove it to check out`,
  mode_unavailable: (l) => `${l.sku} no longer ships by ${l.mode}: remove it, or add it again by another mode`,
  out_of_stock: (l) => `${l.sku} is out of stock for ${l.mode}: remove it to check out`,
  insufficient_stock: (l) => `Only ${l.available ?? 0} of ${l.sku} are available for ${l.mode}: lower the quantity`,
};

export function groupProblems(lines: CartLineView[], quote: IssuedQuote | null, quoteError: { code: string; message: string } | null): Problem[] {
  const problems: Problem[] = [];
  for (const line of lines) {
    if (line.state === 'ok') continue;
    problems.push({ code: line.state, message: LINE_MESSAGES[line.state](line), lineId: line.id, details: { sku: line.sku, available: line.available, quantity: line.quantity } });
  }
  if (quoteError) problems.push({ code: 'quote_unavailable', message: quoteError.message, lineId: null, details: { reason: quoteError.code } });
  if (quote && quote.classification.kind === 'rejected') {
    for (const reason of quote.classification.reasons) {
      const { code, message, ...figures } = reason;
      problems.push({ code, message, lineId: null, details: figures });
    }
  }
  return problems;
}
