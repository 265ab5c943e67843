// An event's experts for 1:1 meetings (/ops/conference/:eventId/experts): who they are with their
// open, requested and booked slots; add an expert; pick one (kept in the URL as ?expert=) to manage
// their slots below.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import { useApiQuery } from '../../app/use-api';
import { EXPERTISE } from '../conference/conference-types';
import type { OpsExpert } from './conf-types';
import { useConfEvent } from './event-shell';
import { ExpertSlots } from './expert-slots';

const EMPTY = { name: '', company: '', expertise: 'category', bio: '' };

export function ExpertsPage() {
  const i18n = useT();
  const { t } = i18n;
  const { event } = useConfEvent();
  useDocumentTitle(t('confOps.experts.title', { name: event.name }));
  const query = useApiQuery<{ items: OpsExpert[] }>(`/ops/conference/events/${event.id}/experts`);
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const items = query.data?.items ?? [];
  const selected = items.find((e) => e.id === params.get('expert')) ?? null;

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const expert = await api.post<OpsExpert>(`/ops/conference/events/${event.id}/experts`, { name: form.name.trim(), company: form.company.trim(), expertise: form.expertise, bio: form.bio.trim() });
      setForm(EMPTY);
      query.reload();
      setParams({ expert: expert.id }, { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  return (
    <>
      <ErrorNotice error={query.error} onRetry={query.reload} />
      <TableCard
        label={t('confOps.tab.experts')}
        loading={query.loading}
        error={query.error}
        count={items.length}
        empty={t('confOps.experts.empty')}
        head={
          <>
            <th scope="col">{t('confOps.experts.name')}</th>
            <th scope="col">{t('confOps.experts.expertise')}</th>
            <th scope="col" className="num">
              {t('confOps.slot.open')}
            </th>
            <th scope="col" className="num">
              {t('confOps.slot.requested')}
            </th>
            <th scope="col" className="num">
              {t('confOps.slot.booked')}
            </th>
          </>
        }
      >
        {items.map((x) => (
          <tr key={x.id} className={selected?.id === x.id ? 'is-selected' : undefined}>
            <td>
              <button type="button" className="link-button" aria-pressed={selected?.id === x.id} onClick={() => setParams({ expert: x.id }, { replace: true })}>
                {x.name}
              </button>
              <div className="muted small">{x.company}</div>
            </td>
            <td>{t(`confOps.expertise.${x.expertise}`)}</td>
            <td className="num">{x.openSlots}</td>
            <td className="num">{x.requestedSlots ? <span className="badge badge-warning">{x.requestedSlots}</span> : 0}</td>
            <td className="num">{x.bookedSlots}</td>
          </tr>
        ))}
      </TableCard>
      {selected ? <ExpertSlots key={selected.id} expert={selected} onChanged={query.reload} /> : items.length ? <p className="muted">{t('confOps.experts.pick')}</p> : null}
      <section className="card conf-card" aria-labelledby="conf-add-expert">
        <h2 id="conf-add-expert" className="section-title">
          {t('confOps.experts.add')}
        </h2>
        <form className="conf-row-form" onSubmit={add}>
          <Field label={t('confOps.experts.name')} required maxLength={120} value={form.name} onChange={set('name')} error={errorOf('name')} />
          <Field label={t('confOps.experts.company')} maxLength={120} value={form.company} onChange={set('company')} error={errorOf('company')} />
          <SelectField label={t('confOps.experts.expertise')} value={form.expertise} onChange={set('expertise')} error={errorOf('expertise')}>
            {EXPERTISE.map((x) => (
              <option key={x} value={x}>
                {t(`confOps.expertise.${x}`)}
              </option>
            ))}
          </SelectField>
          <Field label={t('confOps.experts.bio')} maxLength={2000} value={form.bio} onChange={set('bio')} error={errorOf('bio')} />
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            {busy ? t('common.saving') : t('confOps.experts.add')}
          </button>
        </form>
        <ErrorNotice error={error} />
      </section>
    </>
  );
}
