// Ops › Pricing settings: markup, shelf-price rounding, the cross-border limits, insurance, commission,
// payment fee and quote validity. Percent and yuan on screen; basis points and fen on the wire. Save
// sends the whole object (PUT) and shows the server's field messages under their inputs.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useApiQuery, isForbidden } from '../../app/use-api';
import { useDocumentTitle } from '../../app/ui/document-title';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { Loading, NoAccess } from '../../app/ui/states';
import { useUnsavedWarning } from '../../app/ui/use-unsaved-warning';
import type { PricingSettings } from './pricing-types';
import { fromDraft, toDraft, type DraftProblem, type SettingsDraft } from './settings-draft';
import './pricing-ops.css';

export function PricingSettingsPage() {
  const i18n = useT();
  const { t } = i18n;
  useDocumentTitle(t('pset.title'));
  const loaded = useApiQuery<PricingSettings>('/ops/pricing/settings');
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  useUnsavedWarning(dirty, t('pset.unsaved'));

  useEffect(() => {
    if (loaded.data) setDraft(toDraft(loaded.data));
  }, [loaded.data]);

  if (isForbidden(loaded.error)) return <NoAccess />;
  // Messages the server pinned to a field we show go under that field; anything else is shown in full.
  const shownFields = new Set(['markupBp', 'insuranceBp', 'paymentFeeBp', 'quoteValidityMinutes', 'limits.singleLimitFen', 'limits.annualLimitFen', 'limits.annualBasis', 'cosmeticsThresholdBasis', 'commission.defaultBp', ...Object.keys(draft?.commissionByCategory ?? {}).map((c) => `commission.byCategory.${c}`)]);
  const underFields = error instanceof ApiError && error.fields.length > 0 && error.fields.every((f) => shownFields.has(f.field));

  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    setDirty(true);
    setNotice(null);
  };
  const text = (key: keyof SettingsDraft) => (e: { target: { value: string } }) => set(key, e.target.value as never);
  const errorOf = (field: string) => {
    const local = problems.find((p) => p.field === field);
    return local ? t(`pset.invalid.${local.kind}`) : fieldErrorText(error, field, i18n);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    const read = fromDraft(draft);
    setProblems(read.problems);
    setNotice(null);
    setError(null);
    if (!read.settings) return;
    setBusy(true);
    try {
      const saved = await api.put<PricingSettings>('/ops/pricing/settings', read.settings);
      setDraft(toDraft(saved));
      setDirty(false);
      setNotice(t('pset.saved'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ops-page pricing-ops-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('pset.title')}</h1>
          <p className="muted page-lead">{t('pset.lead')}</p>
        </div>
      </div>
      {loaded.error ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : null}
      {!draft ? (
        loaded.loading ? <Loading /> : null
      ) : (
        <form className="form-stack" onSubmit={submit} noValidate>
          <section className="card form-card" aria-labelledby="pset-price">
            <h2 id="pset-price" className="section-title">{t('pset.price')}</h2>
            <div className="pricing-grid">
              <Field label={t('pset.markup')} name="markup" inputMode="decimal" value={draft.markup} onChange={text('markup')} error={errorOf('markupBp')} hint={t('pset.markupHint')} />
              <SelectField label={t('pset.rounding')} name="rounding" value={draft.rounding} onChange={text('rounding')} error={errorOf('rounding')}>
                <option value="fen">{t('pset.rounding.fen')}</option>
                <option value="jiao_up">{t('pset.rounding.jiao_up')}</option>
                <option value="ending_9_yuan">{t('pset.rounding.ending_9_yuan')}</option>
                <option value="ending_9_jiao">{t('pset.rounding.ending_9_jiao')}</option>
              </SelectField>
              <Field label={t('pset.insurance')} name="insurance" inputMode="decimal" value={draft.insurance} onChange={text('insurance')} error={errorOf('insuranceBp')} hint={t('pset.insuranceHint')} />
              <Field label={t('pset.paymentFee')} name="paymentFee" inputMode="decimal" value={draft.paymentFee} onChange={text('paymentFee')} error={errorOf('paymentFeeBp')} hint={t('pset.paymentFeeHint')} />
              <Field label={t('pset.quoteValidity')} name="quoteValidity" inputMode="numeric" value={draft.quoteValidity} onChange={text('quoteValidity')} error={errorOf('quoteValidityMinutes')} hint={t('pset.quoteValidityHint')} />
            </div>
          </section>

          <section className="card form-card" aria-labelledby="pset-limits">
            <h2 id="pset-limits" className="section-title">{t('pset.limits')}</h2>
            <p className="alert alert-info">{t('pset.limitsCaveat')}</p>
            <div className="pricing-grid">
              <div className="pricing-limit">
                <Field label={t('pset.singleLimit')} name="singleLimit" inputMode="decimal" value={draft.singleLimit} onChange={text('singleLimit')} error={errorOf('limits.singleLimitFen')} />
                <label className="pricing-check">
                  <input type="checkbox" name="singleInclusive" checked={draft.singleInclusive} onChange={(e) => set('singleInclusive', e.target.checked)} />
                  {t('pset.inclusive')}
                </label>
              </div>
              <div className="pricing-limit">
                <Field label={t('pset.annualLimit')} name="annualLimit" inputMode="decimal" value={draft.annualLimit} onChange={text('annualLimit')} error={errorOf('limits.annualLimitFen')} />
                <label className="pricing-check">
                  <input type="checkbox" name="annualInclusive" checked={draft.annualInclusive} onChange={(e) => set('annualInclusive', e.target.checked)} />
                  {t('pset.inclusive')}
                </label>
              </div>
              <SelectField label={t('pset.annualBasis')} name="annualBasis" value={draft.annualBasis} onChange={text('annualBasis')} error={errorOf('limits.annualBasis')}>
                <option value="dutiable">{t('pset.basis.dutiable')}</option>
                <option value="paid">{t('pset.basis.paid')}</option>
              </SelectField>
              <SelectField label={t('pset.cosmeticsBasis')} name="cosmeticsThresholdBasis" value={draft.cosmeticsThresholdBasis} onChange={text('cosmeticsThresholdBasis')} error={errorOf('cosmeticsThresholdBasis')} hint={t('pset.cosmeticsBasisHint')}>
                <option value="goods_price">{t('pset.cosmetics.goods_price')}</option>
                <option value="dutiable_value">{t('pset.cosmetics.dutiable_value')}</option>
              </SelectField>
            </div>
          </section>

          <section className="card form-card" aria-labelledby="pset-commission">
            <h2 id="pset-commission" className="section-title">{t('pset.commission')}</h2>
            <div className="pricing-grid">
              <Field label={t('pset.commissionDefault')} name="commissionDefault" inputMode="decimal" value={draft.commissionDefault} onChange={text('commissionDefault')} error={errorOf('commission.defaultBp')} hint={t('pset.commissionHint')} />
              {Object.keys(draft.commissionByCategory).map((category) => (
                <Field
                  key={category}
                  label={t('pset.commissionFor', { category })}
                  name={`commission-${category}`}
                  inputMode="decimal"
                  value={draft.commissionByCategory[category] ?? ''}
                  onChange={(e) => set('commissionByCategory', { ...draft.commissionByCategory, [category]: e.target.value })}
                  error={errorOf(`commission.byCategory.${category}`)}
                />
              ))}
            </div>
          </section>

          <div className="card form-actions pricing-save-bar">
            <SuccessNotice message={notice} />
            {problems.length || underFields ? <span className="field-error">{t('pset.fixFields')}</span> : <ErrorNotice error={error} />}
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('pset.saving') : t('pset.save')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
