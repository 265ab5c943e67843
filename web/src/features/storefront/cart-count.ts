// The header badge's count, from the cart feature (it re-reads when any cart edit announces itself).
import { useCartCount as useCount } from '../cart/use-cart';

/** Items in the cart; 0 until known (the badge is hidden at 0). */
export function useCartCount(): number {
  return useCount() ?? 0;
}
