// 添加实名信息: real name, resident ID (checked as it is typed), mobile, and the separate consent to the
// ID notice shown in full above an unticked box. The browser is asked not to remember the ID number,
// and the form is emptied once the identity is saved.
import { useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useT, type MessageKey, type MessageValues } from '../../app/i18n/i18n';
import { Field } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import type { Identity, Notice } from './identity-types';
import { NoticeText } from './notice-text';
import { checkIdNumber, normaliseIdNumber, type IdCheck } from './resident-id-check';

type Form = { realName: string; idNumber: string; mobile: string; consent: boolean };
type FormField = 'realName' | 'idNumber' | 'mobile' | 'consent';
type Translate = (key: MessageKey, values?: MessageValues) => string;
const empty: Form = { realName: '', idNumber: '', mobile: '', consent: false };

/** The words for a field the server refused, in the shopper's language (the server speaks English). */
function serverProblem(error: unknown, field: FormField, t: Translate): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (field === 'idNumber' && error.code === 'identity_exists') return t('error.identity_exists');
  const problem = error.fields.find((f) => f.field === field || f.field.startsWith(`${field}.`));
  if (!problem) return undefined;
  if (field === 'idNumber') {
    const reason = /\((birth_date|checksum)\)/.exec(problem.message)?.[1];
    return reason ? t(`identity.check.${reason as 'birth_date' | 'checksum'}`) : t('identity.problem.idNumber');
  }
  if (field === 'consent' && problem.message.includes('not the current one')) return t('identity.problem.consentVersion');
  return t(`identity.problem.${field}`);
}

function idProblem(check: IdCheck, touched: boolean, t: Translate): string | undefined {
  if (check.state === 'bad') return t(`identity.check.${check.problem}`, { count: check.count });
  if (touched && (check.state === 'empty' || check.state === 'typing')) return t('identity.check.length', { count: check.state === 'typing' ? check.count : 0 });
  return undefined;
}

export function IdentityForm({ notice, onSaved }: { notice: Notice; onSaved: (identity: Identity) => void }) {
  const { t } = useT();
  const uid = useId();
  const [form, setForm] = useState<Form>(empty);
  const [idTouched, setIdTouched] = useState(false);
  const [consentMissing, setConsentMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idRef = useRef<HTMLInputElement>(null);
  const consentRef = useRef<HTMLInputElement>(null);

  const check = checkIdNumber(form.idNumber);
  const set = (key: 'realName' | 'idNumber' | 'mobile') => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The two checks the browser can make for sure: a number that cannot be valid, and the consent.
    if (check.state !== 'ok') {
      setIdTouched(true);
      idRef.current?.focus();
      return;
    }
    if (!form.consent) {
      setConsentMissing(true);
      consentRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const identity = await api.post<Identity>('/me/identities', {
        realName: form.realName.trim(),
        idNumber: normaliseIdNumber(form.idNumber),
        mobile: form.mobile.trim(),
        consent: { noticeVersion: notice.version, accepted: true },
      });
      setForm(empty);
      setIdTouched(false);
      onSaved(identity);
    } catch (failure) {
      setError(failure);
      // Take the shopper to the first field the server named (rendered on the next frame).
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } finally {
      setBusy(false);
    }
  }

  const idError = idProblem(check, idTouched, t) ?? serverProblem(error, 'idNumber', t);
  const idHint = check.state === 'ok' ? t('identity.idNumberOk') : check.state === 'typing' ? t('identity.idNumberCount', { count: check.count }) : t('identity.idNumberHint');
  const consentError = consentMissing && !form.consent ? t('identity.problem.consent') : serverProblem(error, 'consent', t);
  const fieldNamed = error instanceof ApiError && error.fields.length > 0;

  return (
    <form ref={formRef} className="form-stack identity-form" onSubmit={submit} noValidate autoComplete="off" aria-labelledby={`${uid}-title`}>
      <div>
        <h2 id={`${uid}-title`} className="section-title">
          {t('identity.addTitle')}
        </h2>
        <p className="muted">{t('identity.addLead')}</p>
      </div>
      {fieldNamed || (error instanceof ApiError && error.code === 'identity_exists') ? null : <ErrorNotice error={error} />}
      <Field
        label={t('identity.realName')}
        name="realName"
        autoComplete="name"
        hint={t('identity.realNameHint')}
        value={form.realName}
        onChange={set('realName')}
        error={serverProblem(error, 'realName', t)}
      />
      <Field
        ref={idRef}
        label={t('identity.idNumber')}
        name="id-card-number"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        maxLength={24}
        className={check.state === 'ok' ? 'id-number-input is-valid' : 'id-number-input'}
        hint={idError ? undefined : idHint}
        value={form.idNumber}
        onChange={set('idNumber')}
        onBlur={() => setIdTouched(form.idNumber.trim() !== '')}
        error={idError}
      />
      <Field
        label={t('identity.mobile')}
        name="mobile"
        type="tel"
        inputMode="numeric"
        autoComplete="tel-national"
        maxLength={20}
        hint={t('identity.mobileHint')}
        value={form.mobile}
        onChange={set('mobile')}
        error={serverProblem(error, 'mobile', t)}
      />
      <section className="consent-notice" aria-labelledby={`${uid}-notice`}>
        <h3 id={`${uid}-notice`} className="consent-notice-title">
          {notice.titleZh}
        </h3>
        <NoticeText notice={notice} id={`${uid}-notice-text`} />
      </section>
      <div className={consentError ? 'consent-field has-error' : 'consent-field'}>
        <label className="choice consent-choice">
          <input
            ref={consentRef}
            type="checkbox"
            name="consent"
            checked={form.consent}
            aria-required="true"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${uid}-consent-error` : `${uid}-notice-text`}
            onChange={(e) => {
              const checked = e.target.checked;
              setForm((f) => ({ ...f, consent: checked }));
              setConsentMissing(false);
            }}
          />
          <span>{t('identity.consentAgree', { title: notice.titleZh })}</span>
        </label>
        {consentError ? (
          <p className="field-error" id={`${uid}-consent-error`}>
            {consentError}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="btn btn-primary btn-block-phone" disabled={busy}>
          {busy ? t('identity.saving') : t('identity.save')}
        </button>
      </div>
    </form>
  );
}
