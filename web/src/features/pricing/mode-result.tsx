// One shipping mode's answer: what the shopper pays (itemised tax), delivery, classification, the FX
// rate used, and the seller's side (commission, payment fee, what they receive).
import { useT } from '../../app/i18n/i18n';
import { formatUsd } from '../../app/i18n/formats';
import { PlaneIcon, WarehouseIcon } from '../../app/ui/icons';
import type { ModeResult } from './calculator-types';
import { formatBp, formatFen } from './money';

function Row({ label, fen, strong, indent, testId }: { label: string; fen: number; strong?: boolean; indent?: boolean; testId?: string }) {
  return (
    <div className={`calc-row${strong ? ' calc-row-total' : ''}${indent ? ' calc-row-sub' : ''}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{formatFen(fen === 0 ? 0 : fen)}</dd>
    </div>
  );
}

export function ModeResultCard({ result, stale }: { result: ModeResult; stale: boolean }) {
  const { t, locale } = useT();
  const { totals, seller } = result;
  const Icon = result.mode === '9610' ? PlaneIcon : WarehouseIcon;
  const title = t(`calc.mode.${result.mode}`);
  const effectiveBp = totals.goodsFen > 0 ? Math.round((totals.taxFen * 10_000) / totals.goodsFen) : 0;
  const reason = result.classification.reason;

  return (
    <section className={`card calc-result${stale ? ' is-stale' : ''}`} aria-labelledby={`calc-mode-${result.mode}`} aria-busy={stale}>
      <header className="calc-result-head">
        <Icon size={22} />
        <div>
          <h2 id={`calc-mode-${result.mode}`} className="calc-result-title">
            {title}
          </h2>
          <p className="muted small">
            {t('calc.modeCode', { mode: result.mode })} · {t('calc.delivery', { min: result.delivery.minDays, max: result.delivery.maxDays })}
          </p>
        </div>
      </header>

      {!result.payable ? (
        <div className="alert alert-error calc-classification">
          <strong>{t('calc.notPayable')}</strong> {reason?.message ?? ''}
        </div>
      ) : result.taxPath === 'full_tax' ? (
        <div className="alert alert-info calc-classification">
          <strong>{t('calc.fullTax')}</strong> {t('calc.fullTaxBody')} {reason?.message ?? ''}
        </div>
      ) : (
        <p className="badge badge-success calc-path">{t('calc.preferential')}</p>
      )}

      <h3 className="calc-side-title">{t('calc.shopperPays')}</h3>
      <dl className="calc-rows" aria-label={t('calc.shopperPaysIn', { mode: title })}>
        <Row label={t('calc.goods')} fen={totals.goodsFen} />
        <Row label={t('calc.freight')} fen={totals.freightFen} />
        {totals.insuranceFen ? <Row label={t('calc.insurance')} fen={totals.insuranceFen} /> : null}
        {totals.discountFen ? <Row label={t('calc.discount')} fen={-totals.discountFen} /> : null}
        <Row label={t('calc.tax')} fen={totals.taxFen} />
        <Row label={t('calc.vat')} fen={totals.vatFen} indent />
        <Row label={t('calc.consumptionTax')} fen={totals.consumptionTaxFen} indent />
        <Row label={t('calc.tariff')} fen={totals.tariffFen} indent />
        <Row label={t('calc.total')} fen={totals.totalFen} strong testId={`total-${result.mode}`} />
      </dl>

      <h3 className="calc-side-title">{t('calc.sellerSide')}</h3>
      <dl className="calc-rows" aria-label={t('calc.sellerSideIn', { mode: title })}>
        <Row label={t('calc.sellerGoods')} fen={seller.goodsFen} />
        <Row label={t('calc.markup')} fen={-seller.markupFen} indent />
        <Row label={t('calc.commission')} fen={-seller.commissionFen} indent />
        <Row label={t('calc.paymentFee')} fen={-seller.paymentFeeFen} indent />
        <div className="calc-row calc-row-total">
          <dt>{t('calc.receives')}</dt>
          <dd data-testid={`receives-${result.mode}`}>
            {formatUsd(seller.receivesUsdCents, locale)} <span className="muted small">({formatFen(seller.receivesFen)})</span>
          </dd>
        </div>
      </dl>

      <dl className="calc-facts small">
        <div>
          <dt>{t('calc.effectiveTax')}</dt>
          <dd>{formatBp(effectiveBp, locale)}</dd>
        </div>
        <div>
          <dt>{t('calc.fxUsed')}</dt>
          <dd>
            {t('calc.fxRate', { rate: result.fx.rate })} <span className="muted">({result.fx.source})</span>
          </dd>
        </div>
        <div>
          <dt>{t('calc.settlement')}</dt>
          <dd>{seller.settlement}</dd>
        </div>
        <div>
          <dt>{t('calc.zone')}</dt>
          <dd>
            {result.province} · {result.zone}
          </dd>
        </div>
      </dl>
    </section>
  );
}
