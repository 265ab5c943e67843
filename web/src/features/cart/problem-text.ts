// A parcel problem in the reader's language, from its code and figures (the server's English message
// is the fallback for codes the catalogs do not know).
import { hasMessage, type MessageKey, type MessageValues } from '../../app/i18n/i18n';
import { formatFen, type Problem } from './cart-types';

type Translate = { t(key: MessageKey, values?: MessageValues): string; locale: string };

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function problemText(p: Problem, { t, locale }: Translate): string {
  const d = p.details;
  switch (p.code) {
    case 'over_single_limit':
      return t('cart.problem.over_single_limit', { attempted: formatFen(num(d['attemptedFen']), locale), limit: formatFen(num(d['limitFen']), locale) });
    case 'over_annual_limit':
      return t('cart.problem.over_annual_limit', { limit: formatFen(num(d['limitFen']), locale), room: formatFen(num(d['roomLeftFen']), locale) });
    case 'over_quantity_cap':
      return `${t('cart.problem.over_quantity_cap')} ${locale === 'zh-CN' ? '' : p.message}`.trim();
    case 'unpublished':
    case 'mode_unavailable':
    case 'out_of_stock':
    case 'insufficient_stock':
      return t(`cart.problem.${p.code}` as MessageKey, { sku: String(d['sku'] ?? ''), available: num(d['available']) });
    case 'quote_unavailable': {
      const key = `error.${String(d['reason'])}`;
      return t('cart.problem.quote_unavailable', { message: hasMessage(key) ? t(key) : p.message });
    }
    default:
      return p.message;
  }
}
