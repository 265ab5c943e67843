// Step 1: the business: legal and trade names, EIN, where it is, what kind, how old and how big.
import { useState } from 'react';
import type { BusinessType } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { stateOptions } from '../../app/i18n/us-states';
import { Field, SelectField } from '../../app/ui/field';
import { BUSINESS_TYPES, type ApplicationPatch } from './application-types';
import { choiceOrNothing, errorFor, intOrNothing, shown, text } from './step-fields';
import type { StepProps } from './wizard';

type Text = 'legalName' | 'tradeName' | 'ein' | 'city' | 'website';

export function BusinessStep({ state, onChange, error }: StepProps) {
  const i18n = useT();
  const { t, locale } = i18n;
  const a = state.application;
  const [v, setV] = useState({
    legalName: shown(a?.legalName),
    tradeName: shown(a?.tradeName),
    ein: shown(a?.ein),
    state: shown(a?.state),
    city: shown(a?.city),
    businessType: shown(a?.businessType),
    yearFounded: shown(a?.yearFounded),
    headcount: shown(a?.headcount),
    website: shown(a?.website),
  });
  const errorOf = errorFor(error, i18n);
  const set = (key: keyof typeof v, patch: (value: string) => ApplicationPatch) => (e: { target: { value: string } }) => {
    setV((old) => ({ ...old, [key]: e.target.value }));
    onChange(patch(e.target.value));
  };
  const textOf = (key: Text) => set(key, (value) => ({ [key]: text(value) }));

  return (
    <div className="form-grid">
      <Field label={t('apply.field.legalName')} name="legalName" autoComplete="organization" maxLength={200} value={v.legalName} onChange={textOf('legalName')} error={errorOf('legalName')} hint={t('apply.hint.legalName')} />
      <Field label={t('apply.field.tradeName')} name="tradeName" maxLength={200} value={v.tradeName} onChange={textOf('tradeName')} error={errorOf('tradeName')} hint={t('apply.hint.tradeName')} />
      <Field
        label={t('apply.field.ein')}
        name="ein"
        inputMode="numeric"
        placeholder="12-3456789"
        pattern="\d{2}-\d{7}"
        maxLength={10}
        value={v.ein}
        onChange={textOf('ein')}
        error={errorOf('ein')}
        hint={t('apply.hint.ein')}
      />
      <SelectField label={t('apply.field.businessType')} name="businessType" value={v.businessType} onChange={set('businessType', (value) => ({ businessType: choiceOrNothing<BusinessType>(value) }))} error={errorOf('businessType')}>
        <option value="">{t('apply.choose')}</option>
        {BUSINESS_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`biz.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('apply.field.state')} name="state" value={v.state} onChange={set('state', (value) => ({ state: choiceOrNothing(value) }))} error={errorOf('state')}>
        <option value="">{t('apply.choose')}</option>
        {stateOptions(locale).map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <Field label={t('apply.field.city')} name="city" autoComplete="address-level2" maxLength={100} value={v.city} onChange={textOf('city')} error={errorOf('city')} />
      <Field
        label={t('apply.field.yearFounded')}
        name="yearFounded"
        type="number"
        inputMode="numeric"
        min={1600}
        max={new Date().getFullYear()}
        value={v.yearFounded}
        onChange={set('yearFounded', (value) => ({ yearFounded: intOrNothing(value) }))}
        error={errorOf('yearFounded')}
      />
      <Field
        label={t('apply.field.headcount')}
        name="headcount"
        type="number"
        inputMode="numeric"
        min={1}
        value={v.headcount}
        onChange={set('headcount', (value) => ({ headcount: intOrNothing(value) }))}
        error={errorOf('headcount')}
        hint={t('apply.hint.headcount')}
      />
      <Field label={t('apply.field.website')} name="website" type="url" placeholder="https://" maxLength={200} value={v.website} onChange={textOf('website')} error={errorOf('website')} hint={t('apply.hint.optional')} />
    </div>
  );
}
