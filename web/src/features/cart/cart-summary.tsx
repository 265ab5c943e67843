// The cart's bottom line: the sum of the parcel quotes (goods, freight, 税费, total), the channel's
// limits and the buyer's room this year when known, and the way to checkout — open only when every
// parcel passes (the server's checkoutAllowed), otherwise a disabled button saying why.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { formatFen, type CartAnswer } from './cart-types';

export function CartSummary({ cart }: { cart: CartAnswer }) {
  const { t, locale } = useT();
  const money = (fen: number) => formatFen(fen, locale);
  const expiries = cart.groups.flatMap((g) => (g.quote ? [Date.parse(g.quote.expiresAt)] : []));
  const heldUntil = expiries.length ? new Date(Math.min(...expiries)) : null;
  const { limits, totals } = cart;
  return (
    <section className="store-panel cart-summary" aria-label={t('cart.total')}>
      <dl className="cart-figures">
        <div>
          <dt>{t('cart.goods')}</dt>
          <dd>{money(totals.goodsFen)}</dd>
        </div>
        <div>
          <dt>{t('cart.freight')}</dt>
          <dd>{money(totals.freightFen)}</dd>
        </div>
        <div className="cart-figure-tax">
          <dt>{t('cart.tax')}</dt>
          <dd>{money(totals.taxFen)}</dd>
        </div>
        <div className="cart-figure-total cart-grand-total">
          <dt>{t('cart.total')}</dt>
          <dd data-testid="cart-total">{money(totals.totalFen)}</dd>
        </div>
      </dl>
      {heldUntil ? <p className="cart-note">{t('cart.totalNote', { count: totals.quotedGroups, time: heldUntil })}</p> : null}
      <p className="cart-note">{t('cart.limits', { single: money(limits.singleLimitFen), annual: money(limits.annualLimitFen) })}</p>
      <p className="cart-note">{limits.annualRoomFen === null || !limits.buyer ? t('cart.yearUnknown') : t('cart.yearRoom', { name: limits.buyer.name, room: money(limits.annualRoomFen) })}</p>
      {cart.checkoutAllowed ? (
        <Link to="/checkout" className="btn btn-primary btn-block" data-testid="cart-checkout">
          {t('cart.checkout')}
        </Link>
      ) : (
        <>
          <button type="button" className="btn btn-primary btn-block" disabled aria-describedby="cart-checkout-note">
            {t('cart.checkout')}
          </button>
          <p id="cart-checkout-note" className="cart-note cart-note-warning">
            {t('cart.checkoutBlocked')}
          </p>
        </>
      )}
    </section>
  );
}
