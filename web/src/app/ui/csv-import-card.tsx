// A card that uploads one CSV file to an import endpoint: a refused file lists every problem by row
// and column (the server's `details.problems`), an accepted one says what it did.
import { useId, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api-client';
import { ErrorNotice, SuccessNotice } from './notice';
import { ProblemsTable } from './problems-table';

type Problem = { row: number; column: string; message: string };

type Props<R> = {
  title: string;
  lead: string;
  /** API path the file is POSTed to as text/csv. */
  path: string;
  fileLabel: string;
  submitLabel: string;
  busyLabel: string;
  /** The success message for the server's answer. */
  noticeOf: (result: R) => string;
  problemsCaption: (count: number) => string;
  onImported: () => void;
};

export function CsvImportCard<R>({ title, lead, path, fileLabel, submitLabel, busyLabel, noticeOf, problemsCaption, onImported }: Props<R>) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const problems = error instanceof ApiError ? ((error.details['problems'] as Problem[] | undefined) ?? []) : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(noticeOf(await api.postCsv<R>(path, file)));
      onImported();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      <p className="muted">{lead}</p>
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-file`}>{fileLabel}</label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="button-row">
          <button type="submit" className="btn btn-primary" disabled={busy || !file}>
            {busy ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
      {problems.length ? <ProblemsTable problems={problems} caption={problemsCaption(problems.length)} label={problemsCaption(problems.length)} /> : null}
    </section>
  );
}
