// Importing an edition of the list: the CSV file and its provenance (announcement, effective date,
// source). "Validate only" checks the file without saving; a refused file lists every problem.
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, TextAreaField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { ProblemsTable } from '../../app/ui/problems-table';
import type { ListProblem, ListVersion } from './list-types';

type Outcome = { dryRun: true; lineCount: number } | { dryRun: false; version: ListVersion };

export function ImportListForm({ onImported }: { onImported: () => void }) {
  const i18n = useT();
  const { t } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState({ announcement: '', effectiveFrom: '', sourceName: '', notes: '' });
  const [busy, setBusy] = useState<'dry' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const problems = error instanceof ApiError ? ((error.details['problems'] as ListProblem[] | undefined) ?? []) : [];
  const problemCount = error instanceof ApiError ? Number(error.details['problemCount'] ?? problems.length) : 0;

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'dry' : 'import');
    setError(null);
    setNotice(null);
    try {
      const outcome = await api.postCsv<Outcome>('/ops/positive-list/versions', file, {
        announcement: meta.announcement.trim(),
        effectiveFrom: meta.effectiveFrom,
        sourceName: meta.sourceName.trim() || file.name,
        notes: meta.notes.trim() || undefined,
        dryRun,
      });
      if (outcome.dryRun) setNotice(t('list.dryRunOk', { count: outcome.lineCount }));
      else {
        setNotice(t('list.imported', { announcement: outcome.version.announcement, count: outcome.version.lineCount }));
        onImported();
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value === 'dry');
  }

  const set = (key: keyof typeof meta) => (e: { target: { value: string } }) => setMeta((m) => ({ ...m, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  return (
    <section className="card form-card" aria-labelledby="import-list-title">
      <h2 id="import-list-title" className="section-title">
        {t('list.importTitle')}
      </h2>
      <p className="muted">{t('list.importLead')}</p>
      <form className="form-stack" onSubmit={submit}>
        <div className="form-grid form-grid-3">
          <div className="field">
            <label htmlFor="list-file">{t('list.file')}</label>
            <input id="list-file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <p className="field-hint">{t('list.fileHint')}</p>
          </div>
          <Field label={t('list.announcement')} name="announcement" required minLength={3} maxLength={200} placeholder={t('list.announcementHint')} value={meta.announcement} onChange={set('announcement')} error={errorOf('announcement')} />
          <Field label={t('list.effectiveFrom')} name="effectiveFrom" type="date" required value={meta.effectiveFrom} onChange={set('effectiveFrom')} error={errorOf('effectiveFrom')} />
          <Field label={t('list.sourceName')} name="sourceName" maxLength={200} placeholder={file?.name ?? ''} value={meta.sourceName} onChange={set('sourceName')} error={errorOf('sourceName')} hint={t('list.sourceHint')} />
          <TextAreaField label={t('list.notes')} name="notes" rows={2} maxLength={1000} value={meta.notes} onChange={set('notes')} error={errorOf('notes')} />
        </div>
        <div className="button-row">
          <button type="submit" value="dry" className="btn btn-secondary" disabled={busy !== null}>
            {busy === 'dry' ? t('list.validating') : t('list.validate')}
          </button>
          <button type="submit" value="import" className="btn btn-primary" disabled={busy !== null}>
            {busy === 'import' ? t('list.importing') : t('list.import')}
          </button>
        </div>
      </form>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
      {problems.length ? (
        <ProblemsTable problems={problems} caption={t('list.problems', { count: problemCount })} label={t('list.problemsLabel')} />
      ) : null}
    </section>
  );
}
