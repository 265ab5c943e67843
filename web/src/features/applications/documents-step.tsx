// Step 4: documents. The trademark registration is required; the food-facility registration number
// (and, optionally, its certificate) is asked only when a food category was chosen.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { Field } from '../../app/ui/field';
import { useCategories } from '../products/use-categories';
import type { AttachmentKind } from './application-types';
import { AttachmentSlot } from './attachment-slot';
import { errorFor, shown, text } from './step-fields';
import type { StepProps } from './wizard';

export function DocumentsStep({ state, onChange, error }: StepProps) {
  const i18n = useT();
  const { t } = i18n;
  const a = state.application;
  const { categories } = useCategories();
  const [facility, setFacility] = useState(shown(a?.foodFacilityNumber));
  const sellsFood = (a?.categories ?? []).some((code) => categories.find((c) => c.code === code)?.food);
  const errorOf = errorFor(error, i18n);
  const slot = (kind: AttachmentKind, required: boolean) => <AttachmentSlot key={kind} kind={kind} required={required} state={state} />;

  return (
    <div className="form-stack">
      {slot('trademark_registration', true)}
      {slot('trademark_authorisation', false)}
      {sellsFood ? (
        <section className="food-facility" aria-labelledby="food-facility-title">
          <h3 id="food-facility-title" className="subsection-title">
            {t('apply.food.title')}
          </h3>
          <p className="muted">{t('apply.food.body')}</p>
          <Field
            label={t('apply.field.foodFacilityNumber')}
            name="foodFacilityNumber"
            maxLength={40}
            value={facility}
            onChange={(e) => {
              setFacility(e.target.value);
              onChange({ foodFacilityNumber: text(e.target.value) });
            }}
            error={errorOf('foodFacilityNumber')}
            hint={t('apply.hint.foodFacilityNumber')}
          />
          {slot('food_facility_registration', false)}
        </section>
      ) : (
        <p className="muted">{t('apply.food.notNeeded')}</p>
      )}
      {slot('other', false)}
    </div>
  );
}
