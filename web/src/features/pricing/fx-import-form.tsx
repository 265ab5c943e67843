// Importing rates from a CSV file (base, quote, rate, source, effective_from); a refused file lists
// every problem by row and column.
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { ProblemsTable } from '../../app/ui/problems-table';
import type { RateProblem } from './fx-types';

export function FxImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const problems = error instanceof ApiError ? ((error.details['problems'] as RateProblem[] | undefined) ?? []) : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const { imported } = await api.postCsv<{ imported: number }>('/ops/fx-rates/import', file);
      setNotice(t('fx.imported', { count: imported }));
      onImported();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby="fx-import-title">
      <h2 id="fx-import-title" className="section-title">
        {t('fx.importTitle')}
      </h2>
      <p className="muted">{t('fx.importLead')}</p>
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="fx-file">{t('fx.file')}</label>
          <input id="fx-file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="button-row">
          <button type="submit" className="btn btn-primary" disabled={busy || !file}>
            {busy ? t('fx.importing') : t('fx.import')}
          </button>
        </div>
      </form>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
      {problems.length ? (
        <ProblemsTable problems={problems} caption={t('fx.problems', { count: problems.length })} label={t('fx.problems', { count: problems.length })} />
      ) : null}
    </section>
  );
}
