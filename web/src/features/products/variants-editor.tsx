// Variants (SKUs): the option names every variant shares (e.g. Size), then one card per variant with
// its SKU, option values, barcode, shipping weight, price in dollars (sent in cents) and the statutory
// unit and quantity customs declares. Cards rather than a wide table, so the editor fits beside the
// eligibility panel.
import { useId, type ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { emptyVariant, type SectionProps, type VariantRow } from './product-form';
import { STATUTORY_UNITS, type StatutoryUnit } from './product-types';

export function VariantsEditor({ form, update, errorOf }: SectionProps) {
  const { t } = useT();
  const id = useId();
  const rows = form.variants;
  const names = form.optionNames;
  const change = (key: string, patch: Partial<VariantRow>) => update({ variants: rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const rename = (index: number, name: string) => {
    const old = names[index] ?? '';
    update({
      optionNames: names.map((n, i) => (i === index ? name : n)),
      variants: rows.map((r) => {
        const { [old]: value, ...rest } = r.options;
        return { ...r, options: value === undefined ? rest : { ...rest, [name]: value } };
      }),
    });
  };
  const removeOption = (index: number) => {
    const old = names[index] ?? '';
    update({ optionNames: names.filter((_, i) => i !== index), variants: rows.map((r) => ({ ...r, options: Object.fromEntries(Object.entries(r.options).filter(([k]) => k !== old)) })) });
  };
  const err = (i: number, field: string) => errorOf(`variants.${i}.${field}`);
  const cell = (label: string, input: ReactNode, key?: number) => (
    <div className="variant-field" key={key}>
      <span className="variant-label" aria-hidden="true">
        {label}
      </span>
      {input}
    </div>
  );

  return (
    <section className="card form-card" aria-labelledby="variants-title" id="pf-variants">
      <div className="section-head">
        <h2 id="variants-title" className="section-title">
          {t('products.section.variants')}
        </h2>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => update({ variants: [...rows, emptyVariant()] })} disabled={rows.length >= 50}>
          {t('products.addVariant')}
        </button>
      </div>
      <p className="muted">{t('products.variantsLead')}</p>
      <div className="option-names" role="group" aria-labelledby={`${id}-options`}>
        <span id={`${id}-options`} className="field-label">
          {t('products.options')}
        </span>
        {names.map((name, i) => (
          <span key={i} className="option-name">
            <input aria-label={t('products.optionName', { n: i + 1 })} placeholder={t('products.optionNameHint')} maxLength={40} value={name} onChange={(e) => rename(i, e.target.value)} />
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => removeOption(i)} aria-label={t('products.removeOption', { n: i + 1 })}>
              ✕
            </button>
          </span>
        ))}
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => update({ optionNames: [...names, ''] })} disabled={names.length >= 3}>
          {t('products.addOption')}
        </button>
      </div>
      <ol className="variant-list">
        {rows.map((r, i) => {
          const n = i + 1;
          const problems = ['sku', 'options', 'barcode', 'weightGrams', 'priceMinor', 'statutoryUnit', 'statutoryQty'].map((f) => err(i, f)).filter(Boolean);
          return (
            <li key={r.key} className={problems.length ? 'variant-card has-error' : 'variant-card'}>
              <div className="variant-head">
                <strong>{t('products.variantN', { n })}</strong>
                <button type="button" className="btn btn-ghost btn-sm" disabled={rows.length <= 1} onClick={() => update({ variants: rows.filter((x) => x.key !== r.key) })} aria-label={t('products.removeVariant', { n })}>
                  {t('apply.remove')}
                </button>
              </div>
              <div className="variant-grid">
                {cell(
                  t('products.sku'),
                  <input aria-label={t('products.skuOf', { n })} required pattern="[A-Za-z0-9._\-]{1,64}" maxLength={64} value={r.sku} onChange={(e) => change(r.key, { sku: e.target.value })} aria-invalid={err(i, 'sku') ? true : undefined} />,
                )}
                {names.map((name, j) =>
                  cell(
                    name || t('products.optionName', { n: j + 1 }),
                    <input aria-label={t('products.optionOf', { n, name: name || String(j + 1) })} maxLength={80} value={r.options[name] ?? ''} disabled={!name.trim()} onChange={(e) => change(r.key, { options: { ...r.options, [name]: e.target.value } })} />,
                    j,
                  ),
                )}
                {cell(
                  t('products.barcode'),
                  <input aria-label={t('products.barcodeOf', { n })} inputMode="numeric" pattern="\d{8,14}" maxLength={14} value={r.barcode} onChange={(e) => change(r.key, { barcode: e.target.value })} aria-invalid={err(i, 'barcode') ? true : undefined} />,
                )}
                {cell(t('products.weight'), <input aria-label={t('products.weightOf', { n })} type="number" required min={1} max={100000} step={1} value={r.weight} onChange={(e) => change(r.key, { weight: e.target.value })} />)}
                {cell(
                  t('products.priceUsd'),
                  <span className="money-input">
                    <span aria-hidden="true">$</span>
                    <input aria-label={t('products.priceOf', { n })} required inputMode="decimal" pattern="\d+(\.\d{1,2})?" placeholder="0.00" value={r.price} onChange={(e) => change(r.key, { price: e.target.value })} />
                  </span>,
                )}
                {cell(
                  t('products.statutory'),
                  <span className="unit-input">
                    <input aria-label={t('products.qtyOf', { n })} type="number" required min={1} step={1} value={r.qty} onChange={(e) => change(r.key, { qty: e.target.value })} />
                    <select aria-label={t('products.unitOf', { n })} value={r.unit} onChange={(e) => change(r.key, { unit: e.target.value as StatutoryUnit })}>
                      {STATUTORY_UNITS.map((u) => (
                        <option key={u} value={u}>
                          {t(`products.unit.${u}`)}
                        </option>
                      ))}
                    </select>
                  </span>,
                )}
              </div>
              {problems.length ? (
                <p className="field-error" role="alert">
                  {problems.join(' · ')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {errorOf('variants') ? <p className="field-error">{errorOf('variants')}</p> : null}
    </section>
  );
}
