// Free attributes (key and value rows), e.g. "Variety: Montmorency"; shown to shoppers as a spec list.
import { useT } from '../../app/i18n/i18n';
import { rowKey, type SectionProps } from './product-form';

export function AttributesEditor({ form, update, errorOf }: SectionProps) {
  const { t } = useT();
  const rows = form.attributes;
  const change = (key: string, patch: { name?: string; value?: string }) => update({ attributes: rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  return (
    <section className="card form-card" aria-labelledby="attributes-title" id="pf-attributes">
      <div className="section-head">
        <h2 id="attributes-title" className="section-title">
          {t('products.section.attributes')}
        </h2>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => update({ attributes: [...rows, { key: rowKey(), name: '', value: '' }] })} disabled={rows.length >= 30}>
          {t('products.addAttribute')}
        </button>
      </div>
      {rows.length === 0 ? <p className="muted">{t('products.noAttributes')}</p> : null}
      <ul className="kv-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="kv-row">
            <input aria-label={t('products.attributeName', { n: i + 1 })} placeholder={t('products.attributeNameHint')} maxLength={60} value={r.name} onChange={(e) => change(r.key, { name: e.target.value })} />
            <input aria-label={t('products.attributeValue', { n: i + 1 })} placeholder={t('products.attributeValueHint')} maxLength={300} value={r.value} onChange={(e) => change(r.key, { value: e.target.value })} />
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => update({ attributes: rows.filter((x) => x.key !== r.key) })} aria-label={t('products.removeAttribute', { n: i + 1 })}>
              {t('apply.remove')}
            </button>
          </li>
        ))}
      </ul>
      {errorOf('attributes') ? <p className="field-error">{errorOf('attributes')}</p> : null}
    </section>
  );
}
