// A parcel's figures from its quote — goods, freight, 税费 (itemised in the cart), parcel total — the
// full-tax note, and what keeps the parcel from checkout. Shared by the cart and 结算.
import { useT } from '../../app/i18n/i18n';
import { formatFen, type CartGroup } from './cart-types';
import { problemText } from './problem-text';

export function ParcelFigures({ group, taxDetail }: { group: CartGroup; taxDetail: boolean }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const money = (fen: number) => formatFen(fen, locale);
  const q = group.quote;
  return (
    <>
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
            <dd>
              {money(q.totals.taxFen)}
              {taxDetail ? <small>{t('cart.taxDetail', { vat: money(q.totals.vatFen), ct: money(q.totals.consumptionTaxFen), tariff: money(q.totals.tariffFen) })}</small> : null}
            </dd>
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
    </>
  );
}
