// Step 3: who Gateway's team talks to about the application (the applicant, unless they say otherwise).
import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useSession } from '../../app/session';
import { Field } from '../../app/ui/field';
import { errorFor, shown, text } from './step-fields';
import type { StepProps } from './wizard';

export function ContactStep({ state, onChange, error }: StepProps) {
  const i18n = useT();
  const { t } = i18n;
  const { user } = useSession();
  const a = state.application;
  const [v, setV] = useState({
    contactName: shown(a?.contactName) || (user?.name ?? ''),
    contactEmail: shown(a?.contactEmail) || (user?.email ?? ''),
    contactPhone: shown(a?.contactPhone),
  });
  const errorOf = errorFor(error, i18n);

  // The applicant's own name and e-mail are offered as the contact; saved with the step unless changed.
  useEffect(() => {
    const prefill: Record<string, string> = {};
    if (!a?.contactName && v.contactName) prefill['contactName'] = v.contactName;
    if (!a?.contactEmail && v.contactEmail) prefill['contactEmail'] = v.contactEmail;
    if (Object.keys(prefill).length) onChange(prefill);
    // Only once, when the step opens: later edits arrive through the inputs.
  }, []);

  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => {
    setV((old) => ({ ...old, [key]: e.target.value }));
    onChange({ [key]: text(e.target.value) });
  };

  return (
    <div className="form-grid">
      <Field label={t('apply.field.contactName')} name="contactName" autoComplete="name" maxLength={120} value={v.contactName} onChange={set('contactName')} error={errorOf('contactName')} />
      <Field label={t('apply.field.contactEmail')} name="contactEmail" type="email" autoComplete="email" maxLength={254} value={v.contactEmail} onChange={set('contactEmail')} error={errorOf('contactEmail')} />
      <Field
        label={t('apply.field.contactPhone')}
        name="contactPhone"
        type="tel"
        autoComplete="tel"
        placeholder="+1 231 555 0100"
        maxLength={30}
        value={v.contactPhone}
        onChange={set('contactPhone')}
        error={errorOf('contactPhone')}
        hint={t('apply.hint.contactPhone')}
      />
    </div>
  );
}
