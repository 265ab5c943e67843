// The cart's parcels as 结算 shows them, read-only: lines, and each parcel's quote from the server
// (goods, freight, 税费, parcel total), with whatever keeps a parcel from being ordered.
import { useT } from '../../app/i18n/i18n';
import { formatFen, type CartGroup } from '../cart/cart-types';
import { problemText } from '../cart/problem-text';

export function CheckoutParcel({ group }: { group: CartGroup }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const money = (fen: number) => formatFen(fen, locale);
  const q = group.quote;
  return (
    <section className="checkout-parcel" data-testid="checkout-parcel">
      <header className="checkout-parcel-head">
        <h3>{t('cart.parcel', { seller: group.sellerName })}</h3>
        <span className={`badge ${group.mode === '1210' ? 'badge-info' : 'badge-warning'}`}>{t(`cart.mode.${group.mode}`)}</span>
        {q ? <span className="muted checkout-delivery">{t('cart.delivery', { min: q.delivery.minDays, max: q.delivery.maxDays })}</span> : null}
      </header>
      <ul className="checkout-lines">
        {group.lines.map((line) => (
          <li key={line.id}>
            <span className="checkout-line-title">{locale === 'zh-CN' ? line.titleZh : line.titleEn}</span>
            <span className="checkout-line-qty">×{line.quantity}</span>
            <span className="checkout-line-money">{line.price ? money(line.price.goodsFen) : '—'}</span>
          </li>
        ))}
      </ul>
      {q ? (
        <dl className="cart-figures">
          <div>
            <dt>{t('cart.goods')}</dt>
            <dd>{money(q.totals.goodsFen)}</dd>
          </div>
          <div>
            <dt>{t('cart.freight')}</dt>
            <dd>{money(q.totals.freightFen)}</dd>
          </div>
          <div className="cart-figure-tax">
            <dt>{t('cart.tax')}</dt>
            <dd>{money(q.totals.taxFen)}</dd>
          </div>
          <div className="cart-figure-total">
            <dt>{t('cart.parcelTotal')}</dt>
            <dd>{money(q.totals.totalFen)}</dd>
          </div>
        </dl>
      ) : null}
      {q?.classification.kind === 'full_tax' ? <p className="alert alert-info">{t('cart.fullTax')}</p> : null}
      {group.checkout.problems.length > 0 ? (
        <ul className="alert alert-error cart-problems">
          {group.checkout.problems.map((p, i) => (
            <li key={`${p.code}-${p.lineId ?? i}`}>{problemText(p, i18n)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
