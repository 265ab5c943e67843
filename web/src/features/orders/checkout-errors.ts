// A refused checkout in the reader's language: each conflict the server names gets its own words and
// figures (the server's English message is the fallback for anything the catalogs do not know).
import { ApiError } from '../../app/api-client';
import type { MessageKey, MessageValues } from '../../app/i18n/i18n';
import type { Locale } from '../../app/api-types';
import { errorText } from '../../app/ui/error-text';
import type { Problem } from '../cart/cart-types';
import { problemText } from '../cart/problem-text';

type Translate = { locale: Locale; t(key: MessageKey, values?: MessageValues): string };

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The limit the server reported (classification.reason), worded as the cart words it. */
function limitText(error: ApiError, i18n: Translate): string {
  const classification = error.details['classification'] as { reason?: { code?: string; message?: string } & Record<string, unknown> } | undefined;
  const reason = classification?.reason;
  if (reason?.code && ['over_single_limit', 'over_annual_limit'].includes(reason.code)) {
    const problem: Problem = { code: reason.code, message: reason.message ?? error.message, lineId: null, details: reason };
    return problemText(problem, i18n);
  }
  return i18n.t('checkout.err.limit_exceeded', { message: reason?.message ?? error.message });
}

export function checkoutErrorText(error: unknown, i18n: Translate): string {
  if (!(error instanceof ApiError)) return errorText(error, i18n);
  const { t } = i18n;
  const d = error.details;
  switch (error.code) {
    case 'sold_out': {
      const sku = String(d['sku'] ?? '');
      return num(d['available']) > 0
        ? t('checkout.err.sold_out', { sku, available: num(d['available']), requested: num(d['requested']) })
        : t('checkout.err.sold_out_none', { sku });
    }
    case 'limit_exceeded':
      return limitText(error, i18n);
    case 'risk_notice_required':
    case 'cart_empty':
    case 'cart_item_unavailable':
      return t(`checkout.err.${error.code}`);
    default:
      if (error.fieldMessage('identityId')) return t('checkout.err.identityId');
      if (error.fieldMessage('addressId')) return t('checkout.err.addressId');
      return errorText(error, i18n);
  }
}
