// 购物车: parcels by seller and shipping mode, each with its live quote (税费 itemised), the cart total
// and the limits; guests and signed-in shoppers alike. Checkout comes with the next issue.
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { CartIcon } from '../../app/ui/icons';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { EmptyState, Loading } from '../../app/ui/states';
import { CartParcel } from '../cart/cart-parcel';
import { CartSummary } from '../cart/cart-summary';
import type { CartLine } from '../cart/cart-types';
import { removeCartLine, setLineQuantity, useCart } from '../cart/use-cart';
import { PROVINCES } from '../pricing/calculator-types';
import '../cart/cart.css';

export function CartPage() {
  const { t, locale } = useT();
  const [province, setProvince] = useState('SH');
  const cart = useCart(province);
  const [busy, setBusy] = useState(false);
  const [editError, setEditError] = useState<unknown>(null);
  useDocumentTitle(t('cart.title'));

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setEditError(null);
    try {
      await action();
    } catch (e) {
      setEditError(e);
      cart.reload();
    } finally {
      setBusy(false);
    }
  }
  const edit = {
    busy,
    onQuantity: (line: CartLine, quantity: number) => void run(() => setLineQuantity(line.id, quantity)),
    onRemove: (line: CartLine) => void run(() => removeCartLine(line.id)),
  };

  const data = cart.data;
  const title = data && data.itemCount > 0 ? t('cart.titleCount', { count: data.itemCount }) : t('cart.title');
  return (
    <div className="store-page cart-page">
      <div className="cart-page-head">
        <h1 className="store-page-title">{title}</h1>
        <label className="cart-province">
          <span>{t('cart.province')}</span>
          <select value={province} onChange={(e) => setProvince(e.target.value)}>
            {PROVINCES.map((p) => (
              <option key={p.code} value={p.code}>
                {locale === 'zh-CN' ? p.zh : p.en}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={editError} />
      {!data && cart.loading ? <Loading /> : null}
      {!data && cart.error ? <ErrorNotice error={cart.error} onRetry={cart.reload} /> : null}
      {data && data.merged && data.merged.lines > 0 ? <SuccessNotice message={t('cart.merged', { count: data.merged.lines })} /> : null}
      {data && data.groups.length === 0 ? (
        <div className="store-panel">
          <EmptyState
            title={t('cart.emptyTitle')}
            icon={<CartIcon size={28} />}
            action={
              <Link to="/" className="btn btn-primary">
                {t('cart.browse')}
              </Link>
            }
          >
            <p>{t('cart.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : null}
      {data && data.groups.length > 0 ? (
        <div className="cart-layout" aria-busy={cart.loading || busy}>
          <div className="cart-parcels">
            {data.groups.map((group) => (
              <CartParcel key={group.key} group={group} edit={edit} />
            ))}
          </div>
          <CartSummary cart={data} />
        </div>
      ) : null}
    </div>
  );
}
