// The product page's buy box: a quantity stepper and 加入购物车. Works for guests (the server keeps
// their cart by cookie) and signed-in shoppers alike; the header badge follows through useCartCount.
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import type { ShippingMode } from './cart-types';
import { QuantityStepper } from './quantity-stepper';
import { addToCart } from './use-cart';
import './cart.css';

export function AddToCart({ variantId, mode, disabled = false }: { variantId: string; mode: ShippingMode; disabled?: boolean }) {
  const { t } = useT();
  const [quantity, setQuantity] = useState(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<'added' | 'capped' | null>(null);

  async function add() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await addToCart(variantId, quantity, mode);
      setDone(answer.capped ? 'capped' : 'added');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="add-to-cart">
      <div className="add-to-cart-row">
        <QuantityStepper value={quantity} onChange={setQuantity} disabled={disabled || busy} />
        <button type="button" className="btn btn-primary add-to-cart-button" disabled={disabled || busy} onClick={() => void add()}>
          {busy ? t('cart.adding') : t('cart.add')}
        </button>
      </div>
      <div className="add-to-cart-status" role="status" aria-live="polite">
        {done ? (
          <div className="alert alert-success add-to-cart-toast">
            <span>{t(done === 'capped' ? 'cart.addedCapped' : 'cart.added')}</span>
            <Link to="/cart" className="btn btn-secondary btn-sm">
              {t('cart.view')}
            </Link>
          </div>
        ) : null}
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
