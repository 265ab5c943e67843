// One parcel of the cart: one seller, one shipping mode, its lines with quantity and remove, and the
// parcel's quote — goods, freight, tax (税费) itemised, total — with what keeps it from checkout.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { formatFen, type CartGroup, type CartLine } from './cart-types';
import { ParcelFigures } from './parcel-figures';
import { QuantityStepper } from './quantity-stepper';

type Edit = { onQuantity(line: CartLine, quantity: number): void; onRemove(line: CartLine): void; busy: boolean };

function LineRow({ line, edit }: { line: CartLine; edit: Edit }) {
  const { t, locale } = useT();
  const title = locale === 'zh-CN' ? line.titleZh : line.titleEn;
  return (
    <li className="cart-line" data-state={line.state}>
      <div className="cart-line-main">
        <Link to={`/products/${line.productId}`} className="cart-line-title">
          {title}
        </Link>
        <div className="cart-line-meta">
          <span className="cart-line-sku">{line.sku}</span>
          {line.state !== 'ok' ? <span className="badge badge-danger">{t(`cart.state.${line.state}`, { available: line.available ?? 0 })}</span> : null}
        </div>
        {line.price ? <div className="cart-line-price">{t('cart.unitPrice', { price: formatFen(line.price.unitPriceFen, locale) })}</div> : null}
      </div>
      <div className="cart-line-actions">
        <QuantityStepper value={line.quantity} onChange={(q) => edit.onQuantity(line, q)} disabled={edit.busy} label={`${t('cart.quantity')} ${line.sku}`} />
        <button type="button" className="btn btn-ghost btn-sm" disabled={edit.busy} aria-label={t('cart.removeLine', { title })} onClick={() => edit.onRemove(line)}>
          {t('cart.remove')}
        </button>
      </div>
    </li>
  );
}

export function CartParcel({ group, edit }: { group: CartGroup; edit: Edit }) {
  const { t } = useT();
  const q = group.quote;
  const headingId = `parcel-${group.key.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <section className="store-panel cart-parcel" aria-labelledby={headingId} data-checkout={group.checkout.allowed ? 'allowed' : 'blocked'}>
      <header className="cart-parcel-head">
        <h2 id={headingId}>{t('cart.parcel', { seller: group.sellerName })}</h2>
        <span className={`badge ${group.mode === '1210' ? 'badge-info' : 'badge-warning'}`}>{t(`cart.mode.${group.mode}`)}</span>
        {q ? <span className="cart-parcel-delivery">{t('cart.delivery', { min: q.delivery.minDays, max: q.delivery.maxDays })}</span> : null}
      </header>
      <ul className="cart-lines">
        {group.lines.map((line) => (
          <LineRow key={line.id} line={line} edit={edit} />
        ))}
      </ul>
      <ParcelFigures group={group} taxDetail={true} />
    </section>
  );
}
