// The Chinese electronic label shoppers see instead of a Chinese sticker on the pack: only the fields
// the category requires (food: all five; cosmetics: no storage), written in Chinese.
import { useT } from '../../app/i18n/i18n';
import { TextAreaField } from '../../app/ui/field';
import type { SectionProps } from './product-form';
import type { LabelField } from './product-types';

export function LabelSection({ form, update, errorOf, fields }: SectionProps & { fields: LabelField[] }) {
  const { t } = useT();
  if (fields.length === 0) return null;
  return (
    <section className="card form-card" aria-labelledby="label-title" id="pf-label">
      <h2 id="label-title" className="section-title">
        {t('products.section.label')}
      </h2>
      <p className="muted">{t('products.labelLead')}</p>
      <div className="form-grid">
        {fields.map((field) => (
          <TextAreaField
            key={field}
            id={`pf-label.${field}`}
            label={t(`products.label.${field}`)}
            lang="zh-CN"
            rows={field === 'ingredients' ? 3 : 2}
            maxLength={1000}
            value={form.label[field] ?? ''}
            onChange={(e) => update({ label: { ...form.label, [field]: e.target.value } })}
            error={errorOf(`label.${field}`)}
            placeholder={t(`products.labelExample.${field}`)}
          />
        ))}
      </div>
    </section>
  );
}
