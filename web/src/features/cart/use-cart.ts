// The cart from the browser: the item count for the header badge, the cart page's data and its edits.
// Every edit announces itself, so the badge and any open cart view re-read the server's answer.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../app/api-client';
import { useSession } from '../../app/session';
import type { CartAnswer, CountAnswer, EditAnswer, ShippingMode } from './cart-types';

const CHANGED = 'gateway:cart-changed';

export function announceCartChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

function useCartChanges(onChange: () => void): void {
  useEffect(() => {
    window.addEventListener(CHANGED, onChange);
    return () => window.removeEventListener(CHANGED, onChange);
  }, [onChange]);
}

/** Items in the cart (sum of quantities); null until known or when the server cannot be reached. */
export function useCartCount(): number | null {
  const { user } = useSession();
  const [count, setCount] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useCartChanges(bump);
  const userId = user?.id ?? null;
  useEffect(() => {
    const controller = new AbortController();
    api.get<CountAnswer>('/cart/count', undefined, controller.signal).then(
      (answer) => setCount(answer.itemCount),
      () => {
        if (!controller.signal.aborted) setCount(null);
      },
    );
    return () => controller.abort();
  }, [userId, version]);
  return count;
}

export async function addToCart(variantId: string, quantity: number, mode: ShippingMode): Promise<EditAnswer> {
  const answer = await api.post<EditAnswer>('/cart/lines', { variantId, quantity, mode });
  announceCartChanged();
  return answer;
}

export async function setLineQuantity(lineId: string, quantity: number): Promise<EditAnswer> {
  const answer = await api.patch<EditAnswer>(`/cart/lines/${lineId}`, { quantity });
  announceCartChanged();
  return answer;
}

export async function removeCartLine(lineId: string): Promise<void> {
  await api.delete(`/cart/lines/${lineId}`);
  announceCartChanged();
}

export type CartState = { data: CartAnswer | undefined; error: unknown; loading: boolean; reload(): void };

/** The priced cart for a delivery province; re-read after every edit (a fresh quote each time). */
/** The cart priced for `province`; the annual room shown is `buyer`'s (one of the shopper's identities) or the latest added buyer's. */
export function useCart(province: string, buyer: string | null = null): CartState {
  const { user } = useSession();
  const [state, setState] = useState<{ data: CartAnswer | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: true });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useCartChanges(reload);
  const userId = user?.id ?? null;
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    api.get<CartAnswer>('/cart', buyer ? { province, buyer } : { province }, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [province, buyer, userId, version]);
  return { ...state, reload };
}
