// The registration form's sections: the person, their business (company, business type, state, what
// they sell, China experience, interests) and their needs (dietary, accessibility) with the consent to
// be contacted. Each input has the id reg-<field>, so a failed submit can focus the first problem.
import { Field, SelectField, TextAreaField } from '../../app/ui/field';
import { useT } from '../../app/i18n/i18n';
import { BUSINESS_TYPES, CHINA_EXPERIENCE, INTERESTS, type Interest } from './conference-types';
import { LIMITS, type DraftField, type RegistrationDraft } from './registration-form';

type Props = {
  draft: RegistrationDraft;
  set: <K extends DraftField>(field: K, value: RegistrationDraft[K]) => void;
  errorOf: (field: DraftField) => string | undefined;
};

export function PersonFields({ draft, set, errorOf }: Props) {
  const { t } = useT();
  return (
    <section className="card form-card conf-form-card" aria-labelledby="reg-person">
      <h2 id="reg-person" className="section-title">
        {t('conf.form.person')}
      </h2>
      <div className="form-grid">
        <Field id="reg-firstName" label={t('conf.form.firstName')} autoComplete="given-name" maxLength={LIMITS.firstName} value={draft.firstName} onChange={(e) => set('firstName', e.target.value)} error={errorOf('firstName')} />
        <Field id="reg-lastName" label={t('conf.form.lastName')} autoComplete="family-name" maxLength={LIMITS.lastName} value={draft.lastName} onChange={(e) => set('lastName', e.target.value)} error={errorOf('lastName')} />
      </div>
      <Field
        id="reg-email"
        type="email"
        label={t('conf.form.email')}
        hint={t('conf.form.emailHint')}
        autoComplete="email"
        maxLength={LIMITS.email}
        value={draft.email}
        onChange={(e) => set('email', e.target.value)}
        error={errorOf('email')}
      />
    </section>
  );
}

export function BusinessFields({ draft, set, errorOf, states }: Props & { states: Array<{ code: string; name: string }> }) {
  const { t } = useT();
  const toggle = (interest: Interest, on: boolean) => set('interests', on ? [...draft.interests, interest] : draft.interests.filter((i) => i !== interest));
  const chinaError = errorOf('chinaExperience');
  return (
    <section className="card form-card conf-form-card" aria-labelledby="reg-business">
      <h2 id="reg-business" className="section-title">
        {t('conf.form.business')}
      </h2>
      <Field id="reg-company" label={t('conf.form.company')} autoComplete="organization" maxLength={LIMITS.company} value={draft.company} onChange={(e) => set('company', e.target.value)} error={errorOf('company')} />
      <div className="form-grid">
        <SelectField id="reg-businessType" label={t('conf.form.businessType')} value={draft.businessType} onChange={(e) => set('businessType', e.target.value as RegistrationDraft['businessType'])} error={errorOf('businessType')}>
          <option value="">{t('conf.form.choose')}</option>
          {BUSINESS_TYPES.map((b) => (
            <option key={b} value={b}>
              {t(`conf.biz.${b}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="reg-state" label={t('conf.form.state')} autoComplete="address-level1" value={draft.state} onChange={(e) => set('state', e.target.value)} error={errorOf('state')}>
          <option value="">{t('conf.form.choose')}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField id="reg-sells" label={t('conf.form.sells')} hint={t('conf.form.sellsHint')} maxLength={LIMITS.sells} value={draft.sells} onChange={(e) => set('sells', e.target.value)} error={errorOf('sells')} />
      <fieldset className="choice-group" aria-describedby={chinaError ? 'reg-chinaExperience-error' : undefined}>
        <legend>{t('conf.form.china')}</legend>
        <div className="choice-grid">
          {CHINA_EXPERIENCE.map((c, i) => (
            <label key={c} className="choice">
              <input id={i === 0 ? 'reg-chinaExperience' : undefined} type="radio" name="chinaExperience" value={c} checked={draft.chinaExperience === c} onChange={() => set('chinaExperience', c)} />
              <span>{t(`conf.china.${c}`)}</span>
            </label>
          ))}
        </div>
        {chinaError ? (
          <p className="field-error" id="reg-chinaExperience-error">
            {chinaError}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('conf.form.interests')}</legend>
        <p className="field-hint">{t('conf.form.interestsHint')}</p>
        <div className="choice-grid">
          {INTERESTS.map((interest, i) => (
            <label key={interest} className="choice">
              <input id={i === 0 ? 'reg-interests' : undefined} type="checkbox" name="interests" value={interest} checked={draft.interests.includes(interest)} onChange={(e) => toggle(interest, e.target.checked)} />
              <span>{t(`conf.interest.${interest}`)}</span>
            </label>
          ))}
        </div>
        {errorOf('interests') ? <p className="field-error">{errorOf('interests')}</p> : null}
      </fieldset>
    </section>
  );
}

export function NeedsFields({ draft, set, errorOf }: Props) {
  const { t } = useT();
  return (
    <section className="card form-card conf-form-card" aria-labelledby="reg-needs">
      <h2 id="reg-needs" className="section-title">
        {t('conf.form.needs')}
      </h2>
      <div className="form-grid">
        <TextAreaField id="reg-dietary" label={t('conf.form.dietary')} hint={t('conf.form.optional')} maxLength={LIMITS.dietary} value={draft.dietary} onChange={(e) => set('dietary', e.target.value)} error={errorOf('dietary')} />
        <TextAreaField
          id="reg-accessibility"
          label={t('conf.form.accessibility')}
          hint={t('conf.form.optional')}
          maxLength={LIMITS.accessibility}
          value={draft.accessibility}
          onChange={(e) => set('accessibility', e.target.value)}
          error={errorOf('accessibility')}
        />
      </div>
      <label className="choice conf-consent">
        <input id="reg-consentContact" type="checkbox" checked={draft.consentContact} onChange={(e) => set('consentContact', e.target.checked)} />
        <span>{t('conf.form.consent')}</span>
      </label>
    </section>
  );
}
