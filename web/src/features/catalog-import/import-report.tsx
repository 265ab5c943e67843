// The report on a checked CSV: counts, every problem (row, column, message), and Import or Discard;
// after importing, what was created and updated.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { ProblemsTable } from '../../app/ui/problems-table';
import type { CatalogImport } from './import-types';

const SHOWN = 500;

const describe = (item: unknown): string => {
  if (typeof item === 'string') return item;
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    return String(o['titleEn'] ?? o['handle'] ?? o['productId'] ?? o['id'] ?? JSON.stringify(o));
  }
  return String(item);
};

type Props = { report: CatalogImport; busy: string | null; onCommit: () => void; onDiscard: () => void };

export function ImportReport({ report: r, busy, onCommit, onDiscard }: Props) {
  const { t } = useT();
  const errors = r.errors ?? [];
  const stat = (label: string, value: number, tone = '') => (
    <div className={`stat ${tone}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="card form-card import-report" aria-labelledby="report-title" data-status={r.status}>
      <div className="section-head">
        <h2 id="report-title" className="section-title">
          {t('import.reportTitle', { file: r.fileName })}
        </h2>
        <span className={r.status === 'imported' ? 'badge badge-success' : r.status === 'validated' ? 'badge badge-info' : 'badge'}>{t(r.status === 'imported' ? 'import.status.imported' : r.status === 'validated' ? 'import.status.validated' : 'import.status.discarded')}</span>
      </div>
      <dl className="stats">
        {stat(t('import.totalRows'), r.totalRows)}
        {stat(t('import.validRows'), r.validRows, 'stat-good')}
        {stat(t('import.errorCount'), r.errorCount, r.errorCount ? 'stat-bad' : '')}
        {stat(t('import.productsCreate'), r.products.toCreate)}
        {stat(t('import.productsUpdate'), r.products.toUpdate)}
        {stat(t('import.variantsCreate'), r.variants.toCreate)}
        {stat(t('import.variantsUpdate'), r.variants.toUpdate)}
      </dl>
      {r.result ? (
        <div className="alert alert-success import-result" role="status">
          <div>
            <p>
              <strong>{t('import.done')}</strong> {t('import.resultLine', { created: r.result.productsCreated, updated: r.result.productsUpdated, vCreated: r.result.variantsCreated, vUpdated: r.result.variantsUpdated })}
            </p>
            {r.result.publishedNowIneligible.length ? (
              <p>
                {t('import.nowIneligible', { count: r.result.publishedNowIneligible.length })} {r.result.publishedNowIneligible.map(describe).join(', ')}
              </p>
            ) : null}
            <Link to="/seller/products">{t('import.seeProducts')}</Link>
          </div>
        </div>
      ) : null}
      {errors.length ? (
        <ProblemsTable problems={errors.slice(0, SHOWN)} label={t('import.problems')} footer={errors.length > SHOWN ? <p className="table-footer">{t('import.moreProblems', { count: errors.length - SHOWN })}</p> : null} />
      ) : r.status === 'validated' ? (
        <p className="muted">{t('import.noProblems')}</p>
      ) : null}
      {r.status === 'validated' ? (
        <div className="button-row end">
          <button type="button" className="btn btn-ghost" onClick={onDiscard} disabled={busy !== null}>
            {busy === 'discard' ? t('ops.dialog.working') : t('import.discard')}
          </button>
          <button type="button" className="btn btn-primary" onClick={onCommit} disabled={busy !== null || r.validRows === 0}>
            {busy === 'commit' ? t('import.importing') : t('import.commit', { count: r.validRows })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
