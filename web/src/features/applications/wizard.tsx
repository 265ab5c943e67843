// The application wizard: a stepper, one form per step, and one save path. Every move (Next, Back, a
// step in the stepper) first saves the step's form with PUT, so leaving and coming back resumes.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { useUnsavedWarning } from '../../app/ui/use-unsaved-warning';
import { STEPS, stepOfField, type ApplicationPatch, type StepId } from './application-types';
import { BusinessStep } from './business-step';
import { ContactStep } from './contact-step';
import { DocumentsStep } from './documents-step';
import { ProductsStep } from './products-step';
import { ReviewStep } from './review-step';
import type { ApplicationApi } from './use-application';

export const FORM_ID = 'application-step';

export type StepProps = {
  state: ApplicationApi;
  /** The step's pending changes; the wizard saves them when the user moves on. */
  onChange: (patch: ApplicationPatch) => void;
  error: unknown;
  goTo: (step: StepId) => void;
};

function firstOpenStep(state: ApplicationApi): StepId {
  const missing = state.application?.missing ?? [];
  if (!state.application) return 'business';
  return missing.length ? stepOfField(missing[0]!.field) : 'review';
}

export function Wizard({ state }: { state: ApplicationApi }) {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const asked = params.get('step') as StepId | null;
  const step: StepId = asked && STEPS.includes(asked) ? asked : firstOpenStep(state);
  const index = STEPS.indexOf(step);
  const [pending, setPending] = useState<ApplicationPatch>({});
  // A choice or number cleared in the form is not sent (the server only sets them), so it is no change.
  const changes = Object.fromEntries(Object.entries(pending).filter(([, v]) => v !== undefined)) as ApplicationPatch;
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const dirty = Object.keys(changes).length > 0;
  useUnsavedWarning(dirty, t('common.unsavedWarning'));

  const goTo = (target: StepId) => {
    setError(null);
    setParams({ step: target }, { replace: false });
  };

  async function move(target: StepId) {
    if (!dirty) return goTo(target);
    setSaving(true);
    setError(null);
    try {
      await state.save(changes);
      setPending({});
      goTo(target);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const target = (submitter?.dataset['target'] as StepId | undefined) ?? STEPS[index + 1] ?? step;
    void move(target);
  }

  // Steps with something the server still misses are marked; the others are ticked.
  const openSteps = new Set((state.application?.missing ?? []).map((m) => stepOfField(m.field)));
  const generalError = error && !(error instanceof ApiError && error.fields.length > 0) ? error : null;
  const props: StepProps = { state, onChange: (patch) => setPending((p) => ({ ...p, ...patch })), error, goTo };
  return (
    <div className="wizard">
      <nav aria-label={t('apply.stepsLabel')}>
        <ol className="stepper">
          {STEPS.map((id, i) => {
            const open = openSteps.has(id);
            const mark = i === index ? 'is-current' : id === 'review' || !state.application ? '' : open ? 'is-open' : 'is-complete';
            return (
              <li key={id} className={`stepper-item ${mark}`}>
                <button type="submit" form={FORM_ID} formNoValidate data-target={id} aria-current={i === index ? 'step' : undefined} disabled={saving}>
                  <span className="stepper-number">{mark === 'is-complete' ? '✓' : i + 1}</span>
                  <span>{t(`apply.step.${id}`)}</span>
                  {mark === 'is-open' ? <span className="visually-hidden">{t('apply.stepOpen')}</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section className="card wizard-card" aria-labelledby="step-title">
        <h2 id="step-title" className="section-title">
          {t('apply.stepOf', { n: index + 1, total: STEPS.length })} · {t(`apply.step.${step}`)}
        </h2>
        <p className="muted wizard-lead">{t(`apply.stepLead.${step}`)}</p>
        <form id={FORM_ID} className="wizard-form" onSubmit={submit} noValidate={false}>
          {step === 'business' ? <BusinessStep key={step} {...props} /> : null}
          {step === 'products' ? <ProductsStep key={step} {...props} /> : null}
          {step === 'contact' ? <ContactStep key={step} {...props} /> : null}
          {step === 'documents' ? <DocumentsStep key={step} {...props} /> : null}
          {step === 'review' ? <ReviewStep key={step} {...props} /> : null}
          {generalError ? <ErrorNotice error={generalError} /> : null}
          {step !== 'review' ? (
            <div className="wizard-actions">
              {index > 0 ? (
                <button type="submit" className="btn btn-secondary" formNoValidate data-target={STEPS[index - 1]} disabled={saving}>
                  {t('apply.back')}
                </button>
              ) : null}
              <span className="wizard-saved muted" aria-live="polite">
                {saving ? t('apply.saving') : state.application ? t('apply.savedAt', { date: new Date(state.application.updatedAt) }) : ''}
              </span>
              <button type="submit" className="btn btn-primary" disabled={saving}>
                {t('apply.saveContinue')}
              </button>
            </div>
          ) : null}
        </form>
      </section>
    </div>
  );
}
