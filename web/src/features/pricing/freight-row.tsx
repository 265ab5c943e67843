// One freight bracket in its zone table: weight, fee and delivery days; "Edit" turns the fee and days
// into inputs, and Save sends only what changed (PATCH). The server refuses min days above max days.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { errorText } from '../../app/ui/error-text';
import { fenToYuan, formatFen, yuanToFen } from './money';
import type { FreightBracket } from './pricing-types';

const weight = (g: number) => (g >= 1000 ? `${g / 1000} kg` : `${g} g`);

export function FreightRow({ bracket, onSaved }: { bracket: FreightBracket; onSaved: () => void }) {
  const i18n = useT();
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ fee: '', minDays: '', maxDays: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = t('freight.bracketName', { mode: bracket.mode, zone: bracket.zone, weight: weight(bracket.maxWeightG) });
  const formId = `freight-${bracket.id}`;

  function start() {
    setDraft({ fee: fenToYuan(bracket.feeFen), minDays: String(bracket.minDays), maxDays: String(bracket.maxDays) });
    setProblem(null);
    setEditing(true);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const feeFen = yuanToFen(draft.fee);
    const days = (text: string) => (/^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : null);
    const minDays = days(draft.minDays);
    const maxDays = days(draft.maxDays);
    if (feeFen === null) return setProblem(t('pset.invalid.yuan'));
    if (minDays === null || maxDays === null) return setProblem(t('freight.invalidDays'));
    const changes = {
      ...(feeFen !== bracket.feeFen ? { feeFen } : {}),
      ...(minDays !== bracket.minDays ? { minDays } : {}),
      ...(maxDays !== bracket.maxDays ? { maxDays } : {}),
    };
    if (Object.keys(changes).length === 0) return setEditing(false);
    setBusy(true);
    setProblem(null);
    try {
      await api.patch(`/ops/pricing/freight/${bracket.id}`, changes);
      setEditing(false);
      onSaved();
    } catch (failure) {
      setProblem(errorText(failure, i18n));
    } finally {
      setBusy(false);
    }
  }

  if (!editing) {
    // Distinct keys: React must not turn the clicked "Edit" button into the "Save" submit button while
    // the click is still being handled, or the browser would submit the new form at once.
    return (
      <tr key="view">
        <td className="nowrap">≤ {weight(bracket.maxWeightG)}</td>
        <td className="num">{formatFen(bracket.feeFen)}</td>
        <td className="num nowrap">{t('freight.days', { min: bracket.minDays, max: bracket.maxDays })}</td>
        <td>
          <button type="button" className="link-button" onClick={start} aria-label={t('freight.edit', { name })}>
            {t('vat.edit')}
          </button>
        </td>
      </tr>
    );
  }
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <tr key="edit">
      <td className="nowrap">≤ {weight(bracket.maxWeightG)}</td>
      <td className="num">
        <form id={formId} onSubmit={save} />
        <input form={formId} className="inline-input" autoFocus inputMode="decimal" value={draft.fee} onChange={set('fee')} aria-label={t('freight.feeOf', { name })} />
        {problem ? (
          <div className="inline-error" role="alert">
            {problem}
          </div>
        ) : null}
      </td>
      <td className="num nowrap">
        <input form={formId} className="inline-input inline-days" inputMode="numeric" value={draft.minDays} onChange={set('minDays')} aria-label={t('freight.minDaysOf', { name })} />
        {' – '}
        <input form={formId} className="inline-input inline-days" inputMode="numeric" value={draft.maxDays} onChange={set('maxDays')} aria-label={t('freight.maxDaysOf', { name })} />
      </td>
      <td className="nowrap">
        <button type="submit" form={formId} className="btn btn-primary btn-sm" disabled={busy}>
          {busy ? t('pset.saving') : t('freight.save')}
        </button>{' '}
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing(false)} disabled={busy}>
          {t('common.cancel')}
        </button>
      </td>
    </tr>
  );
}
