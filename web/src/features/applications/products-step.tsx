// Step 2: what the business sells: a description, the categories (from the catalog), and how far it
// has come with China already.
import { useId, useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { TextAreaField } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { useCategories } from '../products/use-categories';
import { CHINA_EXPERIENCE, type ChinaExperience } from './application-types';
import { errorFor, shown, text } from './step-fields';
import type { StepProps } from './wizard';

export function ProductsStep({ state, onChange, error }: StepProps) {
  const i18n = useT();
  const { t, locale } = i18n;
  const id = useId();
  const a = state.application;
  const { categories, error: categoriesError } = useCategories();
  const [description, setDescription] = useState(shown(a?.productsDescription));
  const [chosen, setChosen] = useState<string[]>(a?.categories ?? []);
  const [experience, setExperience] = useState<ChinaExperience | ''>(a?.chinaExperience ?? '');
  const errorOf = errorFor(error, i18n);

  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    setChosen(next);
    onChange({ categories: next });
  };

  return (
    <div className="form-stack">
      <TextAreaField
        label={t('apply.field.productsDescription')}
        name="productsDescription"
        rows={5}
        maxLength={2000}
        value={description}
        onChange={(e) => {
          setDescription(e.target.value);
          onChange({ productsDescription: text(e.target.value) });
        }}
        error={errorOf('productsDescription')}
        hint={t('apply.hint.productsDescription')}
      />
      <fieldset className="choice-group" aria-describedby={errorOf('categories') ? `${id}-cat-error` : undefined}>
        <legend>{t('apply.field.categories')}</legend>
        <ErrorNotice error={categoriesError} />
        <div className="choice-grid">
          {categories.map((c) => (
            <label key={c.code} className="choice">
              <input type="checkbox" name="categories" value={c.code} checked={chosen.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />
              <span>
                {locale === 'zh-CN' ? c.zh : c.en}
                {c.food ? <small className="muted"> · {t('apply.foodCategory')}</small> : null}
              </span>
            </label>
          ))}
        </div>
        {errorOf('categories') ? (
          <p className="field-error" id={`${id}-cat-error`}>
            {errorOf('categories')}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('apply.field.chinaExperience')}</legend>
        <div className="choice-list">
          {CHINA_EXPERIENCE.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="chinaExperience"
                value={value}
                checked={experience === value}
                onChange={() => {
                  setExperience(value);
                  onChange({ chinaExperience: value });
                }}
              />
              <span>{t(`apply.experience.${value}`)}</span>
            </label>
          ))}
        </div>
        {errorOf('chinaExperience') ? <p className="field-error">{errorOf('chinaExperience')}</p> : null}
      </fieldset>
    </div>
  );
}
