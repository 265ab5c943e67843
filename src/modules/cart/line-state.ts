// Whether a cart line can still be bought as it stands: its product on sale, by the line's shipping
// mode, with enough stock at the location that mode ships from.
import type { CartLinesTable, ShippingMode } from '../../db/schema.js';

export type LineState = 'ok' | 'unpublished' | 'mode_unavailable' | 'out_of_stock' | 'insufficient_stock';

export type CartLineView = {
  id: string;
  variantId: string;
  productId: string;
  sku: string;
  titleZh: string;
  titleEn: string;
  mode: ShippingMode;
  quantity: number;
  state: LineState;
  /** Units available by this line's mode; null when the product is not on sale. */
  available: number | null;
  price: { unitPriceFen: number; goodsFen: number; freightFen: number; taxFen: number } | null;
};

export function stateOf(line: CartLinesTable, onSale: { shipping_modes: string } | undefined, available: number): LineState {
  if (!onSale) return 'unpublished';
  if (!(JSON.parse(onSale.shipping_modes) as ShippingMode[]).includes(line.mode)) return 'mode_unavailable';
  if (available <= 0) return 'out_of_stock';
  return available < line.quantity ? 'insufficient_stock' : 'ok';
}

