import type { Locale } from '../../app/api-types';
import { formatUsd } from '../../app/i18n/formats';
import type { Product } from './product-types';

/** A product's price as a list shows it: one price, or the cheapest and dearest variant. */
export function priceRange(product: Product, locale: Locale): string {
  const prices = product.variants.map((v) => v.price.amountMinor);
  if (prices.length === 0) return '—';
  const [low, high] = [Math.min(...prices), Math.max(...prices)];
  return low === high ? formatUsd(low, locale) : `${formatUsd(low, locale)} – ${formatUsd(high, locale)}`;
}
