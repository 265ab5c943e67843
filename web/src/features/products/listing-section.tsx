// The listing in both languages side by side (title, description), then category, brand and origin.
import { useT } from '../../app/i18n/i18n';
import { stateOptions } from '../../app/i18n/us-states';
import { Field, SelectField, TextAreaField } from '../../app/ui/field';
import type { SectionProps } from './product-form';
import type { Category } from './product-types';

export function ListingSection({ form, update, errorOf, categories }: SectionProps & { categories: Category[] }) {
  const { t, locale } = useT();
  return (
    <section className="card form-card" aria-labelledby="listing-title" id="pf-listing">
      <h2 id="listing-title" className="section-title">
        {t('products.section.listing')}
      </h2>
      <div className="bilingual-grid">
        <Field id="pf-titleEn" label={t('products.titleEn')} lang="en" required maxLength={200} value={form.titleEn} onChange={(e) => update({ titleEn: e.target.value })} error={errorOf('titleEn')} />
        <Field
          id="pf-titleZh"
          label={t('products.titleZh')}
          lang="zh-CN"
          maxLength={100}
          value={form.titleZh}
          onChange={(e) => update({ titleZh: e.target.value })}
          error={errorOf('titleZh')}
          hint={t('products.titleZhHint')}
        />
        <TextAreaField id="pf-descriptionEn" label={t('products.descriptionEn')} lang="en" rows={6} maxLength={10000} value={form.descriptionEn} onChange={(e) => update({ descriptionEn: e.target.value })} error={errorOf('descriptionEn')} />
        <TextAreaField
          id="pf-descriptionZh"
          label={t('products.descriptionZh')}
          lang="zh-CN"
          rows={6}
          maxLength={10000}
          value={form.descriptionZh}
          onChange={(e) => update({ descriptionZh: e.target.value })}
          error={errorOf('descriptionZh')}
        />
      </div>
      <div className="form-grid form-grid-3">
        <SelectField id="pf-category" label={t('products.category')} required value={form.category} onChange={(e) => update({ category: e.target.value })} error={errorOf('category')}>
          <option value="">{t('apply.choose')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {locale === 'zh-CN' ? c.zh : c.en}
            </option>
          ))}
        </SelectField>
        <Field id="pf-brand" label={t('products.brand')} required maxLength={100} value={form.brand} onChange={(e) => update({ brand: e.target.value })} error={errorOf('brand')} />
        <SelectField id="pf-originState" label={t('products.originState')} required value={form.originState} onChange={(e) => update({ originState: e.target.value })} error={errorOf('originState')}>
          <option value="">{t('apply.choose')}</option>
          {stateOptions(locale).map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
    </section>
  );
}
