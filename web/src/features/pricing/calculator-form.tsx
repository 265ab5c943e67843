// The calculator's inputs: "My product costs $[24.00] and weighs [454] g", then the customs details
// (HS code, category, statutory unit and quantity), the quantity and the shopper's province.
import type { ChangeEvent } from 'react';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { useCategories } from '../products/use-categories';
import { PROVINCES, type CalculatorInputs, type StatutoryUnit } from './calculator-types';

/** The server names fields as in the request body (items.0.hsCode); each maps to one input here. */
const SERVER_FIELDS: Record<keyof CalculatorInputs, string> = {
  price: 'items.0.priceUsdCents',
  weight: 'items.0.weightGrams',
  hsCode: 'items.0.hsCode',
  category: 'items.0.category',
  quantity: 'items.0.quantity',
  statutoryUnit: 'items.0.statutoryUnit',
  statutoryQty: 'items.0.statutoryQty',
  province: 'province',
};

type Props = { inputs: CalculatorInputs; onChange(next: CalculatorInputs): void; invalid: keyof CalculatorInputs | null; error: unknown };

export function CalculatorForm({ inputs, onChange, invalid, error }: Props) {
  const i18n = useT();
  const { t, locale } = i18n;
  const { categories } = useCategories();

  const set = (key: keyof CalculatorInputs) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value = event.target.value;
    const next = { ...inputs, [key]: value };
    // While the statutory unit is grams and its quantity followed the weight, keep following it.
    if (key === 'weight' && inputs.statutoryUnit === 'g' && inputs.statutoryQty === inputs.weight) next.statutoryQty = value;
    if (key === 'statutoryUnit' && value === 'g') next.statutoryQty = inputs.weight;
    if (key === 'statutoryUnit' && value === 'piece' && inputs.statutoryUnit !== 'piece') next.statutoryQty = '1';
    onChange(next);
  };
  const errorOf = (key: keyof CalculatorInputs) => {
    const fromServer = fieldErrorText(error, SERVER_FIELDS[key], i18n);
    if (fromServer) return fromServer;
    return invalid === key ? t(`calc.invalid.${key}`) : undefined;
  };
  const sentence = (key: 'price' | 'weight') => errorOf(key);

  return (
    <form className="card form-card calc-form" onSubmit={(e) => e.preventDefault()} aria-label={t('calc.formLabel')}>
      <p className="calc-sentence">
        <span className="calc-inline">
          <span>{t('calc.sentence.costs')}</span>
          <span aria-hidden="true">$</span>
          <input
            aria-label={t('calc.price')}
            name="price"
            inputMode="decimal"
            autoComplete="off"
            size={7}
            value={inputs.price}
            onChange={set('price')}
            aria-invalid={sentence('price') ? true : undefined}
          />
        </span>
        <span className="calc-inline">
          <span>{t('calc.sentence.weighs')}</span>
          <input aria-label={t('calc.weight')} name="weight" inputMode="numeric" autoComplete="off" size={5} value={inputs.weight} onChange={set('weight')} aria-invalid={sentence('weight') ? true : undefined} />
          <span aria-hidden="true">g</span>
        </span>
      </p>
      {sentence('price') || sentence('weight') ? (
        <p className="field-error" role="alert">
          {[sentence('price'), sentence('weight')].filter(Boolean).join(' · ')}
        </p>
      ) : null}
      <div className="calc-grid">
        <Field label={t('calc.hsCode')} name="hsCode" inputMode="numeric" autoComplete="off" maxLength={13} value={inputs.hsCode} onChange={set('hsCode')} error={errorOf('hsCode')} hint={t('calc.hsCodeHint')} />
        <SelectField label={t('calc.category')} name="category" value={inputs.category} onChange={set('category')} error={errorOf('category')}>
          {categories.length === 0 ? <option value={inputs.category}>{inputs.category}</option> : null}
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {locale === 'zh-CN' ? c.zh : c.en}
            </option>
          ))}
        </SelectField>
        <Field label={t('calc.quantity')} name="quantity" type="number" min={1} max={99} value={inputs.quantity} onChange={set('quantity')} error={errorOf('quantity')} />
        <SelectField label={t('calc.statutoryUnit')} name="statutoryUnit" value={inputs.statutoryUnit} onChange={set('statutoryUnit')} error={errorOf('statutoryUnit')}>
          {(['g', 'ml', 'piece'] as StatutoryUnit[]).map((u) => (
            <option key={u} value={u}>
              {t(`calc.unit.${u}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t('calc.statutoryQty')} name="statutoryQty" inputMode="numeric" value={inputs.statutoryQty} onChange={set('statutoryQty')} error={errorOf('statutoryQty')} hint={t('calc.statutoryQtyHint')} />
        <SelectField label={t('calc.province')} name="province" value={inputs.province} onChange={set('province')} error={errorOf('province')}>
          {PROVINCES.map((p) => (
            <option key={p.code} value={p.code}>
              {locale === 'zh-CN' ? `${p.zh} (${p.code})` : `${p.code} ${p.zh} · ${p.en}`}
            </option>
          ))}
        </SelectField>
      </div>
    </form>
  );
}
