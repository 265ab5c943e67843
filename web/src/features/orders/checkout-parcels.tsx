// The cart's parcels as 结算 shows them, read-only: lines, and each parcel's quote from the server
// (goods, freight, 税费, parcel total), with whatever keeps a parcel from being ordered.
import { useT } from '../../app/i18n/i18n';
import { formatFen, type CartGroup } from '../cart/cart-types';
import { ParcelFigures } from '../cart/parcel-figures';

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
      <ParcelFigures group={group} taxDetail={false} />
    </section>
  );
}
