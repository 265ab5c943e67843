// An event's speakers (name, title, company, bio, photo address): the list, and one form that adds a
// speaker or, after "Edit", changes one.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, TextAreaField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import type { ApiQuery } from '../../app/use-api';
import type { Speaker } from '../conference/conference-types';
import { useConfEvent } from './event-shell';

const EMPTY = { name: '', title: '', company: '', bio: '', photoUrl: '' };

export function SpeakersCard({ query }: { query: ApiQuery<{ items: Speaker[] }> }) {
  const i18n = useT();
  const { t } = i18n;
  const { event } = useConfEvent();
  const [editing, setEditing] = useState<Speaker | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = query.data?.items ?? [];

  const edit = (s: Speaker) => {
    setEditing(s);
    setForm({ name: s.name, title: s.title, company: s.company, bio: s.bio, photoUrl: s.photoUrl ?? '' });
    setError(null);
  };
  const reset = () => {
    setEditing(null);
    setForm(EMPTY);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    const body = { name: form.name.trim(), title: form.title.trim(), company: form.company.trim(), bio: form.bio.trim(), photoUrl: form.photoUrl.trim() || null };
    try {
      if (editing) await api.patch(`/ops/conference/events/${event.id}/speakers/${editing.id}`, body);
      else await api.post(`/ops/conference/events/${event.id}/speakers`, body);
      setNotice(t(editing ? 'confOps.speakers.saved' : 'confOps.speakers.added', { name: body.name }));
      reset();
      query.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  return (
    <section className="card conf-card" aria-labelledby="conf-speakers-title">
      <h2 id="conf-speakers-title" className="section-title">
        {t('confOps.speakers.title', { count: items.length })}
      </h2>
      <TableCard
        label={t('confOps.speakers.title', { count: items.length })}
        loading={query.loading}
        error={query.error}
        count={items.length}
        empty={t('confOps.speakers.empty')}
        head={
          <>
            <th scope="col">{t('confOps.speakers.name')}</th>
            <th scope="col">{t('confOps.speakers.role')}</th>
            <th scope="col" />
          </>
        }
      >
        {items.map((s) => (
          <tr key={s.id}>
            <td>{s.name}</td>
            <td className="small">{[s.title, s.company].filter(Boolean).join(', ')}</td>
            <td className="cell-actions">
              <button type="button" className="btn btn-ghost btn-sm" aria-label={t('confOps.editLabel', { what: s.name })} onClick={() => edit(s)}>
                {t('confOps.edit')}
              </button>
            </td>
          </tr>
        ))}
      </TableCard>
      <form className="form-stack" onSubmit={submit} aria-label={editing ? t('confOps.speakers.editTitle', { name: editing.name }) : t('confOps.speakers.add')}>
        <h3 className="subsection-title">{editing ? t('confOps.speakers.editTitle', { name: editing.name }) : t('confOps.speakers.add')}</h3>
        <div className="conf-form-grid">
          <Field label={t('confOps.speakers.name')} required maxLength={120} value={form.name} onChange={set('name')} error={errorOf('name')} />
          <Field label={t('confOps.speakers.jobTitle')} maxLength={120} value={form.title} onChange={set('title')} error={errorOf('title')} />
          <Field label={t('confOps.speakers.company')} maxLength={120} value={form.company} onChange={set('company')} error={errorOf('company')} />
          <Field label={t('confOps.speakers.photo')} maxLength={500} pattern="(https://|/media/)\S+" placeholder="https://…" value={form.photoUrl} onChange={set('photoUrl')} error={errorOf('photoUrl')} />
        </div>
        <TextAreaField label={t('confOps.speakers.bio')} rows={2} maxLength={4000} value={form.bio} onChange={set('bio')} error={errorOf('bio')} />
        <div className="button-row">
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            {busy ? t('common.saving') : editing ? t('confOps.save') : t('confOps.speakers.add')}
          </button>
          {editing ? (
            <button type="button" className="btn btn-ghost" onClick={reset}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
    </section>
  );
}
