// /seller/products/import: products from a spreadsheet. Download the template, pick the filled-in CSV
// (checked at once, nothing imported yet), read the report, then import the valid rows.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, apiUrl } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { useApiQuery } from '../../app/use-api';
import type { Page } from '../../app/api-types';
import { ImportReport } from './import-report';
import type { CatalogImport } from './import-types';
import { PastImports } from './past-imports';
import './catalog-import.css';

export function ImportPage() {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<CatalogImport | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | 'discard' | 'open' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const past = useApiQuery<Page<CatalogImport>>('/seller/catalog-imports', { limit: 20 });
  useDocumentTitle(t('import.title'));

  async function run(kind: NonNullable<typeof busy>, work: () => Promise<CatalogImport>) {
    setBusy(kind);
    setError(null);
    try {
      setReport(await work());
      past.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  function check(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    void run('check', () => api.postCsv<CatalogImport>('/seller/catalog-imports', file, { fileName: file.name }));
  }

  const idOf = (r: CatalogImport) => encodeURIComponent(r.id);
  return (
    <div className="import-page form-stack">
      <nav aria-label={t('common.breadcrumbs')} className="breadcrumbs">
        <Link to="/seller/products">{t('products.title')}</Link>
      </nav>
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('import.title')}</h1>
          <p className="muted page-lead">{t('import.lead')}</p>
        </div>
      </div>
      <section className="card form-card import-steps">
        <div className="import-step">
          <span className="import-step-number">1</span>
          <div>
            <h2 className="subsection-title">{t('import.templateTitle')}</h2>
            <p className="muted">{t('import.templateBody')}</p>
            <a className="btn btn-secondary btn-sm" href={apiUrl('/seller/catalog-imports/template.csv')} download="gateway-products-template.csv">
              {t('import.download')}
            </a>
          </div>
        </div>
        <form className="import-step" onSubmit={check}>
          <span className="import-step-number">2</span>
          <div>
            <h2 className="subsection-title">
              <label htmlFor="import-file">{t('import.fileTitle')}</label>
            </h2>
            <p className="muted">{t('import.fileBody')}</p>
            <div className="button-row import-picker">
              <input
                ref={input}
                id="import-file"
                type="file"
                accept=".csv,text/csv"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setReport(null);
                }}
              />
              <button type="submit" className="btn btn-primary" disabled={!file || busy !== null}>
                {busy === 'check' ? t('import.checking') : t('import.check')}
              </button>
            </div>
          </div>
        </form>
      </section>
      <ErrorNotice error={error} />
      {report ? (
        <ImportReport
          report={report}
          busy={busy}
          onCommit={() => void run('commit', () => api.post<CatalogImport>(`/seller/catalog-imports/${idOf(report)}/commit`))}
          onDiscard={() => void run('discard', () => api.post<CatalogImport>(`/seller/catalog-imports/${idOf(report)}/discard`))}
        />
      ) : null}
      <PastImports query={past} onOpen={(r) => void run('open', () => api.get<CatalogImport>(`/seller/catalog-imports/${idOf(r)}`))} />
    </div>
  );
}
