// Customs: the China HS code with what the positive list says about its tariff line, and the shipping
// modes (9610 direct mail, 1210 bonded warehouse) with what each means.
import { useT } from '../../app/i18n/i18n';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import type { SectionProps } from './product-form';
import { SHIPPING_MODES, type ShippingMode } from './product-types';
import { useTariffLine } from './use-tariff-line';

export function CustomsSection({ form, update, errorOf, storeModes }: SectionProps & { storeModes: ShippingMode[] }) {
  const { t } = useT();
  const tariff = useTariffLine(form.hsCode);
  const { lookup } = tariff;
  const toggle = (mode: ShippingMode, on: boolean) => update({ shippingModes: on ? [...form.shippingModes, mode] : form.shippingModes.filter((m) => m !== mode) });

  return (
    <section className="card form-card" aria-labelledby="customs-title" id="pf-customs">
      <h2 id="customs-title" className="section-title">
        {t('products.section.customs')}
      </h2>
      <div className="hs-row">
        <Field
          id="pf-hsCode"
          label={t('products.hsCode')}
          required
          inputMode="numeric"
          pattern="\d{8}|\d{10}"
          maxLength={10}
          placeholder="08134090"
          value={form.hsCode}
          onChange={(e) => update({ hsCode: e.target.value.replace(/\D/g, '') })}
          error={errorOf('hsCode')}
          hint={t('products.hsCodeHint')}
        />
        <div className="tariff-result" aria-live="polite" data-status={lookup?.status ?? (tariff.loading ? 'loading' : 'none')}>
          {tariff.loading ? <p className="muted">{t('products.tariff.looking')}</p> : null}
          {tariff.error ? <ErrorNotice error={tariff.error} /> : null}
          {lookup?.status === 'listed' && lookup.line ? (
            <>
              <p>
                <span className="badge badge-success">{t('products.tariff.listed')}</span> <span className="mono">{lookup.line.hsCode}</span>
              </p>
              <p lang="zh-CN">{lookup.line.description}</p>
              {lookup.line.remarkType !== 'none' ? (
                <p className="tariff-remark">
                  <strong>{t(`list.remark.${lookup.line.remarkType}`)}</strong>
                  {lookup.line.remark ? <span lang="zh-CN"> · {lookup.line.remark}</span> : null}
                  {lookup.line.capQuantity ? <span> · {t('products.tariff.cap', { quantity: lookup.line.capQuantity, unit: lookup.line.capUnit ?? '' })}</span> : null}
                </p>
              ) : null}
              {lookup.version ? <p className="muted small">{t('products.tariff.version', { announcement: lookup.version.announcement })}</p> : null}
            </>
          ) : null}
          {lookup?.status === 'not_listed' ? (
            <p>
              <span className="badge badge-danger">{t('products.tariff.notListed')}</span>{' '}
              {lookup.version ? <span className="muted small">{t('products.tariff.version', { announcement: lookup.version.announcement })}</span> : null}
            </p>
          ) : null}
          {lookup?.status === 'no_list' ? <p className="muted">{t('products.tariff.noList')}</p> : null}
          {!lookup && !tariff.loading && !tariff.error ? <p className="muted">{t('products.tariff.prompt')}</p> : null}
        </div>
      </div>
      <fieldset className="choice-group" id="pf-shippingModes" aria-describedby={errorOf('shippingModes') ? 'pf-modes-error' : undefined}>
        <legend>{t('products.shippingModes')}</legend>
        <div className="mode-options">
          {SHIPPING_MODES.map((mode) => (
            <label key={mode} className="mode-option">
              <input type="checkbox" name="shippingModes" value={mode} checked={form.shippingModes.includes(mode)} onChange={(e) => toggle(mode, e.target.checked)} />
              <span>
                <strong>{t(`mode.${mode}.name`)}</strong>
                <span className="muted">{t(`mode.${mode}.body`)}</span>
                {!storeModes.includes(mode) ? <span className="badge badge-warning">{t('products.modeNotOffered')}</span> : null}
              </span>
            </label>
          ))}
        </div>
        {errorOf('shippingModes') ? (
          <p className="field-error" id="pf-modes-error">
            {errorOf('shippingModes')}
          </p>
        ) : null}
      </fieldset>
    </section>
  );
}
