// An application read-only, section by section: the seller's review step (with Edit links) and the
// operator's review page (with the applicant and document downloads).
import type { ReactNode } from 'react';
import { apiUrl } from '../../app/api-client';
import { formatBytes } from '../../app/i18n/formats';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { useCategories, categoryName } from '../products/use-categories';
import type { Application, StepId } from './application-types';

export function ApplicationSummary({ application: a, onEdit }: { application: Application; onEdit?: (step: StepId) => void }) {
  const { t, locale } = useT();
  const { categories } = useCategories();
  const none = <span className="muted">—</span>;
  const value = (v: string | number | null | undefined): ReactNode => (v === null || v === undefined || v === '' ? none : String(v));

  const section = (step: StepId, rows: Array<[string, ReactNode]>) => (
    <section className="summary-section" aria-labelledby={`summary-${step}`}>
      <div className="summary-head">
        <h3 id={`summary-${step}`} className="subsection-title">
          {t(`apply.step.${step}`)}
        </h3>
        {onEdit ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onEdit(step)}>
            {t('apply.edit')}
          </button>
        ) : null}
      </div>
      <dl className="summary-list">
        {rows.map(([label, content]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{content}</dd>
          </div>
        ))}
      </dl>
    </section>
  );

  return (
    <div className="application-summary">
      {section('business', [
        [t('apply.field.legalName'), value(a.legalName)],
        [t('apply.field.tradeName'), value(a.tradeName)],
        [t('apply.field.ein'), <span className="mono">{value(a.ein)}</span>],
        [t('apply.field.businessType'), a.businessType ? t(`biz.${a.businessType}`) : none],
        [t('apply.field.location'), a.city || a.state ? t('seller.org.locationValue', { city: a.city ?? '—', state: a.state ? stateName(a.state, locale) : '—' }) : none],
        [t('apply.field.yearFounded'), value(a.yearFounded)],
        [t('apply.field.headcount'), value(a.headcount)],
        [t('apply.field.website'), a.website ? <a href={a.website} target="_blank" rel="noreferrer noopener">{a.website}</a> : none],
      ])}
      {section('products', [
        [t('apply.field.productsDescription'), <span className="prewrap">{value(a.productsDescription)}</span>],
        [t('apply.field.categories'), a.categories.length ? a.categories.map((c) => categoryName(categories, c, locale)).join(', ') : none],
        [t('apply.field.chinaExperience'), a.chinaExperience ? t(`apply.experience.${a.chinaExperience}`) : none],
      ])}
      {section('contact', [
        [t('apply.field.contactName'), value(a.contactName)],
        [t('apply.field.contactEmail'), value(a.contactEmail)],
        [t('apply.field.contactPhone'), value(a.contactPhone)],
      ])}
      {section('documents', [
        [t('apply.field.foodFacilityNumber'), <span className="mono">{value(a.foodFacilityNumber)}</span>],
        [
          t('apply.field.attachments'),
          a.attachments.length ? (
            <ul className="attachment-list">
              {a.attachments.map((d) => (
                <li key={d.id}>
                  <span className="badge">{t(`apply.doc.${d.kind}`)}</span>
                  <a href={d.downloadUrl || apiUrl(`/media/documents/${d.mediaId}`)} download>
                    {d.originalName}
                  </a>
                  <span className="muted">{formatBytes(d.sizeBytes, locale)}</span>
                </li>
              ))}
            </ul>
          ) : (
            none
          ),
        ],
      ])}
    </div>
  );
}
