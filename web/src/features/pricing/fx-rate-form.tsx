// Adding one rate: pair, rate (exact decimal, up to 6 places), source and an optional effective time.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import type { FxRate } from './fx-types';

const EMPTY = { pair: 'USD-CNY', rate: '', source: '', effectiveFrom: '' };

export function FxRateForm({ onAdded }: { onAdded: (rate: FxRate) => void }) {
  const i18n = useT();
  const { t } = i18n;
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    const [base, quote] = form.pair.split('-');
    try {
      const rate = await api.post<FxRate>('/ops/fx-rates', {
        base,
        quote,
        rate: form.rate.trim(),
        source: form.source.trim(),
        // datetime-local is the operator's local time; the server wants an ISO instant.
        ...(form.effectiveFrom ? { effectiveFrom: new Date(form.effectiveFrom).toISOString() } : {}),
      });
      setNotice(t('fx.added', { base: rate.base, quote: rate.quote, rate: rate.rate }));
      setForm(EMPTY);
      onAdded(rate);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  return (
    <section className="card form-card" aria-labelledby="fx-add-title">
      <h2 id="fx-add-title" className="section-title">
        {t('fx.addTitle')}
      </h2>
      <form className="form-stack" onSubmit={submit}>
        <div className="fx-form-grid">
          <SelectField label={t('fx.pair')} name="pair" value={form.pair} onChange={set('pair')} error={errorOf('base') ?? errorOf('quote')}>
            <option value="USD-CNY">{t('fx.pair.USD-CNY')}</option>
            <option value="CNY-USD">{t('fx.pair.CNY-USD')}</option>
          </SelectField>
          <Field label={t('fx.rate')} name="rate" required inputMode="decimal" pattern="\d{1,4}(\.\d{1,6})?" placeholder="7.1850" value={form.rate} onChange={set('rate')} error={errorOf('rate')} hint={t('fx.rateHint')} />
          <Field label={t('fx.source')} name="source" required minLength={2} maxLength={200} value={form.source} onChange={set('source')} error={errorOf('source')} hint={t('fx.sourceHint')} />
          <Field label={t('fx.effectiveFrom')} name="effectiveFrom" type="datetime-local" value={form.effectiveFrom} onChange={set('effectiveFrom')} error={errorOf('effectiveFrom')} hint={t('fx.effectiveHint')} />
        </div>
        <div className="button-row">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('fx.adding') : t('fx.add')}
          </button>
        </div>
      </form>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
    </section>
  );
}
