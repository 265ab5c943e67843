// Step 5: everything at a glance, what still blocks submitting (the server's `missing` list), Submit.
import { useState } from 'react';
import { hasMessage, useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { ApplicationSummary } from './application-summary';
import { stepOfField } from './application-types';
import type { StepProps } from './wizard';

export function ReviewStep({ state, goTo }: StepProps) {
  const { t, locale } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const a = state.application;
  if (!a) return <p className="muted">{t('apply.review.empty')}</p>;

  const fieldName = (field: string) => {
    // "attachments" is missing only when the trademark registration is.
    if (field === 'attachments') return t('apply.doc.trademark_registration');
    const key = `apply.field.${field.split('.')[0]}`;
    return hasMessage(key) ? t(key) : field;
  };

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await state.submit();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="form-stack">
      {a.missing.length ? (
        <div className="missing-list" role="region" aria-labelledby="missing-title">
          <h3 id="missing-title" className="subsection-title">
            {t('apply.review.missingTitle', { count: a.missing.length })}
          </h3>
          <ul>
            {a.missing.map((m) => (
              <li key={m.field}>
                <span>
                  <strong>{fieldName(m.field)}</strong>
                  {locale === 'en-US' ? ` — ${m.message}` : ''}
                </span>
                <button type="button" className="link-button" onClick={() => goTo(stepOfField(m.field))}>
                  {t('apply.review.fix', { step: t(`apply.step.${stepOfField(m.field)}`) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="alert alert-success">{t('apply.review.ready')}</p>
      )}
      <ApplicationSummary application={a} onEdit={goTo} />
      <ErrorNotice error={error} />
      <div className="wizard-actions">
        <button type="button" className="btn btn-secondary" onClick={() => goTo('documents')} disabled={busy}>
          {t('apply.back')}
        </button>
        <span />
        <button type="button" className="btn btn-primary" onClick={() => void submit()} disabled={busy || a.missing.length > 0}>
          {busy ? t('apply.submitting') : a.status === 'changes_requested' ? t('apply.resubmit') : t('apply.submit')}
        </button>
      </div>
    </div>
  );
}
