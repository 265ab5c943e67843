// Tax tables › Add a tariff: an MFN or additional (origin-specific) rate for an HS prefix from a date.
// Tariffs are charged on the full-tax path only; the list above the form shows what is in force.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { formatBp, percentToBp } from './money';

const EMPTY = { hsPrefix: '', kind: 'mfn', origin: 'US', rate: '', effectiveFrom: '', effectiveTo: '', note: '' };

export function TariffForm({ onAdded }: { onAdded?: () => void }) {
  const i18n = useT();
  const { t, locale } = i18n;
  const [form, setForm] = useState(EMPTY);
  const [badRate, setBadRate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const rateBp = percentToBp(form.rate);
    setBadRate(rateBp === null);
    if (rateBp === null) return;
    setBusy(true);
    const note = form.note.trim();
    const hsPrefix = form.hsPrefix.trim();
    try {
      await api.post<{ id: string }>('/ops/pricing/tariffs', {
        hsPrefix,
        kind: form.kind,
        ...(form.kind === 'additional' ? { origin: form.origin.trim().toUpperCase() } : {}),
        rateBp,
        effectiveFrom: form.effectiveFrom,
        ...(form.effectiveTo ? { effectiveTo: form.effectiveTo } : {}),
        ...(note ? { note } : {}),
      });
      setNotice(t('tariff.added', { hsPrefix, rate: formatBp(rateBp, locale), date: new Date(`${form.effectiveFrom}T00:00:00`) }));
      setForm(EMPTY);
      onAdded?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  return (
    <section className="card form-card" aria-labelledby="tariff-title">
      <div>
        <h2 id="tariff-title" className="section-title">
          {t('tariff.title')}
        </h2>
        <p className="muted small">{t('tariff.lead')}</p>
      </div>
      <form className="form-stack" onSubmit={submit}>
        <div className="pricing-grid">
          <Field label={t('ctax.hsPrefix')} name="hsPrefix" required inputMode="numeric" pattern="\d{2,10}" maxLength={10} value={form.hsPrefix} onChange={set('hsPrefix')} error={errorOf('hsPrefix')} hint={t('ctax.hsPrefixHint')} />
          <SelectField label={t('tariff.kind')} name="kind" value={form.kind} onChange={set('kind')} error={errorOf('kind')}>
            <option value="mfn">{t('tariff.kind.mfn')}</option>
            <option value="additional">{t('tariff.kind.additional')}</option>
          </SelectField>
          {form.kind === 'additional' ? <Field label={t('tariff.origin')} name="origin" required pattern="[A-Za-z]{2}" maxLength={2} value={form.origin} onChange={set('origin')} error={errorOf('origin')} hint={t('tariff.originHint')} /> : null}
          <Field label={t('tariff.rate')} name="rate" required inputMode="decimal" value={form.rate} onChange={set('rate')} error={badRate ? t('pset.invalid.percent') : errorOf('rateBp')} />
          <Field label={t('tariff.effectiveFrom')} name="effectiveFrom" type="date" required value={form.effectiveFrom} onChange={set('effectiveFrom')} error={errorOf('effectiveFrom')} />
          <Field label={t('tariff.effectiveTo')} name="effectiveTo" type="date" value={form.effectiveTo} onChange={set('effectiveTo')} error={errorOf('effectiveTo')} hint={t('tariff.effectiveToHint')} />
          <Field label={t('vat.note')} name="note" maxLength={500} value={form.note} onChange={set('note')} error={errorOf('note')} />
        </div>
        <div className="button-row">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('tariff.adding') : t('tariff.add')}
          </button>
        </div>
      </form>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
    </section>
  );
}
