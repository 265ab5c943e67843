// The buying box: variant picker, delivery mode (保税快发 from the bonded warehouse, 海外直邮 from the
// US) with each one's landed total and estimate, the chosen one's breakdown (price, 税费, freight,
// total, to Shanghai), the stock state, and add to cart. Every figure is the server's (the quote).
import { useT } from '../../app/i18n/i18n';
import { AddToCart } from '../cart/add-to-cart';
import { formatFen, Price } from './price';
import type { Mode, Offer, ProductVariant } from './storefront-types';

export const variantLabel = (v: ProductVariant) => Object.values(v.options).join(' / ') || v.sku;

/** The option name the picker is titled with when every variant has the same single option (e.g. 规格). */
function pickerTitle(variants: ProductVariant[]): string | null {
  const names = new Set(variants.flatMap((v) => Object.keys(v.options)));
  return names.size === 1 ? [...names][0]! : null;
}

export function StockText({ offer }: { offer: Offer }) {
  const { t } = useT();
  if (offer.stock === 'low_stock') return <span className="stock stock-low_stock">{t('shop.stock.low', { count: offer.available })}</span>;
  return <span className={`stock stock-${offer.stock}`}>{t(offer.stock === 'in_stock' ? 'shop.stock.in_stock' : 'shop.stock.out_of_stock')}</span>;
}

type Props = { variants: ProductVariant[]; variant: ProductVariant; mode: Mode; onVariant: (v: ProductVariant) => void; onMode: (m: Mode) => void };

export function OfferPanel({ variants, variant, mode, onVariant, onMode }: Props) {
  const { t } = useT();
  const offer = variant.offers.find((o) => o.mode === mode) ?? variant.offers[0];
  if (!offer) return null;
  const title = pickerTitle(variants) ?? t('shop.product.variant');
  const modeName = (m: Mode) => t(m === '1210' ? 'shop.mode.1210' : 'shop.mode.9610');
  const price = offer.price;
  return (
    <div className="offer-panel">
      <div className="offer-price" data-testid="offer-price">
        {price ? (
          <>
            <Price fen={price.shelfFen} className="price price-lg" />
            <dl className="offer-breakdown">
              <div>
                <dt>{t('shop.offer.tax')}</dt>
                <dd>{formatFen(price.taxFen)}</dd>
              </div>
              <div>
                <dt>{t('shop.offer.freight')}</dt>
                <dd>{price.freightFen === 0 ? t('shop.offer.freeShipping') : formatFen(price.freightFen)}</dd>
              </div>
              {price.insuranceFen > 0 ? (
                <div>
                  <dt>{t('shop.offer.insurance')}</dt>
                  <dd>{formatFen(price.insuranceFen)}</dd>
                </div>
              ) : null}
              <div className="offer-total">
                <dt>{t('shop.offer.total')}</dt>
                <dd>{formatFen(price.totalFen)}</dd>
              </div>
            </dl>
            <p className="offer-note">{t('shop.offer.note', { province: t('shop.offer.provinceSH') })}</p>
            {price.payable ? null : <p className="offer-warning">{t('shop.offer.notPayable')}</p>}
          </>
        ) : (
          <p className="offer-warning">{t('shop.offer.unpriced')}</p>
        )}
      </div>

      {variants.length > 1 || Object.keys(variant.options).length > 0 ? (
        <fieldset className="picker">
          <legend className="picker-title">{title}</legend>
          <div className="picker-options" role="radiogroup" aria-label={title}>
            {variants.map((v) => {
              const on = v.variantId === variant.variantId;
              const soldOut = v.offers.every((o) => o.stock === 'out_of_stock');
              return (
                <button key={v.variantId} type="button" role="radio" aria-checked={on} className={`picker-option${on ? ' active' : ''}${soldOut ? ' sold-out' : ''}`} onClick={() => onVariant(v)}>
                  {variantLabel(v)}
                </button>
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <fieldset className="picker">
        <legend className="picker-title">{t('shop.product.delivery')}</legend>
        <div className="offer-modes" role="radiogroup" aria-label={t('shop.product.delivery')}>
          {variant.offers.map((o) => {
            const on = o.mode === offer.mode;
            return (
              <button key={o.mode} type="button" role="radio" aria-checked={on} className={on ? 'offer-mode active' : 'offer-mode'} onClick={() => onMode(o.mode)}>
                <span className="offer-mode-name">{modeName(o.mode)}</span>
                <span className="offer-mode-days">{o.delivery ? t('shop.offer.days', { min: o.delivery.minDays, max: o.delivery.maxDays }) : t('shop.offer.noEstimate')}</span>
                <span className="offer-mode-total">{o.price ? t('shop.offer.totalShort', { total: formatFen(o.price.totalFen) }) : '—'}</span>
                <StockText offer={o} />
              </button>
            );
          })}
        </div>
        <p className="mode-explain">{t(offer.mode === '1210' ? 'shop.mode.1210.explain' : 'shop.mode.9610.explain')}</p>
      </fieldset>

      <div className="offer-buy">
        <AddToCart variantId={variant.variantId} mode={offer.mode} disabled={offer.stock === 'out_of_stock' || !price || !price.payable} />
      </div>
    </div>
  );
}
