// A product read-only, as an operator reviews it: both languages, customs data, label, variants, images.
import { formatUsd } from '../../app/i18n/formats';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { LABEL_FIELDS, type Product } from './product-types';
import { categoryName, useCategories } from './use-categories';

export function ProductDetail({ product: p }: { product: Product }) {
  const { t, locale } = useT();
  const { categories } = useCategories();
  const label = LABEL_FIELDS.filter((f) => p.label[f]);
  return (
    <div className="product-detail">
      <section className="card form-card">
        <div className="bilingual-grid">
          <div>
            <h2 className="subsection-title">{p.titleEn}</h2>
            <p className="prewrap">{p.descriptionEn || '—'}</p>
          </div>
          <div lang="zh-CN">
            <h2 className="subsection-title">{p.titleZh || '—'}</h2>
            <p className="prewrap">{p.descriptionZh || '—'}</p>
          </div>
        </div>
        <dl className="summary-list">
          <div>
            <dt>{t('products.category')}</dt>
            <dd>{categoryName(categories, p.category, locale)}</dd>
          </div>
          <div>
            <dt>{t('products.brand')}</dt>
            <dd>{p.brand}</dd>
          </div>
          <div>
            <dt>{t('products.originState')}</dt>
            <dd>{stateName(p.originState, locale)}</dd>
          </div>
          <div>
            <dt>{t('products.hsCode')}</dt>
            <dd className="mono">{p.hsCode}</dd>
          </div>
          <div>
            <dt>{t('products.shippingModes')}</dt>
            <dd>{p.shippingModes.map((m) => t(`mode.${m}.name`)).join(', ')}</dd>
          </div>
          {Object.entries(p.attributes).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
          {label.map((f) => (
            <div key={f}>
              <dt>{t(`products.label.${f}`)}</dt>
              <dd lang="zh-CN">{p.label[f]}</dd>
            </div>
          ))}
        </dl>
      </section>
      {p.images.length ? (
        <ol className="image-grid">
          {p.images.map((i) => (
            <li key={i.mediaId} className="image-tile">
              <a href={i.urls.large} target="_blank" rel="noreferrer">
                <img src={i.urls.thumb} alt={t('products.imageAlt', { n: i.position + 1 })} width={120} height={120} loading="lazy" />
              </a>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="table-card">
        <table className="data-table" aria-label={t('products.section.variants')}>
          <thead>
            <tr>
              <th scope="col">{t('products.sku')}</th>
              <th scope="col">{t('products.options')}</th>
              <th scope="col">{t('products.barcode')}</th>
              <th scope="col" className="num">
                {t('products.weight')}
              </th>
              <th scope="col" className="num">
                {t('products.price')}
              </th>
              <th scope="col">{t('products.statutory')}</th>
            </tr>
          </thead>
          <tbody>
            {p.variants.map((v) => (
              <tr key={v.id}>
                <td className="mono">{v.sku}</td>
                <td>{Object.entries(v.options).map(([k, val]) => `${k}: ${val}`).join(', ') || '—'}</td>
                <td className="mono">{v.barcode ?? '—'}</td>
                <td className="num">{v.weightGrams}</td>
                <td className="num">{formatUsd(v.price.amountMinor, locale)}</td>
                <td>
                  {v.statutoryQty} {t(`products.unit.${v.statutoryUnit}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
